// The rule engine: every rule on a small community made for it, and the sample's known problems.
#include "edit/validation.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "edit_test_support.h"
#include "store/building_links.h"
#include "store/layer_writer.h"

using namespace ga;
using namespace ga::edit;
using namespace ga::edit::test;
namespace fs = std::filesystem;

namespace {

constexpr double X = 600000, Y = 3500000;

geo::Geometry rect(double x0, double y0, double x1, double y1) {
    return polygon({{X + x0, Y + y0}, {X + x1, Y + y0}, {X + x1, Y + y1}, {X + x0, Y + y1}});
}

struct TestBuilding {
    geo::Geometry shape;
    int households;
    std::string compound;
};

// A community 200 m × 200 m (320623001001, 测试社区) with the given grids and buildings.
class Rules : public ::testing::Test {
protected:
    void make(const std::vector<std::pair<std::string, geo::Geometry>>& grids,
              const std::vector<TestBuilding>& buildings) {
        dir = fs::temp_directory_path() / ("ga_rules_" + std::to_string(::getpid()) + "_" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
        store::ProjectSettings s;
        s.srid = 4549;
        auto p = store::Project::create((dir / "p.sqlite").string(), s);
        ASSERT_TRUE(p) << p.error().message;
        project.emplace(std::move(*p));
        auto communities = store::LayerWriter::create(*project, store::Layer::Communities, store::WriteMode::Insert);
        ASSERT_TRUE(
            communities->write({{"320623001001", "测试社区", std::nullopt, std::nullopt}, rect(0, 0, 200, 200), "t"}));
        auto gw = store::LayerWriter::create(*project, store::Layer::Grids, store::WriteMode::Insert);
        for (const auto& [code, shape] : grids) {
            auto r = gw->write({{code, "网格", "测试社区", std::nullopt, std::nullopt, std::nullopt}, shape, "t"});
            ASSERT_TRUE(r) << r.error().message;
        }
        auto bw = store::LayerWriter::create(*project, store::Layer::Buildings, store::WriteMode::Insert);
        for (const TestBuilding& b : buildings) {
            auto r = bw->write({{b.compound.empty() ? std::nullopt : std::optional<std::string>(b.compound),
                                 std::nullopt, std::nullopt, std::nullopt, std::to_string(b.households), std::nullopt,
                                 std::nullopt, std::nullopt, std::nullopt},
                                b.shape,
                                "t"});
            ASSERT_TRUE(r) << r.error().message;
        }
        ASSERT_TRUE(store::relinkBuildingsToGrids(*project));
        auto w = Workspace::load(*project);
        ASSERT_TRUE(w) << w.error().message;
        ws.emplace(std::move(*w));
    }
    void TearDown() override {
        ws.reset();
        project.reset();
        fs::remove_all(dir);
    }
    std::vector<Violation> of(std::string_view rule) {
        auto report = validate(*ws);
        EXPECT_TRUE(report) << report.error().message;
        std::vector<Violation> out;
        if (report)
            for (const Violation& v : report->violations)
                if (v.rule == rule) out.push_back(v);
        return out;
    }
    // Two blocks of 400 households each: every grid in range unless a test says otherwise.
    std::vector<TestBuilding> blocks() {
        return {{rect(20, 20, 60, 60), 400, "东园"}, {rect(140, 20, 180, 60), 400, "西园"}};
    }

    fs::path dir;
    std::optional<store::Project> project;
    std::optional<Workspace> ws;
};

}  // namespace

TEST_F(Rules, ACleanCommunityPasses) {
    make({{"320623001001001", rect(0, 0, 100, 200)}, {"320623001001002", rect(100, 0, 200, 200)}}, blocks());
    auto report = validate(*ws);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->ok());
    EXPECT_TRUE(report->violations.empty())
        << report->violations.front().rule << ": " << report->violations.front().detail;
}

TEST_F(Rules, RangeNamesTheGridOutOfRange) {
    make({{"320623001001001", rect(0, 0, 100, 200)}, {"320623001001002", rect(100, 0, 200, 200)}},
         {{rect(20, 20, 60, 60), 650, ""}, {rect(140, 20, 180, 60), 120, ""}});
    const auto v = of("range");
    ASSERT_EQ(v.size(), 2u);
    EXPECT_EQ(v[0].grids, std::vector<std::string>{"320623001001001"});
    EXPECT_NE(v[0].detail.find("650"), std::string::npos);
}

