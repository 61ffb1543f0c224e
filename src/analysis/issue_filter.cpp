#include "analysis/issue_filter.h"

#include <algorithm>

namespace ga::analysis {

bool IssueFilter::matches(const IssueTable& t, size_t i) const {
    if (locatedOnly && !t.located(i)) return false;
    if (categories.any() && !categories.test(t.category(i))) return false;
    if (states.any() && !states.test(t.state(i))) return false;
    if (severities.any() && !severities.test(t.severity(i))) return false;
    const int64_t reported = t.reportedAt(i);
    if (from && (reported == kNoTime || reported < from->time_since_epoch().count())) return false;
    if (to && (reported == kNoTime || reported >= to->time_since_epoch().count())) return false;
    if (!grids.empty() && !std::binary_search(grids.begin(), grids.end(), t.grid(i))) return false;
    if (overdueOnly && !t.overdue(i, now)) return false;
    return true;
}

std::vector<uint32_t> selectIssues(const IssueTable& t, const IssueFilter& f) {
    IssueFilter sorted = f;
    std::sort(sorted.grids.begin(), sorted.grids.end());
    std::vector<uint32_t> out;
    for (size_t i = 0; i < t.size(); ++i)
        if (sorted.matches(t, i)) out.push_back(static_cast<uint32_t>(i));
    return out;
}

}  // namespace ga::analysis
