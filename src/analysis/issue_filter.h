#pragma once
// Which issues a view, a heatmap or a statistic looks at: the Issues dock's filters (category,
// state, severity, time range, grid, overdue) as one value type, applied to an IssueTable.
#include <bitset>
#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/issue_table.h"
#include "ledger/ledger_time.h"

namespace ga::analysis {

struct IssueFilter {
    std::bitset<256> categories;  ///< indexes into IssueTable::categories(); none set = all
    std::bitset<16> states;       ///< ledger::State values; none set = all
    std::bitset<4> severities;    ///< ledger::Severity values; none set = all
    std::optional<ledger::Time> from;  ///< reported at or after
    std::optional<ledger::Time> to;    ///< reported before
    std::vector<uint32_t> grids;       ///< grid indexes; empty = all (issues in no grid included)
    bool overdueOnly = false;
    bool locatedOnly = false;          ///< heatmaps: only issues with a location
    ledger::Time now{};                ///< for overdueOnly

    /// True when issue `i` of `t` passes every filter.
    bool matches(const IssueTable& t, size_t i) const;
};

/// Row indexes of the issues of `t` that pass `f`, in table order.
std::vector<uint32_t> selectIssues(const IssueTable& t, const IssueFilter& f);

}  // namespace ga::analysis
