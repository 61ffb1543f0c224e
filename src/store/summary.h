#pragma once
// Counts per layer and households per grid: what `gridatlas-cli info` and the grid table show.
#include <span>
#include <string>
#include <vector>

#include "core/household_range.h"
#include "store/project.h"

namespace ga::store {

/// Where a grid's household count comes from.
enum class HouseholdSource { None, Links, Attribute, Mixed };
std::string_view householdSourceId(HouseholdSource s);

struct GridCount {
    int64_t id = 0;
    std::string code, name, community;
    long long households = 0;      ///< per building: linked households if any, else its attribute
    long long population = 0;      ///< members of linked households, else the grid's attribute
    long long buildings = 0;
    HouseholdSource source = HouseholdSource::None;
    RangeStatus status = RangeStatus::Under;
    double areaM2 = 0;
};

struct LayerCount {
    std::string layer;
    long long count = 0;
};

struct ProjectSummary {
    std::vector<LayerCount> layers;   ///< every layer, in allLayers() order
    std::vector<GridCount> grids;     ///< active grids by code
    long long count(std::string_view layer) const;
};

Result<ProjectSummary> summarize(Project& project);
/// Household counts of the active grids only (the grid table, the map labels).
Result<std::vector<GridCount>> gridCounts(Project& project);
/// The same for the active grids among `codes` only (the grids an edit touched), reading only
/// their buildings and households; codes of no active grid are left out.
Result<std::vector<GridCount>> gridCounts(Project& project, std::span<const std::string> codes);

}  // namespace ga::store
