// Suggested splits: the sample's over-range grid 006 splits along its inner road, 336 + 354.
#include "edit/suggest_split.h"

#include <gtest/gtest.h>

#include <cmath>

#include "edit/planar.h"
#include "edit/shared_vertices.h"
#include "edit/split.h"
#include "edit_test_support.h"

using namespace ga;
using namespace ga::edit;
using namespace ga::edit::test;

using SuggestSplit = SampleTest;

TEST_F(SuggestSplit, Grid006SplitsAlongItsInnerRoad) {
    auto s = suggestSplit(*ws, kGrid006);
    ASSERT_TRUE(s) << s.error().message;
    EXPECT_EQ(s->households[0], 354);
    EXPECT_EQ(s->households[1], 336);
    EXPECT_DOUBLE_EQ(s->roadShare, 1.0);
    // The line runs along the road's centre line (pushed out past the grid at both ends).
    const geo::Geometry road = innerRoadLine(*ws);
    const auto r = road.ring(0);
    const double dx = r[1].x - r[0].x, dy = r[1].y - r[0].y, len = std::hypot(dx, dy);
    for (const geo::Point& p : s->line.ring(0))
        EXPECT_LT(std::abs((p.x - r[0].x) * dy - (p.y - r[0].y) * dx) / len, 0.01) << p.x << " " << p.y;
    EXPECT_LT(geo::length(s->line), geo::length(road));
    EXPECT_GT(s->compactness[0], 0.4);
    EXPECT_GT(s->compactness[1], 0.4);
}

TEST_F(SuggestSplit, TheSuggestedLineSplitsAsSuggested) {
    auto s = suggestSplit(*ws, kGrid006);
    ASSERT_TRUE(s);
    auto plan = planSplit(*project, *ws, kGrid006, s->line);
    ASSERT_TRUE(plan) << plan.error().message;
    commit(plan);
    EXPECT_EQ(ws->householdsOfGrid(kGrid006), 354);
    EXPECT_EQ(ws->householdsOfGrid("320623001001013"), 336);
    EXPECT_EQ(coverage(*ws).cutBuildings, 0u);
}

TEST_F(SuggestSplit, TheSameSeedGivesTheSameLine) {
    auto a = suggestSplit(*ws, kGrid006, {100, 5});
    auto b = suggestSplit(*ws, kGrid006, {100, 5});
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->line, b->line);
}

TEST_F(SuggestSplit, RefusesAGridTooSmallToSplit) {
    auto s = suggestSplit(*ws, kGrid001);
    ASSERT_FALSE(s);
    EXPECT_NE(s.error().message.find("150"), std::string::npos) << s.error().message;
}
