#include "ledger/workflow.h"

#include <fmt/format.h>

#include <array>

namespace ga::ledger {
namespace {

constexpr std::array<std::string_view, kStateCount> kStateNames = {
    "上报", "受理", "不予受理", "派遣", "处置", "上报上级", "反馈", "核查", "办结", "销号"};
constexpr std::array<std::string_view, kActionCount> kActionNames = {
    "受理", "不予受理", "派遣", "处置", "上报上级", "退回", "反馈", "核查", "办结", "销号", "延期"};
constexpr std::array<std::string_view, kActionCount> kActionIds = {
    "accept", "refuse", "dispatch", "handle", "escalate", "return", "feedback", "verify", "close", "strike-off",
    "extend"};

struct StateAlias {
    std::string_view alias;
    State state;
};
constexpr StateAlias kStateAliases[] = {
    {"待受理", State::Reported},   {"新上报", State::Reported},   {"已上报", State::Reported},
    {"已受理", State::Accepted},   {"不受理", State::Refused},    {"已派遣", State::Dispatched},
    {"派发", State::Dispatched},   {"已派发", State::Dispatched}, {"派遣/处置", State::Handling},
    {"处理中", State::Handling},   {"办理中", State::Handling},   {"处置中", State::Handling},
    {"在办", State::Handling},     {"上报上级部门", State::Escalated}, {"已上报上级", State::Escalated},
    {"逐级上报", State::Escalated}, {"已反馈", State::Feedback},  {"待核查", State::Feedback},
    {"核查中", State::Verifying},  {"已办结", State::Closed},     {"结案", State::Closed},
    {"已结案", State::Closed},     {"完成", State::Closed},       {"已完成", State::Closed},
    {"已销号", State::StruckOff},
};

using S = State;
using A = Action;

// The one table of allowed moves (escalation and return also change the level; see step()).
struct Move {
    State from;
    Action action;
    State to;
};
constexpr Move kMoves[] = {
    {S::Reported, A::Accept, S::Accepted},       {S::Reported, A::Refuse, S::Refused},
    {S::Accepted, A::Dispatch, S::Dispatched},   {S::Accepted, A::Handle, S::Handling},
    {S::Accepted, A::Escalate, S::Escalated},    {S::Dispatched, A::Handle, S::Handling},
    {S::Dispatched, A::Escalate, S::Escalated},  {S::Dispatched, A::Return, S::Accepted},
    {S::Handling, A::Escalate, S::Escalated},    {S::Handling, A::Feedback, S::Feedback},
    {S::Escalated, A::Dispatch, S::Dispatched},  {S::Escalated, A::Handle, S::Handling},
    {S::Escalated, A::Escalate, S::Escalated},   {S::Escalated, A::Return, S::Handling},
    {S::Escalated, A::Feedback, S::Feedback},    {S::Feedback, A::Verify, S::Verifying},
    {S::Feedback, A::Return, S::Handling},       {S::Verifying, A::Close, S::Closed},
    {S::Verifying, A::StrikeOff, S::StruckOff},  {S::Verifying, A::Return, S::Handling},
    {S::Closed, A::StrikeOff, S::StruckOff},
};

std::optional<Step> lookup(State from, Level level, Action a) {
    if (a == A::Extend) {
        if (isFinal(from)) return std::nullopt;
        return Step{from, level, true, true};
    }
    for (const Move& m : kMoves) {
        if (m.from != from || m.action != a) continue;
        Level to = level;
        if (a == A::Escalate) {
            if (level == Level::Department) return std::nullopt;  // nothing above a district department
            to = static_cast<Level>(static_cast<int>(level) + 1);
        } else if (a == A::Return && from == S::Escalated) {
            if (level == Level::Grid) return std::nullopt;  // escalated issues sit above the grid
            to = static_cast<Level>(static_cast<int>(level) - 1);
        }
        return Step{m.to, to, a == A::Refuse || a == A::Return, false};
    }
    return std::nullopt;
}

std::string describe(Action a) { return fmt::format("{} ({})", actionName(a), actionId(a)); }

}  // namespace

std::string_view stateName(State s) { return kStateNames[static_cast<size_t>(s)]; }

std::optional<State> parseState(std::string_view value) {
    for (size_t i = 0; i < kStateNames.size(); ++i)
        if (kStateNames[i] == value) return static_cast<State>(i);
    for (const StateAlias& a : kStateAliases)
        if (a.alias == value) return a.state;
    return std::nullopt;
}

std::string_view actionName(Action a) { return kActionNames[static_cast<size_t>(a)]; }
std::string_view actionId(Action a) { return kActionIds[static_cast<size_t>(a)]; }

std::optional<Action> parseAction(std::string_view value) {
    for (size_t i = 0; i < kActionCount; ++i)
        if (kActionIds[i] == value || kActionNames[i] == value) return static_cast<Action>(i);
    return std::nullopt;
}

bool isFinal(State s) { return s == S::Refused || s == S::Closed || s == S::StruckOff; }
bool isClosed(State s) { return s == S::Closed || s == S::StruckOff; }

Result<Step> step(State from, Level level, Action a) {
    if (auto s = lookup(from, level, a)) return *s;
    const std::vector<Action> allowed = allowedActions(from, level);
    std::string list;
    for (Action x : allowed) list += (list.empty() ? "" : ", ") + describe(x);
    std::string why;
    if (a == A::Escalate && level == Level::Department && (from == S::Accepted || from == S::Dispatched || from == S::Handling || from == S::Escalated))
        why = " (it is at 区职能部门 already, the top level)";
    else if (a == A::Return && from == S::Escalated && level == Level::Grid)
        why = " (it is at 网格 already, the lowest level)";
    return fail(fmt::format("{} is not allowed from state {}{}; {}", describe(a), stateName(from), why,
                            list.empty() ? std::string("no action is: the issue is finished")
                                         : "allowed: " + list));
}

std::vector<Action> allowedActions(State from, Level level) {
    std::vector<Action> out;
    for (int a = 0; a < kActionCount; ++a)
        if (lookup(from, level, static_cast<Action>(a))) out.push_back(static_cast<Action>(a));
    return out;
}

}  // namespace ga::ledger
