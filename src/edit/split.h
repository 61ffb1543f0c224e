#pragma once
// Splitting a grid with a drawn line. The preview (per mouse move) cuts the grid along the line
// and counts each part's households, a building counted wholly in the part holding most of it.
// The plan then bends the boundary around every building the line cuts, so that no building is
// cut: the larger part keeps the code, the others get the community's next free codes.
#include <string>
#include <vector>

#include "core/error.h"
#include "core/household_range.h"
#include "edit/edit_plan.h"
#include "edit/workspace.h"
#include "geo/geometry.h"
#include "store/project.h"

namespace ga::edit {

struct SplitPreview {
    std::vector<geo::Geometry> pieces;   ///< the grid cut along the line as drawn
    std::vector<long long> households;   ///< per piece
    std::vector<RangeStatus> status;     ///< per piece
    std::vector<uint32_t> buildings;     ///< building slots of the grid
    std::vector<int> buildingPiece;      ///< per building: the piece holding most of it (-1: none)
    std::vector<uint32_t> cutBuildings;  ///< building slots the line cuts
};

/// Checks `line` (a LineString that does not cross itself) and previews splitting grid `code`
/// with it; fails with a message for a line that does not divide the grid.
Result<SplitPreview> previewSplit(const Workspace& workspace, const std::string& code, const geo::Geometry& line);

/// The full split of grid `code` along `line`, ready to commit. Refused with a message for a bad
/// line, an empty or broken part, or results out of range when the project refuses those.
Result<EditPlan> planSplit(store::Project& project, const Workspace& workspace, const std::string& code,
                           const geo::Geometry& line);

/// Smallest area (m²) a part may have: a line nicking a corner makes no grid.
inline constexpr double kMinPartArea = 1.0;

}  // namespace ga::edit
