#pragma once
// Merging adjacent grids of one community, and retiring a grid into a neighbour. The grid that
// survives keeps its code; the others are retired (their codes are never issued again). Vertices
// that only marked where the old grids met, and bend nothing any more, are taken out of the merged
// grid and its neighbours alike.
#include <string>
#include <vector>

#include "core/error.h"
#include "edit/edit_plan.h"
#include "edit/workspace.h"
#include "store/project.h"

namespace ga::edit {

struct MergeRequest {
    std::vector<std::string> codes;  ///< two or more grids
    std::string into;                ///< the code that survives ("": the grid with most households)
    std::string nameFrom;            ///< the grid whose name the merged grid takes ("": the survivor's)
    std::string staffFrom;           ///< the grid whose staff stay ("": the survivor's); the others' are unassigned
};

/// The merge, ready to commit. Refused for grids that do not touch, lie in different
/// communities or are unknown, and under the project's "refuse" policy for an out-of-range result.
Result<EditPlan> planMerge(store::Project& project, const Workspace& workspace, const MergeRequest& request);

/// Retires grid `code`: its area, buildings and issues go to `neighbour` ("": the neighbour in the
/// same community sharing the longest boundary), whose code, name and staff stay.
Result<EditPlan> planRetire(store::Project& project, const Workspace& workspace, const std::string& code,
                            const std::string& neighbour = "");

/// Grids of the same community sharing a boundary with grid `slot`, longest shared boundary first,
/// with that length in metres.
std::vector<std::pair<size_t, double>> neighboursOf(const Workspace& workspace, size_t slot);

}  // namespace ga::edit
