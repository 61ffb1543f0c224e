#include "edit/suggest_merge.h"

#include <algorithm>
#include <cstdlib>

#include "edit/merge.h"

namespace ga::edit {

std::vector<MergeCandidate> suggestMerge(const Workspace& ws, const std::string& code) {
    std::vector<MergeCandidate> out;
    const auto slot = ws.gridByCode(code);
    if (!slot) return out;
    const long long own = ws.householdsOfGrid(code);
    for (const auto& [s, length] : neighboursOf(ws, *slot)) {
        MergeCandidate c;
        c.code = ws.grids()[s].code;
        c.households = ws.householdsOfGrid(c.code);
        c.merged = own + c.households;
        c.sharedLength = length;
        c.status = ws.range().classify(c.merged);
        out.push_back(std::move(c));
    }
    const long long middle = (ws.range().min + ws.range().max) / 2;
    std::stable_sort(out.begin(), out.end(), [&](const MergeCandidate& a, const MergeCandidate& b) {
        const bool ia = a.status == RangeStatus::In, ib = b.status == RangeStatus::In;
        if (ia != ib) return ia;
        const long long da = std::llabs(a.merged - middle), db = std::llabs(b.merged - middle);
        if (da != db) return da < db;
        return a.sharedLength > b.sharedLength;
    });
    return out;
}

}  // namespace ga::edit
