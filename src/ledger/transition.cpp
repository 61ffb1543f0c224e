#include "ledger/transition.h"

#include <fmt/format.h>

#include "core/json_writer.h"

namespace ga::ledger {
namespace {

// What the stored values say the issue is; unknown values were mapped on admission, so a value
// still unknown here is reported rather than guessed.
struct Position {
    State state;
    Level level;
};

Result<Position> positionOf(const store::IssueWorkflow& w) {
    const std::string name = w.issueId.empty() ? fmt::format("issue {}", w.id) : fmt::format("issue {}", w.issueId);
    const auto state = parseState(w.state.empty() ? std::string_view("上报") : std::string_view(w.state));
    if (!state) return fail(fmt::format("{}: its state 「{}」 is not a workflow state", name, w.state));
    const auto level = parseLevel(w.level.empty() ? std::string_view("网格") : std::string_view(w.level));
    if (!level) return fail(fmt::format("{}: its level 「{}」 is not a level (网格, 社区, 街道, 区职能部门)", name, w.level));
    return Position{*state, *level};
}

}  // namespace

Result<store::IssueEvent> transition(store::Project& project, int64_t issue, const TransitionRequest& r, Time now) {
    if (project.readOnly()) return fail(fmt::format("{}: opened read-only", project.path()));
    auto tx = store::Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    auto w = store::readIssueWorkflow(project, issue);
    if (!w) return std::unexpected(w.error());
    const std::string name = w->issueId.empty() ? fmt::format("issue {}", issue) : fmt::format("issue {}", w->issueId);
    const auto refuse = [&](const std::string& why) { return fail(fmt::format("{}: {}", name, why)); };

    auto pos = positionOf(*w);
    if (!pos) return std::unexpected(pos.error());
    auto s = step(pos->state, pos->level, r.action);
    if (!s) return refuse(s.error().message);
    if (r.actor.empty()) return refuse("who acts is not given (the actor is required)");
    if (s->needsNote && r.note.empty())
        return refuse(fmt::format("{} needs a note saying why", actionName(r.action)));

    const Time at = r.at.value_or(now);
    if (at > now) return refuse(fmt::format("the time {} is in the future (now is {})", formatTime(at), formatTime(now)));
    if (const auto reported = parseTime(w->reportedAt); reported && at < *reported)
        return refuse(fmt::format("the time {} is before the issue was reported ({})", formatTime(at), w->reportedAt));
    auto history = store::issueEvents(project, issue);
    if (!history) return std::unexpected(history.error());
    if (!history->empty()) {
        const auto last = parseTime(history->back().at);
        if (last && at < *last)
            return refuse(fmt::format("the time {} is before its last event ({} at {})", formatTime(at),
                                      history->back().action, history->back().at));
    }

    store::IssueWorkflow after = *w;
    after.state = std::string(stateName(s->to));
    after.level = std::string(levelName(s->level));
    if (s->movesDeadline) {
        if (!r.deadline) return refuse("延期 needs the new deadline");
        const auto current = parseTime(w->deadline);
        if (current && *r.deadline <= *current)
            return refuse(fmt::format("the new deadline {} is not later than the current one ({})",
                                      formatTime(*r.deadline), w->deadline));
        if (*r.deadline <= at)
            return refuse(fmt::format("the new deadline {} is not after the extension ({})", formatTime(*r.deadline),
                                      formatTime(at)));
        after.deadline = formatTime(*r.deadline);
    } else if (r.deadline) {
        return refuse(fmt::format("a deadline is given, but only 延期 (extend) moves it, not {}", actionName(r.action)));
    }
    if (isClosed(s->to) && !isClosed(pos->state)) after.closedAt = formatTime(at);
    if (s->to == State::Refused) after.closedAt = formatTime(at);

    store::IssueEvent e;
    e.issue = issue;
    e.action = std::string(actionName(r.action));
    e.fromState = w->state.empty() ? std::string(stateName(pos->state)) : w->state;
    e.toState = after.state;
    e.actor = r.actor;
    e.at = formatTime(at);
    e.note = r.note;
    e.level = after.level;
    e.deadline = after.deadline;
    if (auto wr = store::writeIssueWorkflow(project, after); !wr) return std::unexpected(wr.error());
    auto id = store::appendIssueEvent(project, e);
    if (!id) return std::unexpected(id.error());
    e.id = *id;

    store::EditLogEntry log;
    log.operatorName = r.actor;
    log.action = "issue_transition";
    log.target = w->issueId.empty() ? std::to_string(issue) : w->issueId;
    log.summary = fmt::format("{}: {} → {} ({})", name, e.fromState, e.toState, e.action);
    JsonWriter j;
    j.beginObject()
        .field("issue", static_cast<long long>(issue))
        .field("event", static_cast<long long>(e.id))
        .field("action", e.action)
        .field("from", e.fromState)
        .field("to", e.toState)
        .field("level", e.level)
        .field("deadline", e.deadline)
        .field("at", e.at)
        .field("note", e.note)
        .endObject();
    log.detail = j.str();
    if (auto logged = project.logEdit(log); !logged) return std::unexpected(logged.error());
    if (auto c = tx->commit(); !c) return std::unexpected(c.error());
    return e;
}

Result<std::vector<Action>> offeredActions(store::Project& project, int64_t issue) {
    auto w = store::readIssueWorkflow(project, issue);
    if (!w) return std::unexpected(w.error());
    auto pos = positionOf(*w);
    if (!pos) return std::unexpected(pos.error());
    return allowedActions(pos->state, pos->level);
}

}  // namespace ga::ledger
