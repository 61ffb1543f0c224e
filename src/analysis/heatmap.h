#pragma once
// Heatmaps of the issue ledger: which issues (the dock's filters), how much each weighs (count
// or severity), and the kernel density for a file (cells of a given size, exact within 1%) or for
// a screen (cells of a pixel, coarser when the radius spans many pixels; the overlay scales them
// up smoothly).
#include <optional>
#include <string_view>

#include "analysis/issue_filter.h"
#include "analysis/issue_table.h"
#include "analysis/kernel_density.h"
#include "core/error.h"

namespace ga::analysis {

enum class HeatWeight { Count, Severity };
/// "count", "severity".
std::string_view heatWeightId(HeatWeight w);
std::optional<HeatWeight> parseHeatWeight(std::string_view id);

struct HeatmapRequest {
    double radius = 150;  ///< metres, > 0
    HeatWeight weight = HeatWeight::Count;
    IssueFilter filter;   ///< locatedOnly is implied
};

/// Checks a request: the radius must be a positive number of metres.
Result<void> checkHeatmapRequest(const HeatmapRequest& r);

/// The located issues passing the filter whose kernel reaches into `window`, weighted.
PointSample heatmapSample(const IssueTable& t, const HeatmapRequest& r, const geo::Box& window);

/// The density on cells of `cell` metres over `extent`, or over the selected issues' extent grown
/// by the radius when none is given. Refuses a bad radius or cell size, a raster of more than
/// 400 million cells, and a selection without a located issue when no extent is given.
Result<DensityRaster> heatmapRaster(const IssueTable& t, const HeatmapRequest& r, double cell,
                                    const std::optional<geo::Box>& extent = std::nullopt, const KdeOptions& kde = {});

/// The cell size in metres for a screen of `metresPerPixel` and a radius of `radius` metres:
/// a pixel, or larger so that the radius spans about six cells.
double screenCellSize(double radius, double metresPerPixel);

/// The density for a screen of widthPx × heightPx pixels showing `view`: cells of
/// screenCellSize(), one extra cell around the view so it can be interpolated to its edges.
DensityRaster screenDensity(const IssueTable& t, const HeatmapRequest& r, const geo::Box& view, int widthPx,
                            int heightPx, int threads = 2);

}  // namespace ga::analysis
