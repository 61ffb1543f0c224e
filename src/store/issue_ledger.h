#pragma once
// The issue ledger's reads and writes beyond the generic layer code: an issue's workflow fields,
// its event history (issue_events), the vocabulary fixes made when a ledger is admitted, derived
// locations, and the compact scan behind statistics and heatmaps. The caller owns transactions.
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"
#include "geo/geometry.h"
#include "store/project.h"

namespace ga::store {

/// The fields the workflow reads and writes.
struct IssueWorkflow {
    int64_t id = 0;
    std::string issueId;  ///< the ledger's number (issue_id), "" when none
    std::string state, level, deadline, reportedAt, closedAt;
};

/// One stored transition: who moved the issue from which state to which, when and why.
struct IssueEvent {
    int64_t id = 0;
    int64_t issue = 0;
    std::string action;     ///< 受理, 退回, 延期, 导入 ...
    std::string fromState;  ///< "" for the event that entered the issue into the ledger
    std::string toState;
    std::string actor, at, note;
    std::string level;     ///< the level after the event
    std::string deadline;  ///< the deadline after the event
};

/// Finds an issue by its ledger number, or by its row id given as digits; nullopt when none.
Result<std::optional<int64_t>> findIssue(Project& project, std::string_view key);
/// The workflow fields of issue `id`; fails when there is no such issue.
Result<IssueWorkflow> readIssueWorkflow(Project& project, int64_t id);
/// Writes state, level, deadline and closed_at of `w.id`.
Result<void> writeIssueWorkflow(Project& project, const IssueWorkflow& w);
/// Appends an event; returns its id.
Result<int64_t> appendIssueEvent(Project& project, const IssueEvent& e);
/// The events of issue `id` in the order they happened.
Result<std::vector<IssueEvent>> issueEvents(Project& project, int64_t id);

/// An issue as admission sees it: the values to check and whether it has a history yet.
struct IssueIntake {
    int64_t id = 0;
    std::string issueId, category, subcategory, severity, state, level, reportedAt, deadline, closedAt, address, grid;
    bool hasLocation = false;
    bool locationDerived = false;
    bool hasEvents = false;
};
/// Every issue, in id order.
Result<std::vector<IssueIntake>> readIssueIntake(Project& project);
/// Writes the checked vocabulary and times of these issues back (category ... closed_at).
Result<void> writeIssueIntake(Project& project, std::span<const IssueIntake> issues);
/// Appends these events with one prepared statement.
Result<void> appendIssueEvents(Project& project, std::span<const IssueEvent> events);
/// Row ids of the issues that have a location but lie in no grid.
Result<std::vector<int64_t>> issuesOutsideGrids(Project& project);
/// Sets the location of issue `id` to `p` (project CRS) and flags it as derived from its address.
Result<void> writeDerivedLocation(Project& project, int64_t id, geo::Point p);

/// The compact row the statistics and the heatmap work on.
struct LedgerRow {
    int64_t id = 0;
    std::string_view issueId, category, severity, state, level, reportedAt, deadline, closedAt, grid;
    std::optional<geo::Point> location;
    bool locationDerived = false;
};
/// The next free number `prefix` + 3-digit sequence (SJ20260301-001) in the ledger.
Result<std::string> nextIssueNumber(Project& project, const std::string& prefix);
/// Stores `p` as issue `id`'s location (flagged derived or not) and links the issue to the grid
/// containing it; returns that grid's code ("" when none contains it).
Result<std::string> linkIssueToGrid(Project& project, int64_t id, geo::Point p, bool derived);

/// A grid's code, name and community code.
struct GridRef {
    std::string code, name, community;
};
/// Every grid (active ones; retired grids live in grid_history), by code.
Result<std::vector<GridRef>> gridRefs(Project& project);
/// Code and name of every community, by code.
Result<std::vector<std::pair<std::string, std::string>>> communityNames(Project& project);

/// Calls `f` for every issue in id order; the views are valid during the call only.
Result<void> scanLedger(Project& project, const std::function<void(const LedgerRow&)>& f);

}  // namespace ga::store
