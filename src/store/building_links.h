#pragma once
// The links from features to the grid they lie in (房进网格): a building goes to the grid that
// holds the largest part of its footprint, an issue to the grid containing its location.
// Recomputed after grids, buildings or issues are imported or grids are redrawn.
#include "core/error.h"
#include "store/project.h"

namespace ga::store {

/// Recomputes buildings.grid for every building (NULL where no grid overlaps it). Call inside
/// the caller's transaction.
Result<void> relinkBuildingsToGrids(Project& project);

/// Recomputes issues.grid for every issue with a location (NULL where no grid contains it);
/// issues without a location keep theirs. Call inside the caller's transaction.
Result<void> relinkIssuesToGrids(Project& project);

}  // namespace ga::store
