#include "analysis/kernel_density.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>
#include <optional>
#include <thread>

#include "analysis/fft.h"

namespace ga::analysis {
namespace {

// Nanoseconds per unit of work of each method, measured on the synth district (bench/analysis):
// one exact kernel value, one multiply-add of a stamped kernel, one FFT unit (T² log2 T² per
// transform) for tiles that stay in cache (T ≤ 128) and for larger ones.
constexpr double kExactNs = 1.5, kStampNs = 0.37, kFftSmallNs = 1.0, kFftLargeNs = 2.5;

struct Band {
    int j0, j1;  // rows [j0, j1)
};

// Runs f(band) on `threads` bands of rows at once; the calling thread takes the last band.
template <class F>
void inBands(int height, int threads, F&& f) {
    threads = std::clamp(threads, 1, std::max(1, height / 8));
    std::vector<std::jthread> workers;
    for (int t = 0; t + 1 < threads; ++t)
        workers.emplace_back([&f, height, threads, t] { f(Band{height * t / threads, height * (t + 1) / threads}); });
    f(Band{height * (threads - 1) / threads, height});
}

// Point k in cell-index space, where cell (i, j) has its centre at (i, j).
struct CellSpace {
    double ox, oy, scale;
    CellSpace(const PointSample& p, const RasterFrame& f)
        : ox((p.origin.x - f.x0) / f.cell - 0.5), oy((f.y0 - p.origin.y) / f.cell - 0.5), scale(1 / f.cell) {}
    double u(float x) const { return ox + x * scale; }
    double v(float y) const { return oy - y * scale; }
};

float weightOf(const PointSample& p, size_t k) { return p.weight.empty() ? 1.0f : p.weight[k]; }

// Every point evaluates the kernel at the cell centres within R of it.
void exactBand(const PointSample& p, const RasterFrame& f, double R, float* out, Band b) {
    const CellSpace cs(p, f);
    const double r2 = R * R, inv = 1 / r2;
    for (size_t k = 0; k < p.size(); ++k) {
        const double u = cs.u(p.x[k]), v = cs.v(p.y[k]);
        const int jlo = std::max(b.j0, static_cast<int>(std::ceil(v - R)));
        const int jhi = std::min(b.j1 - 1, static_cast<int>(std::floor(v + R)));
        if (jlo > jhi) continue;
        const double w = weightOf(p, k);
        for (int j = jlo; j <= jhi; ++j) {
            const double dy = j - v, rest = r2 - dy * dy;
            if (rest <= 0) continue;
            const double half = std::sqrt(rest);
            const int ilo = std::max(0, static_cast<int>(std::ceil(u - half)));
            const int ihi = std::min(f.width - 1, static_cast<int>(std::floor(u + half)));
            float* row = out + static_cast<size_t>(j) * static_cast<size_t>(f.width);
            for (int i = ilo; i <= ihi; ++i) {
                const double dx = i - u, t = (rest - dx * dx) * inv;
                row[i] += static_cast<float>(w * t * t);
            }
        }
    }
}

// The kernel sampled at whole-cell offsets: row dy (−M … M) covers dx in [−half, half].
struct SampledKernel {
    int M = 0;
    std::vector<int> half;             // per row dy + M; −1 when the row is empty
    std::vector<std::vector<float>> rows;

    explicit SampledKernel(double R) : M(static_cast<int>(std::ceil(R))) {
        const double r2 = R * R;
        for (int dy = -M; dy <= M; ++dy) {
            const double rest = r2 - double(dy) * dy;
            int h = rest > 0 ? static_cast<int>(std::floor(std::sqrt(rest))) : -1;
            while (h >= 0 && double(h) * h >= rest) --h;  // strictly inside the disc
            half.push_back(h);
            std::vector<float> row;
            for (int dx = -h; dx <= h; ++dx) {
                const double t = (rest - double(dx) * dx) / r2;
                row.push_back(static_cast<float>(t * t));
            }
            rows.push_back(std::move(row));
        }
    }
    double area() const {
        double a = 0;
        for (int h : half) a += 2 * h + 1;
        return a;
    }
};

// Bilinear bins around the frame: bin (bi, bj) sits on cell centre (bi − M, bj − M).
struct Bins {
    int M = 0, width = 0, height = 0;
    std::vector<float> values;
    size_t occupied = 0;

