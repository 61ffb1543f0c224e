#pragma once
// Proposing a merge partner for a grid under the minimum: the neighbours in its community, best
// first — together in range, near the middle of the range, sharing a long boundary.
#include <string>
#include <vector>

#include "core/household_range.h"
#include "edit/workspace.h"

namespace ga::edit {

struct MergeCandidate {
    std::string code;
    long long households = 0;              ///< the neighbour's
    long long merged = 0;                  ///< both together
    double sharedLength = 0;               ///< metres of boundary they share
    RangeStatus status = RangeStatus::In;  ///< of the merged grid
};

/// The neighbours grid `code` could merge with, best first (empty when it has none).
std::vector<MergeCandidate> suggestMerge(const Workspace& workspace, const std::string& code);

}  // namespace ga::edit
