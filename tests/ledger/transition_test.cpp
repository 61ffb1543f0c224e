#include "ledger/transition.h"

#include <gtest/gtest.h>

#include "ledger_project.h"

namespace ga::ledger {
namespace {

using test::kX0;
using test::kY0;

class Transition : public test::LedgerProject {
protected:
    const Time now = *parseTime("2026-03-10T12:00:00");
    int64_t issue = 0;

    void SetUp() override {
        LedgerProject::SetUp();
        issue = addIssue({{"issue_id", "T001"}, {"category", "矛盾纠纷"}, {"severity", "一般"},
                          {"reported_at", "2026-03-01T09:00:00"}, {"state", "上报"}, {"level", "网格"},
                          {"deadline", "2026-03-08T09:00:00"}},
                         geo::Point{kX0 + 50, kY0 + 50});
    }
    Result<store::IssueEvent> act(Action a, std::string at, std::string note = "", std::optional<Time> deadline = {}) {
        TransitionRequest r;
        r.action = a;
        r.actor = "李网格员";
        r.note = std::move(note);
        r.at = parseTime(at);
        r.deadline = deadline;
        return transition(*project, issue, r, now);
    }
    store::IssueWorkflow workflow() { return *store::readIssueWorkflow(*project, issue); }
    size_t events() { return store::issueEvents(*project, issue)->size(); }
};

TEST_F(Transition, StoresTheEventWithWhoWhenAndNote) {
    auto e = act(Action::Accept, "2026-03-01T10:00:00", "已电话联系");
    ASSERT_TRUE(e) << e.error().message;
    const auto stored = store::issueEvents(*project, issue);
    ASSERT_EQ(stored->size(), 1u);
    const store::IssueEvent& s = stored->front();
    EXPECT_EQ(s.action, "受理");
    EXPECT_EQ(s.fromState, "上报");
    EXPECT_EQ(s.toState, "受理");
    EXPECT_EQ(s.actor, "李网格员");
    EXPECT_EQ(s.at, "2026-03-01T10:00:00");
    EXPECT_EQ(s.note, "已电话联系");
    EXPECT_EQ(s.level, "网格");
    EXPECT_EQ(workflow().state, "受理");
}

TEST_F(Transition, WalksTheWholeWorkflowWithAnEscalationAndAReturn) {
    ASSERT_TRUE(act(Action::Accept, "2026-03-01T10:00:00"));
    ASSERT_TRUE(act(Action::Dispatch, "2026-03-01T11:00:00"));
    ASSERT_TRUE(act(Action::Handle, "2026-03-02T09:00:00"));
    ASSERT_TRUE(act(Action::Escalate, "2026-03-02T15:00:00"));
    EXPECT_EQ(workflow().level, "社区");
    ASSERT_TRUE(act(Action::Escalate, "2026-03-03T09:00:00"));
    EXPECT_EQ(workflow().level, "街道");
    ASSERT_TRUE(act(Action::Return, "2026-03-03T15:00:00", "属社区职责"));
    EXPECT_EQ(workflow().level, "社区");
    EXPECT_EQ(workflow().state, "处置");
    ASSERT_TRUE(act(Action::Feedback, "2026-03-04T09:00:00"));
    ASSERT_TRUE(act(Action::Verify, "2026-03-04T15:00:00"));
    ASSERT_TRUE(act(Action::Close, "2026-03-05T09:00:00"));
    EXPECT_EQ(workflow().closedAt, "2026-03-05T09:00:00");
    ASSERT_TRUE(act(Action::StrikeOff, "2026-03-06T09:00:00"));
    EXPECT_EQ(workflow().state, "销号");
    EXPECT_EQ(workflow().closedAt, "2026-03-05T09:00:00");  // closed when 办结, not again at 销号
    const auto history = store::issueEvents(*project, issue);
    ASSERT_EQ(history->size(), 10u);
    std::string path;
    for (const auto& e : *history) path += e.toState + " ";
    EXPECT_EQ(path, "受理 派遣 处置 上报上级 上报上级 处置 反馈 核查 办结 销号 ");
}

TEST_F(Transition, RefusesAStepTheWorkflowDoesNotAllowAndWritesNothing) {
    const auto r = act(Action::Close, "2026-03-01T10:00:00");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("issue T001: 办结 (close) is not allowed from state 上报"), std::string::npos)
        << r.error().message;
    EXPECT_EQ(events(), 0u);
    EXPECT_EQ(workflow().state, "上报");
    EXPECT_TRUE(workflow().closedAt.empty());
}

TEST_F(Transition, RefusalsAndReturnsNeedANote) {
    const auto r = act(Action::Refuse, "2026-03-01T10:00:00");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("不予受理 needs a note"), std::string::npos) << r.error().message;
    auto ok = act(Action::Refuse, "2026-03-01T10:00:00", "不属于受理范围");
    ASSERT_TRUE(ok) << ok.error().message;
    EXPECT_EQ(workflow().state, "不予受理");
    EXPECT_EQ(workflow().closedAt, "2026-03-01T10:00:00");
}

