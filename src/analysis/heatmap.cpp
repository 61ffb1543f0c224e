#include "analysis/heatmap.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "ledger/vocabulary.h"

namespace ga::analysis {
namespace {

constexpr double kMaxCells = 400e6;
// On screen the radius spans about this many cells: bilinear interpolation between them is
// within about 1.5% of the peak, far below what a colour ramp shows.
constexpr double kScreenRadiusCells = 6;

geo::Box grown(const geo::Box& b, double by) { return {b.minx - by, b.miny - by, b.maxx + by, b.maxy + by}; }

}  // namespace

std::string_view heatWeightId(HeatWeight w) { return w == HeatWeight::Severity ? "severity" : "count"; }

std::optional<HeatWeight> parseHeatWeight(std::string_view id) {
    if (id == "count") return HeatWeight::Count;
    if (id == "severity") return HeatWeight::Severity;
    return std::nullopt;
}

Result<void> checkHeatmapRequest(const HeatmapRequest& r) {
    if (!(r.radius > 0) || !std::isfinite(r.radius))
        return fail(fmt::format("the heatmap radius must be a positive number of metres (got {})", r.radius));
    return {};
}

PointSample heatmapSample(const IssueTable& t, const HeatmapRequest& r, const geo::Box& window) {
    PointSample s;
    s.origin = t.origin();
    if (t.extent().isEmpty() || window.isEmpty()) return s;
    const geo::Box reach = grown(window, r.radius);
    IssueFilter f = r.filter;
    f.locatedOnly = true;
    std::sort(f.grids.begin(), f.grids.end());
    // Relative to the table's origin, in the float coordinates the table keeps.
    const float x0 = static_cast<float>(reach.minx - s.origin.x), x1 = static_cast<float>(reach.maxx - s.origin.x);
    const float y0 = static_cast<float>(reach.miny - s.origin.y), y1 = static_cast<float>(reach.maxy - s.origin.y);
    // Without a filter only the location decides (the common case, and the whole district).
    const bool everything = f.categories.none() && f.states.none() && f.severities.none() && !f.from && !f.to &&
                            f.grids.empty() && !f.overdueOnly;
    const auto take = [&](size_t i) {
        const float x = t.x(i), y = t.y(i);
        if (x < x0 || x > x1 || y < y0 || y > y1 || (!everything && !f.matches(t, i))) return;
        const float w = r.weight == HeatWeight::Severity
                            ? static_cast<float>(ledger::severityWeight(static_cast<ledger::Severity>(t.severity(i))))
                            : 1.0f;
        s.add(x, y, w);
    };
    const geo::Box& e = t.extent();
    const double covered = std::max(0.0, std::min(reach.maxx, e.maxx) - std::max(reach.minx, e.minx)) *
                           std::max(0.0, std::min(reach.maxy, e.maxy) - std::max(reach.miny, e.miny));
    // A window over much of the ledger is cheaper to scan in order than through the index.
    if (covered > 0.25 * std::max(1.0, e.width() * e.height())) {
        for (size_t i = 0; i < t.size(); ++i)
            if (t.located(i)) take(i);
    } else {
        t.index().visit(reach, [&](uint32_t i) { take(i); });
    }
    return s;
}

Result<DensityRaster> heatmapRaster(const IssueTable& t, const HeatmapRequest& r, double cell,
                                    const std::optional<geo::Box>& extent, const KdeOptions& kde) {
    if (auto ok = checkHeatmapRequest(r); !ok) return std::unexpected(ok.error());
    if (!(cell > 0) || !std::isfinite(cell))
        return fail(fmt::format("the cell size must be a positive number of metres (got {})", cell));
    geo::Box box;
    if (extent) {
        box = *extent;
    } else {
        const PointSample all = heatmapSample(t, r, t.extent());
        for (size_t k = 0; k < all.size(); ++k) box.expand(geo::Point{all.origin.x + all.x[k], all.origin.y + all.y[k]});
        if (box.isEmpty()) return fail("no issue with a location matches the selection: there is nothing to map");
        box = grown(box, r.radius);
    }
    if (box.isEmpty() || !(box.width() > 0) || !(box.height() > 0)) return fail("the heatmap extent is empty");
    const double cells = std::ceil(box.width() / cell) * std::ceil(box.height() / cell);
    if (cells > kMaxCells)
        return fail(fmt::format("{:.0f} x {:.0f} m in cells of {} m would be {:.0f} million cells (at most {:.0f} million): "
                                "choose larger cells",
                                box.width(), box.height(), cell, cells / 1e6, kMaxCells / 1e6));
    const RasterFrame frame = RasterFrame::covering(box, cell);
    return kernelDensity(heatmapSample(t, r, frame.extent()), frame, r.radius, kde);
}

double screenCellSize(double radius, double metresPerPixel) { return std::max(metresPerPixel, radius / kScreenRadiusCells); }

DensityRaster screenDensity(const IssueTable& t, const HeatmapRequest& r, const geo::Box& view, int widthPx,
                            int heightPx, int threads) {
    const double mpp = view.width() / std::max(1, widthPx);
    RasterFrame frame;
    frame.cell = screenCellSize(r.radius, mpp);
    frame.x0 = view.minx - frame.cell;
    frame.y0 = view.maxy + frame.cell;
    frame.width = static_cast<int>(std::ceil(widthPx * mpp / frame.cell)) + 2;
    frame.height = static_cast<int>(std::ceil(heightPx * mpp / frame.cell)) + 2;
    KdeOptions kde;
    kde.threads = threads;
    kde.exactBelow = 2;
    return kernelDensity(heatmapSample(t, r, frame.extent()), frame, r.radius, kde);
}

}  // namespace ga::analysis
