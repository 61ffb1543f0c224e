#include "analysis/statistics.h"

#include <gtest/gtest.h>

#include "ledger/workflow.h"

namespace ga::analysis {
namespace {

// Eight issues counted by hand (now = 2026-03-10 12:00):
//  #  grid  category  state     reported  deadline  closed   counts as
//  1  G1    矛盾纠纷  办结      01-05     01-12     01-10    closed on time, dispute mediated
//  2  G1    矛盾纠纷  处置      03-01     03-08     -        open, overdue, dispute
//  3  G1    环境卫生  不予受理  02-03     02-10     02-03    refused
//  4  G1    环境卫生  上报      03-09     03-16     -        waiting
//  5  G2    市政设施  销号      02-10     02-13     02-15    closed late
//  6  G2    矛盾纠纷  销号      02-20     02-27     02-21    closed on time, dispute mediated
//  7  -     其他      上报      01-20     01-27     -        waiting, overdue, in no grid
//  8  G3    安全隐患  核查      03-02     03-05     -        open, overdue
class Statistics : public ::testing::Test {
protected:
    const ledger::Time now = *ledger::parseTime("2026-03-10T12:00:00");
    IssueTable table = IssueTable::fromRows(
        {
            {"1", "矛盾纠纷", "一般", "办结", "网格", "2026-01-05T09:00:00", "2026-01-12T09:00:00", "2026-01-10T09:00:00", "G1"},
            {"2", "矛盾纠纷", "一般", "处置", "网格", "2026-03-01T09:00:00", "2026-03-08T09:00:00", "", "G1"},
            {"3", "环境卫生", "一般", "不予受理", "网格", "2026-02-03T09:00:00", "2026-02-10T09:00:00", "2026-02-03T10:00:00", "G1"},
            {"4", "环境卫生", "一般", "上报", "网格", "2026-03-09T09:00:00", "2026-03-16T09:00:00", "", "G1"},
            {"5", "市政设施", "较大", "销号", "社区", "2026-02-10T09:00:00", "2026-02-13T09:00:00", "2026-02-15T09:00:00", "G2"},
            {"6", "矛盾纠纷", "一般", "销号", "网格", "2026-02-20T09:00:00", "2026-02-27T09:00:00", "2026-02-21T09:00:00", "G2"},
            {"7", "其他", "一般", "上报", "网格", "2026-01-20T09:00:00", "2026-01-27T09:00:00", "", ""},
            {"8", "安全隐患", "重大", "核查", "街道", "2026-03-02T09:00:00", "2026-03-05T09:00:00", "", "G3"},
        },
        {{"G1", "一网格", "C1", 200}, {"G2", "二网格", "C1", 100}, {"G3", "三网格", "C2", 0}},
        {{"C1", "东社区"}, {"C2", "西社区"}});

