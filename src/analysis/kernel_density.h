#pragma once
// Kernel density of weighted points with the quartic (biweight) kernel, as QGIS's heatmap:
//   density(c) = Σ w · (1 − d²/r²)²  over points within r of the cell centre c  (raw, unscaled).
// Three ways to the same raster, chosen by cost (Auto):
//   Exact  every point stamps its kernel on the cell centres around it: exact, n · πR² work;
//   Stamp  points are splatted bilinearly onto the cell centres, then each non-empty bin stamps
//          the 2-D kernel sampled at whole-cell offsets (max error ≈ 1/R² of the peak, R in cells);
//   Fft    the same bins convolved with the same sampled kernel by FFT in tiles (empty ones
//          skipped): cost independent of the radius.
// Auto estimates each one's time from measured constants and takes the fastest.
// The quartic kernel is not separable, so every path uses the true 2-D kernel.
#include <cstdint>
#include <span>
#include <vector>

#include "geo/geometry.h"

namespace ga::analysis {

/// A north-up raster: cell (0, 0) is the top-left one; cell (i, j) has its centre at
/// (x0 + (i + ½)·cell, y0 − (j + ½)·cell).
struct RasterFrame {
    double x0 = 0, y0 = 0;  ///< top-left corner
    double cell = 1;        ///< cell size (metres)
    int width = 0, height = 0;

    /// The frame of cells of size `cell` covering `box` (rounded outwards to whole cells).
    static RasterFrame covering(const geo::Box& box, double cell);
    geo::Point centre(int i, int j) const { return {x0 + (i + 0.5) * cell, y0 - (j + 0.5) * cell}; }
    geo::Box extent() const { return {x0, y0 - height * cell, x0 + width * cell, y0}; }
    size_t cells() const { return static_cast<size_t>(width) * static_cast<size_t>(height); }
};

/// Weighted points, coordinates relative to `origin` (metres); `weight` empty means 1 each.
struct PointSample {
    geo::Point origin;
    std::vector<float> x, y, weight;
    size_t size() const { return x.size(); }
    void add(float px, float py, float w) {
        x.push_back(px);
        y.push_back(py);
        weight.push_back(w);
    }
};

enum class KdeMethod { Auto, Exact, Stamp, Fft };

/// A density value per cell, row by row from the top.
struct DensityRaster {
    RasterFrame frame;
    std::vector<float> values;
    float at(int i, int j) const { return values[static_cast<size_t>(j) * static_cast<size_t>(frame.width) + static_cast<size_t>(i)]; }
    float max() const;
    KdeMethod method = KdeMethod::Exact;  ///< how it was computed
};

struct KdeOptions {
    KdeMethod method = KdeMethod::Auto;
    int threads = 2;  ///< the machine's cores: bands of rows (or tiles) are computed in parallel
    /// Auto computes exactly below this radius in cells: bilinear bins are off by up to about
    /// 1/R² of the peak (a lone point on a cell corner: 1% at R = 10), so 12 keeps files and
    /// prints within 0.7%; the screen, drawn coarser anyway, may bin from 2 on.
    double exactBelow = 12;
};

/// The quartic kernel density of `points` at the cell centres of `frame`, with `radius` in
/// metres (> 0; the caller checks). Points outside the frame count where their kernel reaches in.
DensityRaster kernelDensity(const PointSample& points, const RasterFrame& frame, double radius,
                            const KdeOptions& options = {});

}  // namespace ga::analysis
