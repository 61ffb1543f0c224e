#pragma once
// A new grid over ground no grid covers yet: the drawn area, clipped to its community and cut
// back to where no grid is, gets the community's next free code; unassigned buildings and issues
// inside it are linked to it.
#include <string>

#include "core/error.h"
#include "edit/edit_plan.h"
#include "edit/workspace.h"
#include "geo/geometry.h"
#include "store/project.h"

namespace ga::edit {

/// The new grid from `drawn` (a polygon) in community `community` ("": the community holding most
/// of it). Refused when nothing uncovered lies inside it or what does is in several pieces.
Result<EditPlan> planCreateGrid(store::Project& project, const Workspace& workspace, const geo::Geometry& drawn,
                                const std::string& community = "");

}  // namespace ga::edit
