#include "ledger/admission.h"

#include <gtest/gtest.h>

#include "ledger/issue_locator.h"
#include "ledger_project.h"
#include "store/issue_ledger.h"

namespace ga::ledger {
namespace {

using test::kX0;
using test::kY0;

class Admission : public test::LedgerProject {
protected:
    const Time now = *parseTime("2026-03-10T12:00:00");

    AdmissionSummary admit(bool withLocator = false) {
        auto tx = store::Transaction::begin(project->db());
        EXPECT_TRUE(tx);
        std::optional<IssueLocator> locator;
        AdmissionOptions o;
        o.actor = "导入员";
        o.now = now;
        if (withLocator) {
            auto l = IssueLocator::create(*project);
            EXPECT_TRUE(l) << l.error().message;
            locator.emplace(std::move(*l));
            o.locate = [&](std::string_view address) { return locator->locate(address); };
        }
        auto s = admitIssues(*project, o);
        EXPECT_TRUE(s) << s.error().message;
        EXPECT_TRUE(tx->commit());
        return s ? *s : AdmissionSummary{};
    }
    const Finding* find(const AdmissionSummary& s, FindingKind k, const std::string& issueId) {
        for (const Finding& f : s.findings)
            if (f.kind == k && f.issueId == issueId) return &f;
        return nullptr;
    }
    std::string column(int64_t id, const char* name) {
        auto v = project->db().scalarText(fmt::format("SELECT {} FROM issues WHERE id = {}", name, id));
        return v && *v ? **v : std::string();
    }
    std::map<std::string, std::string> issue(const char* id, const char* category, const char* reported) {
        return {{"issue_id", id}, {"category", category}, {"severity", "一般"}, {"reported_at", reported},
                {"state", "处置"}, {"level", "网格"}, {"deadline", "2026-03-09T00:00:00"}};
    }
};

TEST_F(Admission, FilesAnUnknownCategoryUnderOtherKeepingTheOriginal) {
    auto fields = issue("A1", "卫生死角", "2026-03-01T09:00:00");
    fields["subcategory"] = "楼道";
    const int64_t id = addIssue(fields, geo::Point{kX0 + 10, kY0 + 10});
    const AdmissionSummary s = admit();
    const Finding* f = find(s, FindingKind::UnknownCategory, "A1");
    ASSERT_NE(f, nullptr);
    EXPECT_NE(f->detail.find("卫生死角"), std::string::npos);
    EXPECT_EQ(column(id, "category"), "其他");
    EXPECT_EQ(column(id, "subcategory"), "卫生死角：楼道");
}

TEST_F(Admission, MapsTheOtherSpellingsOfKnownWords) {
    auto fields = issue("A2", "民生诉求", "2026-03-01T09:00:00");
    fields["severity"] = "紧急";
    fields["state"] = "已办结";
    fields["level"] = "职能部门";
    fields["closed_at"] = "2026-03-02T09:00:00";
    const int64_t id = addIssue(fields, geo::Point{kX0 + 10, kY0 + 10});
    const AdmissionSummary s = admit();
    EXPECT_EQ(column(id, "category"), "民生诉求/服务");
    EXPECT_EQ(column(id, "severity"), "较大");
    EXPECT_EQ(column(id, "state"), "办结");
    EXPECT_EQ(column(id, "level"), "区职能部门");
    EXPECT_EQ(s.count(FindingKind::CategoryMapped), 1u);
    EXPECT_EQ(s.count(FindingKind::UnknownCategory), 0u);
}

TEST_F(Admission, ReportsFutureAndMisorderedTimesAndKeepsThem) {
    auto future = issue("A3", "环境卫生", "2026-04-01T09:00:00");
    future["deadline"] = "2026-04-08T09:00:00";
    const int64_t f = addIssue(future, geo::Point{kX0 + 10, kY0 + 10});
    auto closedEarly = issue("A4", "环境卫生", "2026-03-05T09:00:00");
    closedEarly["state"] = "办结";
    closedEarly["closed_at"] = "2026-03-04T09:00:00";
    addIssue(closedEarly, geo::Point{kX0 + 10, kY0 + 10});
    const AdmissionSummary s = admit();
    EXPECT_NE(find(s, FindingKind::FutureTime, "A3"), nullptr);
    EXPECT_EQ(column(f, "reported_at"), "2026-04-01T09:00:00");
    EXPECT_NE(find(s, FindingKind::TimeOrder, "A4"), nullptr);
    EXPECT_EQ(find(s, FindingKind::FutureTime, "A4"), nullptr);
}

TEST_F(Admission, SetsAMissingDeadlineFromTheSeverity) {
    auto fields = issue("A5", "安全隐患", "2026-03-01T09:00:00");
    fields.erase("deadline");
    fields["severity"] = "重大";
    const int64_t id = addIssue(fields, geo::Point{kX0 + 10, kY0 + 10});
    const AdmissionSummary s = admit();
    EXPECT_NE(find(s, FindingKind::DeadlineSet, "A5"), nullptr);
    EXPECT_EQ(column(id, "deadline"), "2026-03-02T09:00:00");
}

TEST_F(Admission, ReportsIssuesOutsideEveryGridOrWithoutAPlace) {
    addIssue(issue("A6", "市政设施", "2026-03-01T09:00:00"), geo::Point{kX0 + 500, kY0 + 50});
    auto noPlace = issue("A7", "市政设施", "2026-03-01T09:00:00");
    addIssue(noPlace, std::nullopt);
    auto addressOnly = issue("A8", "市政设施", "2026-03-01T09:00:00");
    addressOnly["address"] = "测试社区不存在小区9号楼";
    addIssue(addressOnly, std::nullopt);
    const AdmissionSummary s = admit();
    EXPECT_NE(find(s, FindingKind::OutsideGrids, "A6"), nullptr);
    EXPECT_NE(find(s, FindingKind::NoLocation, "A7"), nullptr);
    const Finding* notLocated = find(s, FindingKind::NotLocated, "A8");
    ASSERT_NE(notLocated, nullptr);
    EXPECT_NE(notLocated->detail.find("no geocoder was run"), std::string::npos);
    // Nothing is dropped.
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM issues")->value_or(0), 3);
}

TEST_F(Admission, WritesAFirstEventOnceForEachIssue) {
    const int64_t id = addIssue(issue("A9", "矛盾纠纷", "2026-03-01T09:00:00"), geo::Point{kX0 + 10, kY0 + 10});
    EXPECT_EQ(admit().admitted, 1);
    const auto events = store::issueEvents(*project, id);
    ASSERT_EQ(events->size(), 1u);
    EXPECT_EQ(events->front().action, "登记");
    EXPECT_EQ(events->front().toState, "处置");
    EXPECT_EQ(events->front().actor, "导入员");
    EXPECT_EQ(events->front().at, "2026-03-01T09:00:00");  // where it entered the ledger: its report
    EXPECT_EQ(events->front().note, "导入台账（2026-03-10）");
    const AdmissionSummary again = admit();
    EXPECT_EQ(again.admitted, 0);
    EXPECT_TRUE(again.findings.empty());
    EXPECT_EQ(store::issueEvents(*project, id)->size(), 1u);
}

TEST_F(Admission, LocatesAnAddressOnlyIssueThroughTheGeocoder) {
    {
        auto tx = store::Transaction::begin(project->db());
        auto compounds = store::LayerWriter::create(*project, store::Layer::Compounds, store::WriteMode::Insert);
        auto buildings = store::LayerWriter::create(*project, store::Layer::Buildings, store::WriteMode::Insert);
        ASSERT_TRUE(compounds && buildings);
        ASSERT_TRUE(compounds->write({{"华荣上海城", "320623001001"}, square(kX0 + 100, kY0, 100, 100), "test"}));
        for (int n = 1; n <= 3; ++n) {
            store::Row b;
            b.values.resize(store::layerDef(store::Layer::Buildings).fields.size());
            b.values[0] = "华荣上海城";
            b.values[1] = std::to_string(n);
            b.geometry = square(kX0 + 110 + 25 * (n - 1), kY0 + 40, 15, 20);
            b.source = "test";
            ASSERT_TRUE(buildings->write(b));
        }
        ASSERT_TRUE(store::relinkBuildingsToGrids(*project));
        ASSERT_TRUE(tx->commit());
    }
    auto fields = issue("B1", "环境卫生", "2026-03-01T09:00:00");
    fields["address"] = "测试社区华荣上海城2号楼";
    const int64_t id = addIssue(fields, std::nullopt);
    const AdmissionSummary s = admit(true);
    EXPECT_EQ(s.located, 1);
    EXPECT_NE(find(s, FindingKind::LocationDerived, "B1"), nullptr);
    EXPECT_EQ(column(id, "location_derived"), "1");
    EXPECT_EQ(column(id, "grid"), test::kGridB);
    auto x = project->db().scalarText(fmt::format("SELECT X(geom) || ',' || Y(geom) FROM issues WHERE id = {}", id));
    ASSERT_TRUE(x && *x);
    const double px = std::stod(**x), py = std::stod(x->value().substr(x->value().find(',') + 1));
    EXPECT_GT(px, kX0 + 135);  // inside building 2: x 135–150, y 40–60
    EXPECT_LT(px, kX0 + 150);
    EXPECT_GT(py, kY0 + 40);
    EXPECT_LT(py, kY0 + 60);
}

TEST_F(Admission, PutsAnIssueOnARoadAtTheRoadsMiddle) {
    {
        auto tx = store::Transaction::begin(project->db());
        auto roads = store::LayerWriter::create(*project, store::Layer::Roads, store::WriteMode::Insert);
        ASSERT_TRUE(roads);
        // 文峰路 along the top edge in two pieces; its middle is where they meet.
        const auto road = [&](const char* name, std::vector<geo::Point> pts) {
            store::Row r;
            r.values.resize(store::layerDef(store::Layer::Roads).fields.size());
            r.values[0] = name;
            r.geometry = geo::Geometry::lineString(pts);
            r.source = "test";
            ASSERT_TRUE(roads->write(r));
        };
        road("文峰路", {{kX0, kY0 + 100}, {kX0 + 60, kY0 + 100}});
        road("文峰路", {{kX0 + 60, kY0 + 100}, {kX0 + 200, kY0 + 100}});
        ASSERT_TRUE(tx->commit());
    }
    auto along = issue("R1", "市政设施", "2026-03-01T09:00:00");
    along["address"] = "测试社区文峰路沿线";
    const int64_t r1 = addIssue(along, std::nullopt);
    auto door = issue("R2", "市政设施", "2026-03-01T10:00:00");
    door["address"] = "测试社区文峰路999号";  // no building has that door: no place rather than a guess
    const int64_t r2 = addIssue(door, std::nullopt);
    auto other = issue("R3", "市政设施", "2026-03-01T11:00:00");
    other["address"] = "测试社区解放路";  // a road the project does not have
    const int64_t r3 = addIssue(other, std::nullopt);

    const AdmissionSummary s = admit(true);
    EXPECT_EQ(s.located, 1);
    EXPECT_NE(find(s, FindingKind::LocationDerived, "R1"), nullptr);
    EXPECT_EQ(column(r1, "location_derived"), "1");
    EXPECT_NEAR(std::stod(column(r1, "X(geom)")), kX0 + 100, 1e-6);
    EXPECT_NEAR(std::stod(column(r1, "Y(geom)")), kY0 + 100, 1e-6);
    EXPECT_EQ(column(r2, "geom IS NULL"), "1");
    EXPECT_EQ(column(r3, "geom IS NULL"), "1");
}

}  // namespace
}  // namespace ga::ledger
