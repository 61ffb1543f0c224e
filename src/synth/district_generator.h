#pragma once
// `gridatlas-cli synth`: a district of any size with the structure of the sample community —
// streets, communities, grids covering them exactly, compounds, buildings never cut by a grid,
// roads, rivers, households with messy addresses and personal data, issues and grid staff —
// written into a new project for benchmarks and tests.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace ga::synth {

struct SynthOptions {
    long long households = 0;
    uint64_t seed = 1;
    int srid = 4548;          ///< metric project CRS; the district lies near Beijing's 海淀区 in its zone
    std::string truthPath;    ///< optional CSV: household_id, building row id, address form (geocoding truth)
    std::string operatorName; ///< for the edit log
    /// Progress: stage "writing" with the fraction of households written (0…1), then "indexing".
    std::function<void(std::string_view stage, double fraction)> progress;
};

struct SynthReport {
    long long streets = 0, communities = 0, grids = 0, gridsUnder = 0, gridsOver = 0, compounds = 0, buildings = 0,
              households = 0, householdsWithLocation = 0, issues = 0, roads = 0, water = 0, staff = 0, organisations = 0;
    double seconds = 0;          ///< wall time of the whole generation, file closed
    double indexSeconds = 0;     ///< of which restoring geometry columns, spatial indexes and commit
};

/// Creates project `path` (refused when it exists) holding a synthetic district of exactly
/// `options.households` households; deterministic for a seed. On failure no file is left.
Result<SynthReport> generateDistrict(const std::string& path, const SynthOptions& options);

}  // namespace ga::synth
