#include "ledger/workflow.h"

#include <gtest/gtest.h>

#include <map>
#include <utility>

namespace ga::ledger {
namespace {

using S = State;
using A = Action;

// Written out by hand from the workflow in DOMAIN.md: every allowed (state, action) and where it
// leads. Everything not listed must be refused.
const std::map<std::pair<S, A>, S>& allowedMoves() {
    static const std::map<std::pair<S, A>, S> moves = {
        {{S::Reported, A::Accept}, S::Accepted},       {{S::Reported, A::Refuse}, S::Refused},
        {{S::Reported, A::Extend}, S::Reported},       {{S::Accepted, A::Dispatch}, S::Dispatched},
        {{S::Accepted, A::Handle}, S::Handling},       {{S::Accepted, A::Escalate}, S::Escalated},
        {{S::Accepted, A::Extend}, S::Accepted},       {{S::Dispatched, A::Handle}, S::Handling},
        {{S::Dispatched, A::Escalate}, S::Escalated},  {{S::Dispatched, A::Return}, S::Accepted},
        {{S::Dispatched, A::Extend}, S::Dispatched},   {{S::Handling, A::Escalate}, S::Escalated},
        {{S::Handling, A::Feedback}, S::Feedback},     {{S::Handling, A::Extend}, S::Handling},
        {{S::Escalated, A::Dispatch}, S::Dispatched},  {{S::Escalated, A::Handle}, S::Handling},
        {{S::Escalated, A::Escalate}, S::Escalated},   {{S::Escalated, A::Return}, S::Handling},
        {{S::Escalated, A::Feedback}, S::Feedback},    {{S::Escalated, A::Extend}, S::Escalated},
        {{S::Feedback, A::Verify}, S::Verifying},      {{S::Feedback, A::Return}, S::Handling},
        {{S::Feedback, A::Extend}, S::Feedback},       {{S::Verifying, A::Close}, S::Closed},
        {{S::Verifying, A::StrikeOff}, S::StruckOff},  {{S::Verifying, A::Return}, S::Handling},
        {{S::Verifying, A::Extend}, S::Verifying},     {{S::Closed, A::StrikeOff}, S::StruckOff},
    };
    return moves;
}

TEST(Workflow, AllowsExactlyTheListedTransitions) {
    // At 社区 both escalation (to 街道) and a return from escalation (to 网格) are possible.
    int allowed = 0, refused = 0;
    for (int s = 0; s < kStateCount; ++s)
        for (int a = 0; a < kActionCount; ++a) {
            const auto from = static_cast<S>(s);
            const auto action = static_cast<A>(a);
            const auto result = step(from, Level::Community, action);
            const auto it = allowedMoves().find({from, action});
            if (it == allowedMoves().end()) {
                EXPECT_FALSE(result) << stateName(from) << " " << actionName(action);
                ++refused;
            } else {
                ASSERT_TRUE(result) << stateName(from) << " " << actionName(action) << ": " << result.error().message;
                EXPECT_EQ(result->to, it->second) << stateName(from) << " " << actionName(action);
                ++allowed;
            }
        }
    EXPECT_EQ(allowed, 28);
    EXPECT_EQ(refused, kStateCount * kActionCount - 28);
}

TEST(Workflow, RefusalNamesTheActionsThatAreAllowed) {
    const auto r = step(S::Reported, Level::Grid, A::Close);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("办结 (close) is not allowed from state 上报"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("受理 (accept), 不予受理 (refuse)"), std::string::npos) << r.error().message;
    const auto done = step(S::StruckOff, Level::Grid, A::Return);
    ASSERT_FALSE(done);
    EXPECT_NE(done.error().message.find("the issue is finished"), std::string::npos) << done.error().message;
}

TEST(Workflow, EscalationClimbsOneLevelUpToTheDepartments) {
    auto s = step(S::Handling, Level::Grid, A::Escalate);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->level, Level::Community);
    s = step(S::Escalated, Level::Community, A::Escalate);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->level, Level::Street);
    s = step(S::Escalated, Level::Street, A::Escalate);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->level, Level::Department);
    const auto top = step(S::Escalated, Level::Department, A::Escalate);
    ASSERT_FALSE(top);
    EXPECT_NE(top.error().message.find("the top level"), std::string::npos);
}

TEST(Workflow, ReturnFromEscalationGoesOneLevelDown) {
    const auto s = step(S::Escalated, Level::Street, A::Return);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->to, S::Handling);
    EXPECT_EQ(s->level, Level::Community);
    EXPECT_FALSE(step(S::Escalated, Level::Grid, A::Return));
    // Other returns keep the level.
    EXPECT_EQ(step(S::Verifying, Level::Street, A::Return)->level, Level::Street);
}

TEST(Workflow, OtherStepsKeepTheLevel) {
    for (const auto& [move, to] : allowedMoves()) {
        if (move.second == A::Escalate || (move.first == S::Escalated && move.second == A::Return)) continue;
        EXPECT_EQ(step(move.first, Level::Street, move.second)->level, Level::Street)
            << stateName(move.first) << " " << actionName(move.second);
    }
}

TEST(Workflow, RefusalsReturnsAndExtensionsNeedANote) {
    for (const auto& [move, to] : allowedMoves()) {
        const auto s = step(move.first, Level::Community, move.second);
        const bool needs = move.second == A::Refuse || move.second == A::Return || move.second == A::Extend;
        EXPECT_EQ(s->needsNote, needs) << stateName(move.first) << " " << actionName(move.second);
        EXPECT_EQ(s->movesDeadline, move.second == A::Extend);
    }
}

TEST(Workflow, OffersTheActionsOfTheTable) {
    EXPECT_EQ(allowedActions(S::Reported, Level::Grid), (std::vector<A>{A::Accept, A::Refuse, A::Extend}));
    EXPECT_EQ(allowedActions(S::Closed, Level::Grid), (std::vector<A>{A::StrikeOff}));
    EXPECT_TRUE(allowedActions(S::Refused, Level::Grid).empty());
    EXPECT_EQ(allowedActions(S::Escalated, Level::Department),
              (std::vector<A>{A::Dispatch, A::Handle, A::Return, A::Feedback, A::Extend}));
}

TEST(Workflow, ReadsStatesAsLedgersWriteThem) {
    EXPECT_EQ(parseState("办结"), S::Closed);
    EXPECT_EQ(parseState("已办结"), S::Closed);
    EXPECT_EQ(parseState("处理中"), S::Handling);
    EXPECT_EQ(parseState("待受理"), S::Reported);
    EXPECT_FALSE(parseState("搁置"));
    for (int s = 0; s < kStateCount; ++s) EXPECT_EQ(parseState(stateName(static_cast<S>(s))), static_cast<S>(s));
}

TEST(Workflow, ReadsActionsByIdOrChineseName) {
    for (int a = 0; a < kActionCount; ++a) {
        EXPECT_EQ(parseAction(actionId(static_cast<A>(a))), static_cast<A>(a));
        EXPECT_EQ(parseAction(actionName(static_cast<A>(a))), static_cast<A>(a));
    }
    EXPECT_FALSE(parseAction("approve"));
}

}  // namespace
}  // namespace ga::ledger