TEST_F(Transition, RefusesAnActionWithoutAnActor) {
    TransitionRequest r;
    r.action = Action::Accept;
    const auto e = transition(*project, issue, r, now);
    ASSERT_FALSE(e);
    EXPECT_NE(e.error().message.find("actor is required"), std::string::npos);
}

TEST_F(Transition, RefusesTimesInTheFutureOrBeforeTheHistory) {
    auto future = act(Action::Accept, "2026-03-11T09:00:00");
    ASSERT_FALSE(future);
    EXPECT_NE(future.error().message.find("is in the future"), std::string::npos) << future.error().message;
    auto early = act(Action::Accept, "2026-02-28T09:00:00");
    ASSERT_FALSE(early);
    EXPECT_NE(early.error().message.find("before the issue was reported"), std::string::npos);
    ASSERT_TRUE(act(Action::Accept, "2026-03-02T09:00:00"));
    auto backwards = act(Action::Handle, "2026-03-02T08:00:00");
    ASSERT_FALSE(backwards);
    EXPECT_NE(backwards.error().message.find("before its last event"), std::string::npos);
    EXPECT_EQ(events(), 1u);
}

TEST_F(Transition, ExtensionMovesTheDeadlineLaterAndKeepsTheState) {
    const auto sooner = act(Action::Extend, "2026-03-02T09:00:00", "等待材料", parseTime("2026-03-07T09:00:00"));
    ASSERT_FALSE(sooner);
    EXPECT_NE(sooner.error().message.find("not later than the current one"), std::string::npos);
    const auto noDeadline = act(Action::Extend, "2026-03-02T09:00:00", "等待材料");
    ASSERT_FALSE(noDeadline);
    auto e = act(Action::Extend, "2026-03-02T09:00:00", "等待材料", parseTime("2026-03-15T18:00:00"));
    ASSERT_TRUE(e) << e.error().message;
    EXPECT_EQ(workflow().state, "上报");
    EXPECT_EQ(workflow().deadline, "2026-03-15T18:00:00");
    EXPECT_EQ(e->deadline, "2026-03-15T18:00:00");
    const auto wrongAction = act(Action::Accept, "2026-03-02T10:00:00", "", parseTime("2026-03-20T00:00:00"));
    ASSERT_FALSE(wrongAction);
    EXPECT_NE(wrongAction.error().message.find("only 延期 (extend) moves it"), std::string::npos);
}

TEST_F(Transition, EscalationStopsAtTheDepartments) {
    ASSERT_TRUE(act(Action::Accept, "2026-03-01T10:00:00"));
    for (const char* at : {"2026-03-01T11:00:00", "2026-03-01T12:00:00", "2026-03-01T13:00:00"})
        ASSERT_TRUE(act(Action::Escalate, at));
    EXPECT_EQ(workflow().level, "区职能部门");
    const auto r = act(Action::Escalate, "2026-03-01T14:00:00");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("the top level"), std::string::npos);
}

TEST_F(Transition, OffersOnlyTheActionsAllowedNow) {
    EXPECT_EQ(*offeredActions(*project, issue), (std::vector<Action>{Action::Accept, Action::Refuse, Action::Extend}));
    ASSERT_TRUE(act(Action::Refuse, "2026-03-01T10:00:00", "重复上报"));
    EXPECT_TRUE(offeredActions(*project, issue)->empty());
}

TEST_F(Transition, IsLoggedInTheEditLog) {
    ASSERT_TRUE(act(Action::Accept, "2026-03-01T10:00:00"));
    auto n = project->db().scalarInt(
        "SELECT count(*) FROM edit_log WHERE action = 'issue_transition' AND target = 'T001' AND operator = '李网格员'");
    EXPECT_EQ(n->value_or(0), 1);
}

}  // namespace
}  // namespace ga::ledger
