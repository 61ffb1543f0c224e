#pragma once
// Moving an issue through its workflow: one transition checked against the state machine and
// the issue's history, then written in one transaction as an event (who, when, note) together
// with the issue's new state, level, deadline and closing time, and an edit-log entry.
#include <optional>
#include <string>

#include "core/error.h"
#include "ledger/ledger_time.h"
#include "ledger/workflow.h"
#include "store/issue_ledger.h"
#include "store/project.h"

namespace ga::ledger {

struct TransitionRequest {
    Action action = Action::Accept;
    std::string actor;              ///< who acts (required)
    std::string note;               ///< why; required for 不予受理, 退回 and 延期
    std::optional<Time> at;         ///< when it happened (default: now); never in the future
    std::optional<Time> deadline;   ///< 延期: the new deadline, later than the current one
};

/// Applies `request` to issue `issue` (row id) at wall-clock time `now`; returns the stored event.
/// Refuses (and writes nothing) a transition the workflow does not allow from the issue's
/// state, a missing actor or note, a time in the future or before the issue's last event, and an
/// extension that does not move the deadline later.
Result<store::IssueEvent> transition(store::Project& project, int64_t issue, const TransitionRequest& request,
                                     Time now);

/// The actions the workflow offers for issue `issue` now (for forms and menus).
Result<std::vector<Action>> offeredActions(store::Project& project, int64_t issue);

}  // namespace ga::ledger
