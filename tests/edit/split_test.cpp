// Splitting grids: counts, codes, bending around cut buildings, neighbours kept in step, refusals.
#include "edit/split.h"

#include <gtest/gtest.h>

#include "edit/planar.h"
#include "edit/validation.h"
#include "edit_test_support.h"
#include "geo/geos.h"
#include "store/edit_history.h"

using namespace ga;
using namespace ga::edit;
using namespace ga::edit::test;

using Split = SampleTest;

TEST_F(Split, AlongTheInnerRoadGivesTheDesignedCounts) {
    auto preview = previewSplit(*ws, kGrid006, innerRoadLine(*ws));
    ASSERT_TRUE(preview) << preview.error().message;
    ASSERT_EQ(preview->pieces.size(), 2u);
    std::vector<long long> counts = preview->households;
    std::sort(counts.begin(), counts.end());
    EXPECT_EQ(counts, (std::vector<long long>{336, 354}));
    EXPECT_TRUE(preview->cutBuildings.empty());
}

TEST_F(Split, KeepsHouseholdTotalAndArea) {
    const double area = stableArea(grid(kGrid006).geometry);
    auto plan = planSplit(*project, *ws, kGrid006, innerRoadLine(*ws));
    ASSERT_TRUE(plan) << plan.error().message;
    long long households = 0;
    double parts = 0;
    for (const PlannedGrid& g : plan->grids) {
        households += g.households;
        parts += stableArea(g.geometry);
    }
    EXPECT_EQ(households, 690);
    EXPECT_NEAR(parts, area, 1e-6 * area);
    commit(plan);
    EXPECT_EQ(ws->householdsOfGrid(kGrid006) + ws->householdsOfGrid("320623001001013"), 690);
}

TEST_F(Split, LargerPartKeepsTheCodeAndTheNewOneGetsTheNextFreeCode) {
    auto plan = planSplit(*project, *ws, kGrid006, innerRoadLine(*ws));
    ASSERT_TRUE(plan) << plan.error().message;
    commit(plan);
    EXPECT_EQ(ws->householdsOfGrid(kGrid006), 354);
    EXPECT_EQ(ws->householdsOfGrid("320623001001013"), 336);
    EXPECT_EQ(grid("320623001001013").name, "友好社区第十三网格");
}

