#pragma once
// The issue workflow as a state machine ("统一受理、分类处置、逐级上报、跟踪督查、结果反馈"):
//
//   上报 ─受理→ 受理 ─派遣→ 派遣 ─处置→ 处置 ─反馈→ 反馈 ─核查→ 核查 ─办结→ 办结 ─销号→ 销号
//     └─不予受理→ 不予受理          └──上报上级→ 上报上级 ⇄ (上报上级 again, 退回)   └─销号→ 销号
//
// Escalation moves the issue one level up (网格 → 社区 → 街道 → 区职能部门); a return sends it
// back a step (派遣 → 受理, 上报上级 → 处置 one level down, 反馈/核查 → 处置); an extension moves
// the deadline and keeps the state. Only the table in workflow.cpp says what is allowed.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "ledger/vocabulary.h"

namespace ga::ledger {

enum class State : uint8_t {
    Reported,    ///< 上报
    Accepted,    ///< 受理
    Refused,     ///< 不予受理 (final)
    Dispatched,  ///< 派遣
    Handling,    ///< 处置
    Escalated,   ///< 上报上级
    Feedback,    ///< 反馈
    Verifying,   ///< 核查
    Closed,      ///< 办结 (final but for 销号)
    StruckOff,   ///< 销号 (final)
};
inline constexpr int kStateCount = 10;

enum class Action : uint8_t {
    Accept,     ///< 受理
    Refuse,     ///< 不予受理
    Dispatch,   ///< 派遣
    Handle,     ///< 处置
    Escalate,   ///< 上报上级
    Return,     ///< 退回
    Feedback,   ///< 反馈
    Verify,     ///< 核查
    Close,      ///< 办结
    StrikeOff,  ///< 销号
    Extend,     ///< 延期
};
inline constexpr int kActionCount = 11;

/// Chinese name of a state (the stored value).
std::string_view stateName(State s);
/// A state by its Chinese name or one of the other spellings ledgers use (已办结, 处理中, 结案 ...).
std::optional<State> parseState(std::string_view value);
/// Chinese name of an action (受理, 退回, 延期 ...).
std::string_view actionName(Action a);
/// English id of an action for the command line (accept, return, extend ...).
std::string_view actionId(Action a);
/// An action by English id or Chinese name.
std::optional<Action> parseAction(std::string_view value);

/// No action leads anywhere from here but 销号 (办结), or none at all (不予受理, 销号).
bool isFinal(State s);
/// Counted as closed in statistics: 办结 and 销号.
bool isClosed(State s);

/// Where an allowed action leads.
struct Step {
    State to;
    Level level;         ///< the level after the step
    bool needsNote;      ///< refusals, returns and extensions must say why
    bool movesDeadline;  ///< an extension: the caller gives the new deadline
};

/// The step `a` makes from `from` at `level`, or why it is not allowed (naming the actions that are).
Result<Step> step(State from, Level level, Action a);
/// The actions allowed from `from` at `level`, in workflow order.
std::vector<Action> allowedActions(State from, Level level);

}  // namespace ga::ledger
