#pragma once
// The options that select issues, shared by `heatmap` and `stats`: --category (repeatable),
// --state, --severity, --grid, --from DATE, --to DATE (a day on its own includes the whole day),
// --overdue.
#include "analysis/issue_filter.h"
#include "analysis/issue_table.h"
#include "cli/args.h"
#include "core/error.h"

namespace ga::cli {

/// The filter the options ask for, checked against the table's categories and grids.
Result<analysis::IssueFilter> issueFilterFrom(const Args& a, const analysis::IssueTable& t, ledger::Time now);

/// Names of the selection options (for the command table).
inline const std::vector<std::string> kSelectionOptions = {"category", "state", "severity", "grid", "from", "to"};

}  // namespace ga::cli
