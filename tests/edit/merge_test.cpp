// Merging and retiring grids: round trips, codes, staff, refusals.
#include "edit/merge.h"

#include <gtest/gtest.h>

#include "edit/planar.h"
#include "edit/split.h"
#include "edit/suggest_merge.h"
#include "edit_test_support.h"
#include "geo/geos.h"

using namespace ga;
using namespace ga::edit;
using namespace ga::edit::test;

using Merge = SampleTest;

TEST_F(Merge, SplitThenMergeGivesBackTheOriginalGrid) {
    const geo::Geometry original = grid(kGrid006).geometry;
    const Snapshot before = snapshot(*project);
    commit(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    ASSERT_TRUE(ws->gridByCode("320623001001013"));
    commit(planMerge(*project, *ws, {{kGrid006, "320623001001013"}, kGrid006, "", ""}));
    EXPECT_TRUE(geo::equalsTopologically(grid(kGrid006).geometry, original));
    EXPECT_EQ(ws->householdsOfGrid(kGrid006), 690);
    // Neighbours lose the vertices the split gave them: the grids table is back vertex for vertex
    // but for grid 006 itself (a new version with today's start date and its ring's own start).
    const Snapshot after = snapshot(*project);
    EXPECT_EQ(after.at("buildings"), before.at("buildings"));
    EXPECT_EQ(after.at("issues"), before.at("issues"));
    ASSERT_EQ(after.at("grids").size(), before.at("grids").size());
    for (size_t i = 0; i < before.at("grids").size(); ++i) {
        if (before.at("grids")[i].find(kGrid006) != std::string::npos) continue;
        EXPECT_EQ(after.at("grids")[i], before.at("grids")[i]);
    }
}

TEST_F(Merge, TwoGridsUnderTheRangeMakeOneInRange) {
    commit(planMerge(*project, *ws, {{kGrid001, kGrid002}, "", "", ""}));
    // 002 holds more households, so it keeps its code.
    EXPECT_FALSE(ws->gridByCode(kGrid001));
    EXPECT_EQ(ws->householdsOfGrid(kGrid002), 350);
    auto retired = project->db().scalarText("SELECT retired_at FROM grid_codes WHERE code = '320623001001001'");
    ASSERT_TRUE(retired);
    EXPECT_TRUE(retired->has_value());
    auto kept = project->db().scalarInt("SELECT count(*) FROM grid_history WHERE code = '320623001001001'");
    EXPECT_EQ(kept->value_or(0), 1);
}

TEST_F(Merge, OperatorChoosesCodeNameAndStaff) {
    auto staff001 = project->db().scalarInt("SELECT count(*) FROM staff WHERE grid = '320623001001001'");
    ASSERT_GT(staff001->value_or(0), 0);
    commit(planMerge(*project, *ws, {{kGrid001, kGrid002}, kGrid001, kGrid002, kGrid001}));
    EXPECT_TRUE(ws->gridByCode(kGrid001));
    EXPECT_EQ(grid(kGrid001).name, "友好社区第二网格");
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM staff WHERE grid = '320623001001001'")->value_or(0),
              staff001->value_or(0));
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM staff WHERE grid = '320623001001002'")->value_or(-1), 0);
}

TEST_F(Merge, RefusesGridsThatDoNotTouch) {
    auto plan = planMerge(*project, *ws, {{kGrid001, "320623001001012"}, "", "", ""});
    ASSERT_FALSE(plan);
    EXPECT_NE(plan.error().message.find("不相邻"), std::string::npos) << plan.error().message;
}

TEST_F(Merge, RefusesGridsOfDifferentCommunities) {
    // Grid 012 claims another community: its code no longer starts with 友好社区's.
    ASSERT_TRUE(project->db().exec(
        "UPDATE grids SET code = '320623001002001', community = '别的社区' WHERE code = '320623001001011'"));
    reload();
    auto plan = planMerge(*project, *ws, {{"320623001002001", "320623001001012"}, "", "", ""});
    ASSERT_FALSE(plan);
    EXPECT_NE(plan.error().message.find("同一社区"), std::string::npos) << plan.error().message;
}

TEST_F(Merge, RefusesAnUnknownSurvivor) {
    auto plan = planMerge(*project, *ws, {{kGrid001, kGrid002}, "320623001001005", "", ""});
    ASSERT_FALSE(plan);
}

TEST_F(Merge, RefusePolicyRefusesAnOutOfRangeResult) {
    ws->setRule({300, 500}, OutOfRangePolicy::Refuse);
    auto plan = planMerge(*project, *ws, {{"320623001001003", "320623001001004"}, "", "", ""});
    ASSERT_FALSE(plan);
    EXPECT_TRUE(planMerge(*project, *ws, {{kGrid001, kGrid002}, "", "", ""}));
}

TEST_F(Merge, RetireGivesTheAreaToTheNeighbourSharingMostBoundary) {
    const auto near = neighboursOf(*ws, *ws->gridByCode(kGrid001));
    ASSERT_FALSE(near.empty());
    const std::string neighbour = ws->grids()[near.front().first].code;
    const long long before = ws->householdsOfGrid(neighbour);
    commit(planRetire(*project, *ws, kGrid001));
    EXPECT_FALSE(ws->gridByCode(kGrid001));
    EXPECT_EQ(ws->householdsOfGrid(neighbour), before + 150);
    const CoverageFigures f = coverage(*ws);
    EXPECT_EQ(f.gaps, 0u);
}

TEST_F(Merge, SuggestsTheNeighbourThatBringsAGridIntoRange) {
    const auto candidates = suggestMerge(*ws, kGrid001);
    ASSERT_FALSE(candidates.empty());
    EXPECT_EQ(candidates.front().code, kGrid002);
    EXPECT_EQ(candidates.front().merged, 350);
    EXPECT_EQ(candidates.front().status, RangeStatus::In);
}