TEST_F(Rules, AGapIsReportedWithItsArea) {
    // A 0.5 m sliver between the grids: a digitising slip.
    make({{"320623001001001", rect(0, 0, 100, 200)}, {"320623001001002", rect(100.5, 0, 200, 200)}}, blocks());
    const auto v = of("gap");
    ASSERT_EQ(v.size(), 1u);
    EXPECT_NEAR(v[0].area, 100, 1e-6);
    EXPECT_EQ(v[0].grids.size(), 2u);
    EXPECT_GT(v[0].where.x, X + 100);
    EXPECT_LT(v[0].where.x, X + 100.5);
}

TEST_F(Rules, AnOverlapIsReportedWithBothGrids) {
    make({{"320623001001001", rect(0, 0, 101, 200)}, {"320623001001002", rect(100, 0, 200, 200)}}, blocks());
    const auto v = of("overlap");
    ASSERT_EQ(v.size(), 1u);
    EXPECT_NEAR(v[0].area, 200, 1e-6);
    EXPECT_EQ(v[0].grids, (std::vector<std::string>{"320623001001001", "320623001001002"}));
}

TEST_F(Rules, AGridReachingOutOfItsCommunityIsReported) {
    make({{"320623001001001", rect(0, 0, 100, 200)}, {"320623001001002", rect(100, 0, 205, 200)}}, blocks());
    const auto v = of("outside_community");
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].grids, std::vector<std::string>{"320623001001002"});
    EXPECT_NEAR(v[0].area, 1000, 1e-6);
}

TEST_F(Rules, ABuildingCutByABoundaryIsReported) {
    auto b = blocks();
    b.push_back({rect(90, 100, 110, 120), 0, ""});
    make({{"320623001001001", rect(0, 0, 100, 200)}, {"320623001001002", rect(100, 0, 200, 200)}}, b);
    const auto v = of("cut_building");
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].grids.size(), 2u);
    EXPECT_GT(v[0].building, 0);
}

TEST_F(Rules, ABuildingAlongABoundaryIsNotCut) {
    auto b = blocks();
    b.push_back({rect(80, 100, 100, 120), 0, ""});
    make({{"320623001001001", rect(0, 0, 100, 200)}, {"320623001001002", rect(100, 0, 200, 200)}}, b);
    EXPECT_TRUE(of("cut_building").empty());
}

TEST_F(Rules, ACompoundSplitBetweenGridsIsAWarning) {
    auto b = blocks();
    b[1].compound = "东园";
    make({{"320623001001001", rect(0, 0, 100, 200)}, {"320623001001002", rect(100, 0, 200, 200)}}, b);
    const auto v = of("cut_compound");
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].severity, Severity::Warning);
    auto report = validate(*ws);
    EXPECT_TRUE(report->ok());
}

TEST_F(Rules, AGridInTwoPiecesIsReported) {
    geo::Geometry two = rect(0, 0, 100, 90);
    const geo::Geometry upper = rect(0, 110, 100, 200);
    two.type = geo::GeomType::MultiPolygon;
    two.beginPart();
    two.addRing(upper.ring(0));
    make({{"320623001001001", two},
          {"320623001001002", rect(100, 0, 200, 200)},
          {"320623001001003", rect(0, 90, 100, 110)}},
         {{rect(20, 20, 60, 60), 350, ""},
          {rect(20, 150, 60, 180), 50, ""},
          {rect(140, 20, 180, 60), 400, ""},
          {rect(20, 95, 60, 105), 300, ""}});
    const auto v = of("multipart");
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].grids, std::vector<std::string>{"320623001001001"});
}

TEST_F(Rules, AMalformedCodeIsReported) {
    make({{"32062300100100A", rect(0, 0, 100, 200)}, {"320623001001002", rect(100, 0, 200, 200)}}, blocks());
    const auto v = of("code");
    ASSERT_EQ(v.size(), 1u);
    EXPECT_EQ(v[0].grids, std::vector<std::string>{"32062300100100A"});
}

TEST_F(Rules, ACodeOfAnotherCommunityIsReported) {
    make({{"320623001009001", rect(0, 0, 100, 200)}, {"320623001001002", rect(100, 0, 200, 200)}}, blocks());
    const auto v = of("code");
    ASSERT_EQ(v.size(), 1u);
    EXPECT_NE(v[0].detail.find("320623001009"), std::string::npos) << v[0].detail;
}

using SampleRules = SampleTest;

TEST_F(SampleRules, TheSampleBreaksOnlyTheDesignedRules) {
    auto report = validate(*ws);
    ASSERT_TRUE(report) << report.error().message;
    std::vector<std::string> found;
    for (const Violation& v : report->violations)
        found.push_back(v.rule + ":" + (v.grids.empty() ? "" : v.grids.front()));
    EXPECT_EQ(found, (std::vector<std::string>{"range:320623001001001", "range:320623001001002",
                                               "range:320623001001006", "cut_compound:320623001001004"}));
    EXPECT_FALSE(report->ok());
}
