#pragma once
// Ledger statistics per grid, community, month or category — the figures street offices report
// ("受理群众诉求1032件 … 解决矛盾纠纷452件，调处成功率96%"):
//   reported  every issue in the group
//   accepted  taken on: neither waiting (上报) nor refused (不予受理)       — 受理诉求
//   closed    办结 or 销号                                                — 办结
//   open      accepted and not closed;  overdue: not finished and past its deadline
//   disputes  accepted 矛盾纠纷; mediated: those closed; mediation rate = mediated / disputes
//   closure rate = closed / accepted;  on-time rate = closed by the deadline / closed
#include <optional>
#include <string>
#include <vector>

#include "analysis/issue_filter.h"
#include "analysis/issue_table.h"

namespace ga::analysis {

enum class GroupBy { Grid, Community, Month, Category };
/// "grid", "community", "month", "category".
std::string_view groupById(GroupBy g);
std::optional<GroupBy> parseGroupBy(std::string_view id);

struct StatRow {
    std::string key;    ///< grid code, community code, "2026-03", category; "" for issues in no group
    std::string label;  ///< grid or community name, month, category
    long long households = -1;  ///< grids and communities: households; -1 where it does not apply
    long long reported = 0, waiting = 0, accepted = 0, refused = 0, open = 0, closed = 0, closedOnTime = 0,
              overdue = 0, disputes = 0, mediated = 0;

    double closureRate() const { return accepted ? double(closed) / double(accepted) : 0; }
    double onTimeRate() const { return closed ? double(closedOnTime) / double(closed) : 0; }
    double mediationRate() const { return disputes ? double(mediated) / double(disputes) : 0; }
    /// Issues per 100 households (0 when the household count is unknown or zero).
    double per100Households() const { return households > 0 ? 100.0 * double(reported) / double(households) : 0; }
};

struct Statistics {
    GroupBy by = GroupBy::Grid;
    std::vector<StatRow> rows;  ///< every grid / community / month in range / category, then "no group" if any
    StatRow total;
};

/// Counts the issues of `t` passing `filter`, grouped by `by`, overdue as of `now`. Grids and
/// communities are listed even without issues; months run from the first to the last month with
/// an issue.
Statistics computeStatistics(const IssueTable& t, GroupBy by, const IssueFilter& filter, ledger::Time now);

/// One column of a statistics table.
struct StatColumn {
    std::string_view id;     ///< CSV / JSON name
    std::string_view label;  ///< Chinese heading
    bool number = true;      ///< numeric (key and label are text)
    bool rate = false;       ///< a share 0–1 (shown as a percentage)
};
/// The columns of a statistics table grouped by `by` (households only for grids and communities).
std::vector<StatColumn> statColumns(GroupBy by);
/// Row `r`'s value in numeric column `id` (rates as 0–1).
double statValue(const StatRow& r, std::string_view id);
/// Row `r`'s cell in column `c` as text: rates with three decimals, counts as integers.
std::string statCell(const StatRow& r, const StatColumn& c);
/// Every row of `s` and then its total, cell by cell in statColumns(s.by) order; empty cells nullopt.
std::vector<std::vector<std::optional<std::string>>> statCells(const Statistics& s);

/// Issues per month and category (the monthly trend chart).
struct MonthlyTrend {
    std::vector<std::string> months;      ///< "2026-03", consecutive
    std::vector<std::string> categories;  ///< IssueTable::categories()
    std::vector<std::vector<long long>> counts;  ///< [month][category]
};
MonthlyTrend monthlyTrend(const IssueTable& t, const IssueFilter& filter);

}  // namespace ga::analysis