    Bins(const PointSample& p, const RasterFrame& f, int margin, int threads)
        : M(margin), width(f.width + 2 * margin + 1), height(f.height + 2 * margin + 1),
          values(static_cast<size_t>(width) * static_cast<size_t>(height), 0.0f) {
        // Large samples are splatted in halves into bins of their own, then added: the points
        // come in ledger order, so each splat is a random access and two cores halve the wait.
        const size_t n = p.size();
        const int parts = n >= 100000 ? std::max(1, threads) : 1;
        std::vector<std::vector<float>> partial(static_cast<size_t>(parts - 1), std::vector<float>(values.size(), 0.0f));
        {
            std::vector<std::jthread> workers;
            for (int t = 1; t < parts; ++t)
                workers.emplace_back([&, t] {
                    splat(p, f, n * static_cast<size_t>(t) / static_cast<size_t>(parts),
                          n * static_cast<size_t>(t + 1) / static_cast<size_t>(parts), partial[static_cast<size_t>(t - 1)].data());
                });
            splat(p, f, 0, n / static_cast<size_t>(parts), values.data());
        }
        for (const auto& other : partial)
            for (size_t i = 0; i < values.size(); ++i) values[i] += other[i];
        occupied = static_cast<size_t>(std::count_if(values.begin(), values.end(), [](float v) { return v != 0; }));
    }

    void splat(const PointSample& p, const RasterFrame& f, size_t first, size_t last, float* into) const {
        const CellSpace cs(p, f);
        const float ox = static_cast<float>(cs.ox + M), oy = static_cast<float>(cs.oy + M), k = static_cast<float>(cs.scale);
        const float maxU = static_cast<float>(width - 1), maxV = static_cast<float>(height - 1);
        for (size_t i = first; i < last; ++i) {
            const float u = ox + p.x[i] * k, v = oy - p.y[i] * k;
            if (!(u >= 0 && v >= 0 && u < maxU && v < maxV)) continue;
            const int ci = static_cast<int>(u), cj = static_cast<int>(v);
            const float fu = u - static_cast<float>(ci), fv = v - static_cast<float>(cj), w = weightOf(p, i);
            float* b = into + static_cast<size_t>(cj) * static_cast<size_t>(width) + static_cast<size_t>(ci);
            b[0] += w * (1 - fu) * (1 - fv);
            b[1] += w * fu * (1 - fv);
            b[width] += w * (1 - fu) * fv;
            b[width + 1] += w * fu * fv;
        }
    }
    float at(int i, int j) const { return values[static_cast<size_t>(j) * static_cast<size_t>(width) + static_cast<size_t>(i)]; }
};

// Each occupied bin adds the sampled kernel around its cell.
void stampBand(const Bins& bins, const SampledKernel& k, const RasterFrame& f, float* out, Band b) {
    const int M = bins.M;
    const int bjLo = std::max(0, b.j0), bjHi = std::min(bins.height - 1, b.j1 - 1 + 2 * M);
    for (int bj = bjLo; bj <= bjHi; ++bj) {
        const float* binRow = bins.values.data() + static_cast<size_t>(bj) * static_cast<size_t>(bins.width);
        const int dyLo = std::max(-M, b.j0 - (bj - M)), dyHi = std::min(M, b.j1 - 1 - (bj - M));
        for (int bi = 0; bi < bins.width; ++bi) {
            const float v = binRow[bi];
            if (v == 0) continue;
            const int ci = bi - M;
            for (int dy = dyLo; dy <= dyHi; ++dy) {
                const int h = k.half[static_cast<size_t>(dy + M)];
                if (h < 0) continue;
                const int ilo = std::max(0, ci - h), ihi = std::min(f.width - 1, ci + h);
                if (ilo > ihi) continue;
                const float* kr = k.rows[static_cast<size_t>(dy + M)].data() + (ilo - (ci - h));
                float* row = out + static_cast<size_t>(bj - M + dy) * static_cast<size_t>(f.width) + static_cast<size_t>(ilo);
                const int n = ihi - ilo + 1;
                for (int i = 0; i < n; ++i) row[i] += v * kr[i];
            }
        }
    }
}

// The FFT path's tiles: the power-of-two size with the least work for this frame, and the tiles
// whose window of bins holds any point (the others are all zero and skipped).
struct FftPlan {
    size_t T = 0;
    int usable = 0, tilesX = 0, tilesY = 0;
    std::vector<int> busy;

