#pragma once
// A small in-place complex FFT (radix 2, single precision) and its 2-D form on square tiles:
// what the kernel density needs to convolve with large kernels, and nothing more.
#include <cstddef>
#include <vector>

namespace ga::analysis {

struct Complex {
    float re = 0, im = 0;
};

class Fft {
public:
    /// A transform of length `n`, a power of two ≥ 2.
    explicit Fft(size_t n);
    size_t size() const { return n_; }

    /// Forward transform of `a` (n values), in place.
    void forward(Complex* a) const { run(a, false); }
    /// Inverse transform of `a` without the 1/n scaling, in place.
    void inverse(Complex* a) const { run(a, true); }

    /// 2-D transforms of an n×n tile stored row by row; `scratch` holds one column (n values).
    void forward2d(Complex* tile, Complex* scratch) const { run2d(tile, scratch, false); }
    void inverse2d(Complex* tile, Complex* scratch) const { run2d(tile, scratch, true); }

private:
    void run(Complex* a, bool inverse) const;
    void run2d(Complex* tile, Complex* scratch, bool inverse) const;
    size_t n_;
    std::vector<unsigned> reversed_;
    std::vector<Complex> twiddles_;  // e^{-2πik/n}, k < n/2
};

}  // namespace ga::analysis