TEST_F(Split, RetiredCodesAreNeverIssuedAgain) {
    const int64_t first = commit(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    ASSERT_GT(first, 0);
    ASSERT_TRUE(undoInWorkspace(*project, *ws, first, "tester"));
    EXPECT_FALSE(ws->gridByCode("320623001001013"));
    commit(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    EXPECT_TRUE(ws->gridByCode("320623001001014"));
    EXPECT_FALSE(ws->gridByCode("320623001001013"));
    auto retired = project->db().scalarText("SELECT retired_at FROM grid_codes WHERE code = '320623001001013'");
    ASSERT_TRUE(retired);
    EXPECT_TRUE(retired->has_value());
}

TEST_F(Split, BendsTheBoundaryAroundACutBuilding) {
    // A line straight through building 13 of 华荣上海城 (west of the road): it must go wholly to
    // one side.
    const auto b = std::find_if(ws->buildings().begin(), ws->buildings().end(), [](const store::EditBuilding& x) {
        return x.compound == "华荣上海城" && x.number == "13";
    });
    ASSERT_NE(b, ws->buildings().end());
    const geo::Point c = centroid(b->geometry);
    const geo::Box box = grid(kGrid006).geometry.bounds();
    const geo::Geometry cut = line({{c.x + 3, box.miny - 5}, {c.x - 3, box.maxy + 5}});
    auto preview = previewSplit(*ws, kGrid006, cut);
    ASSERT_TRUE(preview) << preview.error().message;
    EXPECT_FALSE(preview->cutBuildings.empty());
    commit(planSplit(*project, *ws, kGrid006, cut));
    const CoverageFigures f = coverage(*ws);
    EXPECT_EQ(f.cutBuildings, 0u);
    EXPECT_EQ(f.gaps, 0u);
    EXPECT_EQ(f.overlaps, 0u);
}

TEST_F(Split, NeighboursGetTheNewBoundaryVertices) {
    commit(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    // Coverage union only works when every shared edge has the same vertices on both sides.
    std::vector<geo::Geometry> all;
    for (const auto& g : ws->grids()) all.push_back(g.geometry);
    auto u = geo::unionAll(all);
    ASSERT_TRUE(u) << u.error().message;
    EXPECT_EQ(u->partCount(), 1u);
    EXPECT_EQ(u->ringCount(), 1u) << "an inner ring means grids no longer meet exactly";
}

TEST_F(Split, MovesIssuesToThePartHoldingThem) {
    commit(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    auto misplaced = project->db().scalarInt(
        "SELECT count(*) FROM issues i JOIN grids g ON g.code = i.grid "
        "WHERE i.geom IS NOT NULL AND NOT ST_Covers(g.geom, i.geom)");
    ASSERT_TRUE(misplaced) << misplaced.error().message;
    EXPECT_EQ(misplaced->value_or(-1), 0);
    auto inNew = project->db().scalarInt("SELECT count(*) FROM issues WHERE grid = '320623001001013'");
    EXPECT_GT(inNew->value_or(0), 0);
}

TEST_F(Split, RefusesALineThatDoesNotCrossTheGrid) {
    const geo::Box box = grid(kGrid006).geometry.bounds();
    const geo::Point c = box.center();
    auto plan = planSplit(*project, *ws, kGrid006, line({{c.x - 20, c.y}, {c.x + 20, c.y}}));
    ASSERT_FALSE(plan);
    EXPECT_NE(plan.error().message.find("没有把网格"), std::string::npos) << plan.error().message;
}

TEST_F(Split, RefusesALineCrossingItself) {
    const geo::Box b = grid(kGrid006).geometry.bounds();
    auto plan = planSplit(*project, *ws, kGrid006,
                          line({{b.minx - 5, b.miny + 50},
                                {b.maxx + 5, b.maxy - 50},
                                {b.maxx + 5, b.miny + 50},
                                {b.minx - 5, b.maxy - 50}}));
    ASSERT_FALSE(plan);
    EXPECT_NE(plan.error().message.find("自相交"), std::string::npos) << plan.error().message;
}

TEST_F(Split, RefusesAPartTooSmallToBeAGrid) {
    // Nicks the grid's south-west corner by a few centimetres.
    const geo::Geometry& g = grid(kGrid006).geometry;
    geo::Point corner = g.points[0];
    for (const geo::Point& p : g.points)
        if (p.x + p.y < corner.x + corner.y) corner = p;
    auto plan =
        planSplit(*project, *ws, kGrid006, line({{corner.x - 1, corner.y + 0.05}, {corner.x + 0.05, corner.y - 1}}));
    ASSERT_FALSE(plan);
}

TEST_F(Split, UnknownGridIsRefused) {
    auto plan = planSplit(*project, *ws, "320623001001099", innerRoadLine(*ws));
    ASSERT_FALSE(plan);
    EXPECT_NE(plan.error().message.find("320623001001099"), std::string::npos);
}

TEST_F(Split, RefusePolicyRefusesAnOutOfRangePart) {
    ws->setRule({300, 500}, OutOfRangePolicy::Refuse);
    const geo::Box b = grid(kGrid006).geometry.bounds();
    // A cut close to the west edge leaves a part far under 300 households.
    auto plan = planSplit(*project, *ws, kGrid006, line({{b.minx + 30, b.miny - 5}, {b.minx + 30, b.maxy + 5}}));
    ASSERT_FALSE(plan);
    EXPECT_NE(plan.error().message.find("拒绝"), std::string::npos) << plan.error().message;
    EXPECT_TRUE(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
}

TEST_F(Split, WarnPolicyCommitsWithAWarning) {
    const geo::Box b = grid(kGrid006).geometry.bounds();
    auto plan = planSplit(*project, *ws, kGrid006, line({{b.minx + 30, b.miny - 5}, {b.minx + 30, b.maxy + 5}}));
    ASSERT_TRUE(plan) << plan.error().message;
    EXPECT_FALSE(plan->warnings.empty());
}

TEST_F(Split, AStaleSplitChangesNothing) {
    auto plan = planSplit(*project, *ws, kGrid006, innerRoadLine(*ws));
    ASSERT_TRUE(plan);
    // Another session changes grid 006 meanwhile.
    ASSERT_TRUE(project->db().exec("UPDATE grids SET name = '改名' WHERE code = '320623001001006'"));
    const Snapshot before = snapshot(*project);
    auto id = commitPlan(*project, *ws, *plan, "tester");
    ASSERT_FALSE(id);
    EXPECT_EQ(snapshot(*project), before);
}