    FftPlan(const Bins& bins, const RasterFrame& f) {
        const int M = bins.M;
        double bestCost = 0;
        for (size_t t = 64; t <= 8192; t <<= 1) {
            const long long u = static_cast<long long>(t) - 2 * M;
            if (u < static_cast<long long>(t) / 4) continue;
            const double tiles = std::ceil(double(f.width) / double(u)) * std::ceil(double(f.height) / double(u));
            const double cost = tiles * double(t * t) * std::log2(double(t));
            if (!T || cost < bestCost) {
                T = t;
                bestCost = cost;
            }
        }
        if (!T) T = 16384;
        usable = static_cast<int>(T) - 2 * M;
        tilesX = (f.width + usable - 1) / usable;
        tilesY = (f.height + usable - 1) / usable;
        // Bin (i, j) lies in the windows [t·usable, t·usable + T) of at most a few tiles per axis.
        std::vector<char> marked(static_cast<size_t>(tilesX) * static_cast<size_t>(tilesY), 0);
        const int Ti = static_cast<int>(T);
        for (int j = 0; j < bins.height; ++j) {
            const float* row = bins.values.data() + static_cast<size_t>(j) * static_cast<size_t>(bins.width);
            const int ty0 = std::max(0, (j - Ti + usable) / usable), ty1 = std::min(tilesY - 1, j / usable);
            for (int i = 0; i < bins.width; ++i) {
                if (row[i] == 0) continue;
                const int tx0 = std::max(0, (i - Ti + usable) / usable), tx1 = std::min(tilesX - 1, i / usable);
                for (int ty = ty0; ty <= ty1; ++ty)
                    for (int tx = tx0; tx <= tx1; ++tx) marked[static_cast<size_t>(ty * tilesX + tx)] = 1;
            }
        }
        for (size_t t = 0; t < marked.size(); ++t)
            if (marked[t]) busy.push_back(static_cast<int>(t));
    }
    /// Units of work: two tiles per complex transform, forward and inverse.
    double units() const { return double(busy.size() + 1) / 2 * 2 * double(T * T) * std::log2(double(T * T)); }
};

// Overlap-save: each output tile of (T − 2M)² cells reads a T² window of bins; two windows go
// through one complex transform (one as the real part, one as the imaginary part), which works
// because the kernel's spectrum is real (the kernel is symmetric).
void fftConvolve(const Bins& bins, const SampledKernel& k, const FftPlan& plan, const RasterFrame& f, float* out,
                 int threads) {
    const int M = bins.M;
    const size_t T = plan.T;
    const int usable = plan.usable, tilesX = plan.tilesX;
    const std::vector<int>& busy = plan.busy;
    const Fft fft(T);
    std::vector<Complex> kernel(T * T);
    for (int dy = -M; dy <= M; ++dy) {
        const int h = k.half[static_cast<size_t>(dy + M)];
        for (int dx = -h; dx <= h; ++dx) {
            const size_t r = static_cast<size_t>((dy + static_cast<int>(T)) % static_cast<int>(T));
            const size_t c = static_cast<size_t>((dx + static_cast<int>(T)) % static_cast<int>(T));
            kernel[r * T + c].re = k.rows[static_cast<size_t>(dy + M)][static_cast<size_t>(dx + h)];
        }
    }
    std::vector<Complex> scratch(T);
    fft.forward2d(kernel.data(), scratch.data());
    std::vector<float> spectrum(T * T);
    const float scale = 1.0f / static_cast<float>(T * T);
    for (size_t i = 0; i < T * T; ++i) spectrum[i] = kernel[i].re * scale;

    std::atomic<size_t> next{0};
    const auto work = [&] {
        std::vector<Complex> tile(T * T), col(T);
        for (;;) {
            const size_t pair = next.fetch_add(2);
            if (pair >= busy.size()) return;
            const int a = busy[pair], b = pair + 1 < busy.size() ? busy[pair + 1] : -1;
            std::fill(tile.begin(), tile.end(), Complex{});
            const auto load = [&](int t, bool imaginary) {
                const int bx = (t % tilesX) * usable, by = (t / tilesX) * usable;
                for (size_t r = 0; r < T && by + static_cast<int>(r) < bins.height; ++r)
                    for (size_t c = 0; c < T && bx + static_cast<int>(c) < bins.width; ++c)
                        (imaginary ? tile[r * T + c].im : tile[r * T + c].re) = bins.at(bx + static_cast<int>(c), by + static_cast<int>(r));
            };
            load(a, false);
            if (b >= 0) load(b, true);
            fft.forward2d(tile.data(), col.data());
            for (size_t i = 0; i < T * T; ++i) {
                tile[i].re *= spectrum[i];
                tile[i].im *= spectrum[i];
            }
            fft.inverse2d(tile.data(), col.data());
            const auto store = [&](int t, bool imaginary) {
                const int ox = (t % tilesX) * usable, oy = (t / tilesX) * usable;
                for (int r = 0; r < usable && oy + r < f.height; ++r) {
                    const Complex* src = tile.data() + static_cast<size_t>(r + M) * T + static_cast<size_t>(M);
                    float* dst = out + static_cast<size_t>(oy + r) * static_cast<size_t>(f.width) + static_cast<size_t>(ox);
                    const int n = std::min(usable, f.width - ox);
                    for (int c = 0; c < n; ++c) dst[c] = imaginary ? src[c].im : src[c].re;
                }
            };
            store(a, false);
            if (b >= 0) store(b, true);
        }
    };
    {
        std::vector<std::jthread> workers;
        for (int t = 1; t < threads; ++t) workers.emplace_back(work);
        work();
    }
    // Round-off leaves tiny negative values where the density is zero.
    for (size_t i = 0; i < f.cells(); ++i) out[i] = std::max(0.0f, out[i]);
}

}  // namespace

RasterFrame RasterFrame::covering(const geo::Box& box, double cell) {
    RasterFrame f;
    f.cell = cell;
    f.x0 = std::floor(box.minx / cell) * cell;
    f.y0 = std::ceil(box.maxy / cell) * cell;
    f.width = std::max(1, static_cast<int>(std::ceil((box.maxx - f.x0) / cell)));
    f.height = std::max(1, static_cast<int>(std::ceil((f.y0 - box.miny) / cell)));
    return f;
}

float DensityRaster::max() const {
    float m = 0;
    for (float v : values) m = std::max(m, v);
    return m;
}

DensityRaster kernelDensity(const PointSample& points, const RasterFrame& frame, double radius,
                            const KdeOptions& options) {
    DensityRaster out;
    out.frame = frame;
    out.values.assign(frame.cells(), 0.0f);
    out.method = KdeMethod::Exact;
    if (points.size() == 0 || frame.cells() == 0 || !(radius > 0)) return out;
    const double R = radius / frame.cell;
    const auto exact = [&] {
        out.method = KdeMethod::Exact;
        inBands(frame.height, options.threads, [&](Band b) { exactBand(points, frame, R, out.values.data(), b); });
    };
    if (options.method == KdeMethod::Exact || (options.method == KdeMethod::Auto && R < options.exactBelow)) {
        exact();
        return out;
    }
    const SampledKernel kernel(R);
    const Bins bins(points, frame, kernel.M, options.threads);
    std::optional<FftPlan> plan;
    KdeMethod method = options.method;
    if (method == KdeMethod::Auto) {
        plan.emplace(bins, frame);
        const double disc = kernel.area();
        const double exactNs = kExactNs * double(points.size()) * disc;
        const double stampNs = kStampNs * double(bins.occupied) * disc;
        const double fftNs = (plan->T <= 128 ? kFftSmallNs : kFftLargeNs) * plan->units();
        method = exactNs <= stampNs && exactNs <= fftNs ? KdeMethod::Exact
                 : stampNs <= fftNs                    ? KdeMethod::Stamp
                                                       : KdeMethod::Fft;
    }
    out.method = method;
    switch (method) {
    case KdeMethod::Exact: exact(); break;
    case KdeMethod::Fft:
        if (!plan) plan.emplace(bins, frame);
        fftConvolve(bins, kernel, *plan, frame, out.values.data(), options.threads);
        break;
    default:
        inBands(frame.height, options.threads, [&](Band b) { stampBand(bins, kernel, frame, out.values.data(), b); });
        break;
    }
    return out;
}

}  // namespace ga::analysis
