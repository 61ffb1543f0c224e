// gridatlas-cli issue / issue-transition: one issue's workflow position and history, and moving
// it on through the workflow (every step stored as an event with who, when and a note).
#include <fmt/format.h>

#include <iostream>

#include "cli/command.h"
#include "ledger/transition.h"

namespace ga::cli {
namespace {

Result<int64_t> issueOf(store::Project& p, const std::string& key) {
    auto id = store::findIssue(p, key);
    if (!id) return std::unexpected(id.error());
    if (!*id) return fail(fmt::format("{}: no issue {} (give its number, e.g. YH20251101001, or its row id)", p.path(), key));
    return **id;
}

std::string actionsText(const std::vector<ledger::Action>& actions) {
    std::string out;
    for (ledger::Action a : actions) out += fmt::format("{}{} ({})", out.empty() ? "" : ", ", ledger::actionName(a), ledger::actionId(a));
    return out.empty() ? std::string("none (finished)") : out;
}

}  // namespace

int runIssue(const Args& a) {
    if (a.positional().size() != 2) return failWith(Error{"issue takes PROJECT and ISSUE"});
    auto project = openProject(a, true);
    if (!project) return failWith(project.error());
    auto id = issueOf(*project, a.positional()[1]);
    if (!id) return failWith(id.error());
    auto w = store::readIssueWorkflow(*project, *id);
    if (!w) return failWith(w.error());
    auto events = store::issueEvents(*project, *id);
    if (!events) return failWith(events.error());
    auto offered = ledger::offeredActions(*project, *id);
    const auto deadline = ledger::parseTime(w->deadline);
    const bool open = offered && !offered->empty() && !ledger::isFinal(ledger::parseState(w->state).value_or(ledger::State::Reported));
    const bool overdue = open && deadline && ledger::localNow() > *deadline;
    std::cout << fmt::format("issue {} (row {})\n  state     {}\n  level     {}\n  reported  {}\n  deadline  {}{}\n",
                             w->issueId, w->id, w->state, w->level, w->reportedAt, w->deadline, overdue ? "  (overdue)" : "");
    if (!w->closedAt.empty()) std::cout << fmt::format("  closed    {}\n", w->closedAt);
    std::cout << fmt::format("  next      {}\n", offered ? actionsText(*offered) : offered.error().message);
    std::cout << fmt::format("history ({} events)\n", events->size());
    for (const auto& e : *events)
        std::cout << fmt::format("  {}  {:<4} {} → {}  by {}{}\n", e.at, e.action, e.fromState.empty() ? "—" : e.fromState,
                                 e.toState, e.actor, e.note.empty() ? "" : "  · " + e.note);
    return 0;
}

int runIssueTransition(const Args& a) {
    if (a.positional().size() != 2) return failWith(Error{"issue-transition takes PROJECT and ISSUE (and --action A)"});
    const auto actionText = a.value("action");
    if (!actionText)
        return failWith(Error{"issue-transition needs --action (accept, refuse, dispatch, handle, escalate, return, "
                              "feedback, verify, close, strike-off, extend)"});
    const auto action = ledger::parseAction(*actionText);
    if (!action)
        return failWith(Error{fmt::format("--action {}: not an action (accept, refuse, dispatch, handle, escalate, "
                                          "return, feedback, verify, close, strike-off, extend or their Chinese names)",
                                          *actionText)});
    ledger::TransitionRequest r;
    r.action = *action;
    r.note = a.value("note").value_or("");
    for (const char* name : {"at", "deadline"}) {
        const auto text = a.value(name);
        if (!text) continue;
        const auto t = ledger::parseTime(*text);
        if (!t) return failWith(Error{fmt::format("--{} {}: give a time as YYYY-MM-DD HH:MM or YYYY-MM-DDTHH:MM:SS", name, *text)});
        (std::string_view(name) == "at" ? r.at : r.deadline) = *t;
    }
    auto project = openProject(a);
    if (!project) return failWith(project.error());
    auto id = issueOf(*project, a.positional()[1]);
    if (!id) return failWith(id.error());
    r.actor = operatorOf(a, project->settings());
    auto e = ledger::transition(*project, *id, r, ledger::localNow());
    if (!e) return failWith(e.error());
    std::cout << fmt::format("issue {}: {} → {} ({}) by {} at {}{}\n", a.positional()[1], e->fromState, e->toState,
                             e->action, e->actor, e->at,
                             r.action == ledger::Action::Extend ? fmt::format("; deadline now {}", e->deadline)
                             : r.action == ledger::Action::Escalate || r.action == ledger::Action::Return
                                 ? fmt::format("; level now {}", e->level)
                                 : std::string());
    return 0;
}

}  // namespace ga::cli
