#include "ledger/report.h"

#include <gtest/gtest.h>

#include "ledger_project.h"
#include "store/issue_ledger.h"

namespace ga::ledger {
namespace {

using test::kX0;
using test::kY0;

class Report : public test::LedgerProject {
protected:
    const Time now = *parseTime("2026-03-10T12:00:00");
    NewIssue issue(std::optional<geo::Point> at) {
        NewIssue n;
        n.category = "环境卫生";
        n.severity = "较大";
        n.title = "楼道堆物";
        n.location = at;
        n.reportedAt = parseTime("2026-03-10T09:30:00");
        return n;
    }
    std::string column(int64_t id, const char* name) {
        auto v = project->db().scalarText(fmt::format("SELECT {} FROM issues WHERE id = {}", name, id));
        return v && *v ? **v : std::string();
    }
};

TEST_F(Report, EntersTheIssueInItsGridWithAFirstEvent) {
    auto r = reportIssue(*project, issue(geo::Point{kX0 + 150, kY0 + 50}), "李网格员", now);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->issueId, "SJ20260310-001");
    EXPECT_EQ(r->grid, test::kGridB);
    EXPECT_FALSE(r->locationDerived);
    EXPECT_EQ(column(r->id, "state"), "上报");
    EXPECT_EQ(column(r->id, "level"), "网格");
    EXPECT_EQ(column(r->id, "deadline"), "2026-03-13T09:30:00");  // 较大: three days
    EXPECT_EQ(column(r->id, "reporter"), "李网格员");
    EXPECT_EQ(column(r->id, "grid"), test::kGridB);
    const auto events = store::issueEvents(*project, r->id);
    ASSERT_EQ(events->size(), 1u);
    EXPECT_EQ(events->front().action, "上报");
    EXPECT_EQ(events->front().at, "2026-03-10T09:30:00");
    EXPECT_EQ(reportIssue(*project, issue(geo::Point{kX0 + 50, kY0 + 50}), "李网格员", now)->issueId, "SJ20260310-002");
}

TEST_F(Report, KeepsAnIssueOutsideEveryGridWithoutAGrid) {
    auto r = reportIssue(*project, issue(geo::Point{kX0 + 900, kY0 + 50}), "李网格员", now);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->grid, "");
    EXPECT_EQ(column(r->id, "grid"), "");
}

TEST_F(Report, RefusesWhatCannotBeAnIssueAndWritesNothing) {
    const auto refused = [&](NewIssue n, const char* why) {
        const auto r = reportIssue(*project, n, "李网格员", now);
        ASSERT_FALSE(r) << why;
        EXPECT_NE(r.error().message.find(why), std::string::npos) << r.error().message;
    };
    NewIssue n = issue(geo::Point{kX0 + 50, kY0 + 50});
    n.category = "卫生死角";
    refused(n, "not a ledger category");
    n = issue(geo::Point{kX0 + 50, kY0 + 50});
    n.title.clear();
    refused(n, "needs a title");
    n = issue(geo::Point{kX0 + 50, kY0 + 50});
    n.reportedAt = parseTime("2026-03-11T00:00:00");
    refused(n, "is in the future");
    refused(issue(std::nullopt), "a place on the map or an address");
    n = issue(geo::Point{kX0 + 50, kY0 + 50});
    n.severity = "很急";
    refused(n, "not 一般, 较大 or 重大");
    ASSERT_TRUE(reportIssue(*project, issue(geo::Point{kX0 + 50, kY0 + 50}), "李网格员", now));
    n = issue(geo::Point{kX0 + 50, kY0 + 50});
    n.issueId = "SJ20260310-001";
    refused(n, "is in the ledger already");
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM issues")->value_or(0), 1);
}

TEST_F(Report, AnAddressTheGeocoderCannotPlaceLeavesTheIssueOffTheMap) {
    NewIssue n = issue(std::nullopt);
    n.address = "测试社区不存在小区9号楼";
    auto r = reportIssue(*project, n, "李网格员", now);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_FALSE(r->locationDerived);
    EXPECT_EQ(column(r->id, "address"), "测试社区不存在小区9号楼");
    EXPECT_EQ(store::issueEvents(*project, r->id)->front().note, "地址未能定位，不在地图上");
}

}  // namespace
}  // namespace ga::ledger