    const StatRow& row(const ga::analysis::Statistics& s, const std::string& key) {
        for (const StatRow& r : s.rows)
            if (r.key == key) return r;
        ADD_FAILURE() << "no row " << key;
        return s.total;
    }
};

TEST_F(Statistics, CountsPerGridAsCountedByHand) {
    const auto s = computeStatistics(table, GroupBy::Grid, {}, now);
    ASSERT_EQ(s.rows.size(), 4u);  // three grids and the issue in no grid
    const StatRow& g1 = row(s, "G1");
    EXPECT_EQ(g1.reported, 4);
    EXPECT_EQ(g1.waiting, 1);
    EXPECT_EQ(g1.accepted, 2);
    EXPECT_EQ(g1.refused, 1);
    EXPECT_EQ(g1.open, 1);
    EXPECT_EQ(g1.closed, 1);
    EXPECT_EQ(g1.closedOnTime, 1);
    EXPECT_EQ(g1.overdue, 1);
    EXPECT_EQ(g1.disputes, 2);
    EXPECT_EQ(g1.mediated, 1);
    EXPECT_DOUBLE_EQ(g1.closureRate(), 0.5);
    EXPECT_DOUBLE_EQ(g1.mediationRate(), 0.5);
    EXPECT_DOUBLE_EQ(g1.per100Households(), 2.0);
    const StatRow& g2 = row(s, "G2");
    EXPECT_EQ(g2.reported, 2);
    EXPECT_EQ(g2.closed, 2);
    EXPECT_EQ(g2.closedOnTime, 1);
    EXPECT_DOUBLE_EQ(g2.closureRate(), 1.0);
    EXPECT_DOUBLE_EQ(g2.onTimeRate(), 0.5);
    EXPECT_EQ(g2.overdue, 0);
    const StatRow& g3 = row(s, "G3");
    EXPECT_EQ(g3.open, 1);
    EXPECT_EQ(g3.overdue, 1);
    EXPECT_DOUBLE_EQ(g3.per100Households(), 0);  // no households known
    const StatRow& none = row(s, "");
    EXPECT_EQ(none.label, "(无网格)");
    EXPECT_EQ(none.waiting, 1);
    EXPECT_EQ(none.overdue, 1);
}

TEST_F(Statistics, TotalsAreTheWholeLedger) {
    const auto s = computeStatistics(table, GroupBy::Grid, {}, now);
    EXPECT_EQ(s.total.reported, 8);
    EXPECT_EQ(s.total.waiting, 2);
    EXPECT_EQ(s.total.accepted, 5);
    EXPECT_EQ(s.total.refused, 1);
    EXPECT_EQ(s.total.open, 2);
    EXPECT_EQ(s.total.closed, 3);
    EXPECT_EQ(s.total.closedOnTime, 2);
    EXPECT_EQ(s.total.overdue, 3);
    EXPECT_EQ(s.total.disputes, 3);
    EXPECT_EQ(s.total.mediated, 2);
    EXPECT_EQ(s.total.households, 300);
}

TEST_F(Statistics, CountsPerCommunityAddTheirGrids) {
    const auto s = computeStatistics(table, GroupBy::Community, {}, now);
    const StatRow& c1 = row(s, "C1");
    EXPECT_EQ(c1.label, "东社区");
    EXPECT_EQ(c1.reported, 6);
    EXPECT_EQ(c1.households, 300);
    EXPECT_EQ(c1.closed, 3);
    EXPECT_EQ(row(s, "C2").reported, 1);
    EXPECT_EQ(row(s, "").reported, 1);
}

TEST_F(Statistics, CountsPerMonthOverConsecutiveMonths) {
    const auto s = computeStatistics(table, GroupBy::Month, {}, now);
    ASSERT_EQ(s.rows.size(), 3u);
    EXPECT_EQ(row(s, "2026-01").reported, 2);
    EXPECT_EQ(row(s, "2026-02").reported, 3);
    EXPECT_EQ(row(s, "2026-03").reported, 3);
    EXPECT_EQ(row(s, "2026-02").closed, 2);
}

TEST_F(Statistics, CountsPerCategoryListEveryCategory) {
    const auto s = computeStatistics(table, GroupBy::Category, {}, now);
    EXPECT_EQ(s.rows.size(), 8u);
    EXPECT_EQ(row(s, "矛盾纠纷").reported, 3);
    EXPECT_EQ(row(s, "矛盾纠纷").mediated, 2);
    EXPECT_EQ(row(s, "环境卫生").reported, 2);
    EXPECT_EQ(row(s, "治安隐患").reported, 0);
    EXPECT_EQ(row(s, "其他").reported, 1);
}

TEST_F(Statistics, FollowTheFilters) {
    IssueFilter f;
    f.from = ledger::parseTime("2026-02-01");
    f.to = ledger::parseTime("2026-03-01");
    EXPECT_EQ(computeStatistics(table, GroupBy::Grid, f, now).total.reported, 3);
    IssueFilter overdue;
    overdue.overdueOnly = true;
    overdue.now = now;
    EXPECT_EQ(computeStatistics(table, GroupBy::Grid, overdue, now).total.reported, 3);
    IssueFilter disputes;
    disputes.categories.set(0);
    disputes.grids = {0};
    EXPECT_EQ(selectIssues(table, disputes), (std::vector<uint32_t>{0, 1}));
    IssueFilter closed;
    closed.states.set(static_cast<size_t>(ledger::State::Closed)).set(static_cast<size_t>(ledger::State::StruckOff));
    EXPECT_EQ(selectIssues(table, closed), (std::vector<uint32_t>{0, 4, 5}));
}

TEST_F(Statistics, MonthlyTrendCountsMonthsByCategory) {
    const MonthlyTrend t = monthlyTrend(table, {});
    ASSERT_EQ(t.months, (std::vector<std::string>{"2026-01", "2026-02", "2026-03"}));
    EXPECT_EQ(t.counts[0][0], 1);  // 矛盾纠纷 in January
    EXPECT_EQ(t.counts[1][0], 1);
    EXPECT_EQ(t.counts[2][0], 1);
    EXPECT_EQ(t.counts[1][4], 1);  // 市政设施 in February
    EXPECT_EQ(t.counts[0][7], 1);  // 其他 in January
}

TEST_F(Statistics, TableCellsFollowTheColumns) {
    const auto s = computeStatistics(table, GroupBy::Grid, {}, now);
    const auto columns = statColumns(GroupBy::Grid);
    const auto col = [&](std::string_view id) {
        for (const auto& c : columns)
            if (c.id == id) return c;
        return columns.front();
    };
    EXPECT_EQ(statCell(row(s, "G1"), col("closure_rate")), "0.500");
    EXPECT_EQ(statCell(row(s, "G1"), col("per_100_households")), "2.00");
    EXPECT_EQ(statCell(row(s, "G1"), col("label")), "一网格");
    EXPECT_EQ(statCell(s.total, col("overdue")), "3");
    EXPECT_EQ(statColumns(GroupBy::Month).size(), columns.size() - 2);  // no households columns
}

TEST_F(Statistics, ExportCellsAreEveryRowThenTheTotal) {
    const auto s = computeStatistics(table, GroupBy::Month, {}, now);
    const auto cells = statCells(s);
    ASSERT_EQ(cells.size(), s.rows.size() + 1);
    const auto columns = statColumns(GroupBy::Month);
    for (const auto& r : cells) EXPECT_EQ(r.size(), columns.size());
    EXPECT_EQ(cells.front()[0], std::optional<std::string>("2026-01"));
    EXPECT_EQ(cells.back()[0], std::nullopt);  // the total has no key: an empty cell, not ""
    EXPECT_EQ(cells.back()[2], std::optional<std::string>("8"));  // reported
}

}  // namespace
}  // namespace ga::analysis
