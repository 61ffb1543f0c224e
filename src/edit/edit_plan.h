#pragma once
// What an edit operation produces before anything is written: the rows it changes (with their
// values before and after), the grids as they will be, and what the log says about it. Committing
// writes it in one transaction and updates the workspace; a plan is never partly applied.
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/household_range.h"
#include "edit/workspace.h"
#include "geo/geometry.h"
#include "store/edit_history.h"
#include "store/project.h"

namespace ga::edit {

/// A grid as the edit leaves it.
struct PlannedGrid {
    std::string code;
    geo::Geometry geometry;
    long long households = 0;
    RangeStatus status = RangeStatus::In;
    bool created = false;  ///< a new grid (new code)
};

struct EditPlan {
    std::string action;   ///< split, merge, reshape, move_buildings, create_grid, retire_grid, building_*
    std::string target;   ///< grid code(s) or building id, for the log
    std::string summary;  ///< one line for people (Chinese)
    std::string detail;   ///< JSON for machines
    store::ChangeSet changes;
    std::vector<PlannedGrid> grids;     ///< changed and new grids, as they will be
    std::vector<std::string> retired;   ///< codes the edit retires
    std::vector<std::string> warnings;  ///< out-of-range results (policy warn), cut buildings, ...
};

/// Writes `plan` with its log entry in one transaction, then applies it to `workspace`.
/// Returns the edit-log id. A stale plan (a row changed since) is refused and nothing changes.
Result<int64_t> commitPlan(store::Project& project, Workspace& workspace, const EditPlan& plan,
                           const std::string& operatorName);

/// Undoes edit `editId` in the project and in `workspace`; returns the undo entry's id.
Result<int64_t> undoInWorkspace(store::Project& project, Workspace& workspace, int64_t editId,
                                const std::string& operatorName);

}  // namespace ga::edit
