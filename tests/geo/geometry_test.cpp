// The flat geometry's measures: closest points on segments and the middle of a set of lines.
#include "geo/geometry.h"

#include <gtest/gtest.h>

#include <vector>

namespace ga::geo {
namespace {

TEST(ClosestOnSegment, ProjectsOntoTheSegmentAndStopsAtItsEnds) {
    EXPECT_EQ(closestOnSegment({5, 3}, {0, 0}, {10, 0}), (Point{5, 0}));
    EXPECT_EQ(closestOnSegment({-4, 3}, {0, 0}, {10, 0}), (Point{0, 0}));
    EXPECT_EQ(closestOnSegment({14, -1}, {0, 0}, {10, 0}), (Point{10, 0}));
    EXPECT_EQ(closestOnSegment({3, 3}, {2, 2}, {2, 2}), (Point{2, 2}));  // a segment of no length
}

TEST(MiddleOfLines, IsTheMiddleOfAStraightRoadInPieces) {
    const std::vector<Point> a{{0, 0}, {30, 0}}, b{{30, 0}, {100, 0}};
    const std::vector<Geometry> road{Geometry::lineString(a), Geometry::lineString(b)};
    const auto m = middleOfLines(road);
    ASSERT_TRUE(m);
    EXPECT_NEAR(m->x, 50, 1e-9);
    EXPECT_NEAR(m->y, 0, 1e-9);
}

TEST(MiddleOfLines, LiesOnABentRoad) {
    // An L of two 100 m legs: the length-weighted centre (25, 25) is off the road; the answer is
    // the road's nearest point to it, on one of the legs.
    const std::vector<Point> l{{0, 100}, {0, 0}, {100, 0}};
    const std::vector<Geometry> road{Geometry::lineString(l)};
    const auto m = middleOfLines(road);
    ASSERT_TRUE(m);
    EXPECT_TRUE((m->x == 0 && m->y == 25) || (m->x == 25 && m->y == 0)) << m->x << " " << m->y;
}

TEST(MiddleOfLines, HasNoAnswerForLinesWithoutLength) {
    const Point p{3, 4};
    EXPECT_FALSE(middleOfLines(std::vector<Geometry>{}));
    EXPECT_FALSE(middleOfLines(std::vector<Geometry>{Geometry::point(p)}));
}

}  // namespace
}  // namespace ga::geo
