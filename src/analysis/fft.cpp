#include "analysis/fft.h"

#include <cmath>
#include <numbers>
#include <utility>

namespace ga::analysis {

Fft::Fft(size_t n) : n_(n), reversed_(n), twiddles_(n / 2) {
    unsigned bits = 0;
    while ((size_t{1} << bits) < n) ++bits;
    for (size_t i = 0; i < n; ++i) {
        unsigned r = 0;
        for (unsigned b = 0; b < bits; ++b)
            if (i & (size_t{1} << b)) r |= 1u << (bits - 1 - b);
        reversed_[i] = r;
    }
    for (size_t k = 0; k < n / 2; ++k) {
        const double angle = -2 * std::numbers::pi * static_cast<double>(k) / static_cast<double>(n);
        twiddles_[k] = {static_cast<float>(std::cos(angle)), static_cast<float>(std::sin(angle))};
    }
}

void Fft::run(Complex* a, bool inverse) const {
    for (size_t i = 0; i < n_; ++i)
        if (i < reversed_[i]) std::swap(a[i], a[reversed_[i]]);
    const float sign = inverse ? -1.0f : 1.0f;
    for (size_t len = 2; len <= n_; len <<= 1) {
        const size_t half = len / 2, stride = n_ / len;
        for (size_t start = 0; start < n_; start += len) {
            Complex* lo = a + start;
            Complex* hi = lo + half;
            for (size_t k = 0; k < half; ++k) {
                const Complex w = twiddles_[k * stride];
                const float wi = sign * w.im;
                const float tr = hi[k].re * w.re - hi[k].im * wi;
                const float ti = hi[k].re * wi + hi[k].im * w.re;
                hi[k] = {lo[k].re - tr, lo[k].im - ti};
                lo[k] = {lo[k].re + tr, lo[k].im + ti};
            }
        }
    }
}

void Fft::run2d(Complex* tile, Complex* scratch, bool inverse) const {
    for (size_t r = 0; r < n_; ++r) run(tile + r * n_, inverse);
    for (size_t c = 0; c < n_; ++c) {
        for (size_t r = 0; r < n_; ++r) scratch[r] = tile[r * n_ + c];
        run(scratch, inverse);
        for (size_t r = 0; r < n_; ++r) tile[r * n_ + c] = scratch[r];
    }
}

}  // namespace ga::analysis
