#pragma once
// Moving buildings to a neighbouring grid: the boundary follows. The buildings' grid is divided
// between them and its other buildings through the gaps between the two groups, and the part
// holding them joins the neighbour.
#include <cstdint>
#include <span>
#include <string>

#include "core/error.h"
#include "edit/edit_plan.h"
#include "edit/workspace.h"
#include "store/project.h"

namespace ga::edit {

/// Moves buildings `buildingIds` (all of one grid) to the neighbouring grid `target`. Refused for
/// buildings of different grids, a target that is not a neighbour in the same community, every
/// building of the grid, or buildings the target cannot reach without leaving a grid in pieces.
Result<EditPlan> planMoveBuildings(store::Project& project, const Workspace& workspace,
                                   std::span<const int64_t> buildingIds, const std::string& target);

}  // namespace ga::edit
