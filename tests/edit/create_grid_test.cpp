// A new grid over ground no grid covers.
#include "edit/create_grid.h"

#include <gtest/gtest.h>

#include "edit/planar.h"
#include "edit_test_support.h"
#include "geo/geos.h"

using namespace ga;
using namespace ga::edit;
using namespace ga::edit::test;

using CreateGrid = SampleTest;

TEST_F(CreateGrid, FillsExactlyTheUncoveredArea) {
    // Grid 012 is taken away (as if never drawn): its ground is uncovered, its buildings loose.
    const geo::Geometry gone = grid("320623001001012").geometry;
    const long long households = ws->householdsOfGrid("320623001001012");
    ASSERT_TRUE(
        project->db().exec("UPDATE buildings SET grid = NULL WHERE grid = '320623001001012'; "
                           "UPDATE issues SET grid = NULL WHERE grid = '320623001001012'; "
                           "DELETE FROM grids WHERE code = '320623001001012'"));
    reload();
    EXPECT_EQ(coverage(*ws).gaps, 1u);
    // Drawn generously: everything it covers beyond the gap is cut back.
    geo::Box b = gone.bounds();
    const geo::Geometry drawn = polygon({{b.minx - 50, b.miny - 50},
                                         {b.maxx + 50, b.miny - 50},
                                         {b.maxx + 50, b.maxy + 50},
                                         {b.minx - 50, b.maxy + 50}});
    auto plan = planCreateGrid(*project, *ws, drawn);
    ASSERT_TRUE(plan) << plan.error().message;
    commit(plan);
    const auto created =
        std::find_if(plan->grids.begin(), plan->grids.end(), [](const PlannedGrid& g) { return g.created; });
    ASSERT_NE(created, plan->grids.end());
    // Codes are never reused: 012 was issued once, so the new grid is 013.
    EXPECT_EQ(created->code, "320623001001013");
    EXPECT_NEAR(stableArea(grid(created->code).geometry), stableArea(gone), 1e-3);
    EXPECT_EQ(ws->householdsOfGrid(created->code), households);
    const CoverageFigures f = coverage(*ws);
    EXPECT_EQ(f.gaps, 0u);
    EXPECT_EQ(f.overlaps, 0u);
    auto linked = project->db().scalarInt("SELECT count(*) FROM issues WHERE grid = '320623001001013'");
    EXPECT_GT(linked->value_or(0), 0);
}

TEST_F(CreateGrid, PreviewCountsWhatThePlanLinks) {
    const geo::Geometry gone = grid("320623001001012").geometry;
    const long long households = ws->householdsOfGrid("320623001001012");
    ASSERT_TRUE(
        project->db().exec("UPDATE buildings SET grid = NULL WHERE grid = '320623001001012'; "
                           "DELETE FROM grids WHERE code = '320623001001012'"));
    reload();
    // Half the gap, drawn west of its middle: only the buildings mostly inside it are counted.
    const geo::Box b = gone.bounds();
    const double mid = (b.minx + b.maxx) / 2;
    const geo::Geometry drawn =
        polygon({{b.minx - 50, b.miny - 50}, {mid, b.miny - 50}, {mid, b.maxy + 50}, {b.minx - 50, b.maxy + 50}});
    auto preview = previewCreateGrid(*ws, drawn);
    ASSERT_TRUE(preview) << preview.error().message;
    EXPECT_GT(preview->households, 0);
    EXPECT_LT(preview->households, households);
    EXPECT_EQ(preview->status, ws->range().classify(preview->households));
    auto plan = planCreateGrid(*project, *ws, drawn);
    ASSERT_TRUE(plan) << plan.error().message;
    commit(plan);
    EXPECT_EQ(ws->householdsOfGrid("320623001001013"), preview->households);
    EXPECT_NEAR(stableArea(grid("320623001001013").geometry), stableArea(preview->area), 1e-3);
}

TEST_F(CreateGrid, RefusesWhereEverythingIsCovered) {
    const geo::Box b = grid(kGrid006).geometry.bounds();
    auto plan = planCreateGrid(*project, *ws,
                               polygon({{b.minx + 10, b.miny + 10},
                                        {b.maxx - 10, b.miny + 10},
                                        {b.maxx - 10, b.maxy - 10},
                                        {b.minx + 10, b.maxy - 10}}));
    ASSERT_FALSE(plan);
    EXPECT_NE(plan.error().message.find("没有未被网格覆盖"), std::string::npos) << plan.error().message;
}

TEST_F(CreateGrid, RefusesAnInvalidPolygon) {
    const geo::Box b = grid(kGrid006).geometry.bounds();
    // A bow-tie.
    auto plan = planCreateGrid(*project, *ws,
                               polygon({{b.minx, b.miny}, {b.maxx, b.maxy}, {b.maxx, b.miny}, {b.minx, b.maxy}}));
    ASSERT_FALSE(plan);
}
