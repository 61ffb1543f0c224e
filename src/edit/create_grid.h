#pragma once
// A new grid over ground no grid covers yet: the drawn area, clipped to its community and cut
// back to where no grid is, gets the community's next free code; unassigned buildings and issues
// inside it are linked to it.
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/household_range.h"
#include "edit/edit_plan.h"
#include "edit/workspace.h"
#include "geo/geometry.h"
#include "store/project.h"

namespace ga::edit {

/// What a drawn area would become, before anything is read from or written to the project.
struct CreateGridPreview {
    geo::Geometry area;               ///< the drawn polygon clipped to its community, less the grids there
    size_t community = 0;             ///< community slot
    std::vector<uint32_t> buildings;  ///< building slots no grid holds yet that the new grid would take
    long long households = 0;         ///< over those buildings
    RangeStatus status = RangeStatus::In;
};

/// Previews the grid `drawn` would create (the live feedback while drawing): refused with the
/// same messages as planCreateGrid.
Result<CreateGridPreview> previewCreateGrid(const Workspace& workspace, const geo::Geometry& drawn,
                                            const std::string& community = "");

/// The new grid from `drawn` (a polygon) in community `community` ("": the community holding most
/// of it). Refused when nothing uncovered lies inside it or what does is in several pieces.
Result<EditPlan> planCreateGrid(store::Project& project, const Workspace& workspace, const geo::Geometry& drawn,
                                const std::string& community = "");

}  // namespace ga::edit
