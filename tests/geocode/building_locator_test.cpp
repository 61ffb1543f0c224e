#include "geocode/building_locator.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace ga;
using namespace ga::geocode;

namespace {

geo::Geometry square(double x, double y, double s) {
    const std::vector<std::vector<geo::Point>> r{{{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}}};
    return geo::Geometry::polygon(r);
}

TEST(BuildingLocator, TestsPointsAgainstRingsWithHolesAndBoundary) {
    const std::vector<std::vector<geo::Point>> rings{{{0, 0}, {10, 0}, {10, 10}, {0, 10}},
                                                     {{4, 4}, {6, 4}, {6, 6}, {4, 6}}};
    const geo::Geometry courtyard = geo::Geometry::polygon(rings);
    EXPECT_TRUE(containsPoint(courtyard, {1, 1}));
    EXPECT_FALSE(containsPoint(courtyard, {5, 5}));  // in the courtyard
    EXPECT_TRUE(containsPoint(courtyard, {10, 5}));  // on the outer wall
    EXPECT_TRUE(containsPoint(courtyard, {4, 5}));   // on the courtyard wall
    EXPECT_FALSE(containsPoint(courtyard, {11, 5}));
    EXPECT_FALSE(containsPoint(geo::Geometry::point({1, 1}), {1, 1}));
}

TEST(BuildingLocator, FindsTheFootprintHoldingEachPoint) {
    std::vector<geo::Geometry> footprints;
    for (int i = 0; i < 200; ++i) footprints.push_back(square(i * 20.0, (i % 7) * 30.0, 10));
    const BuildingLocator locator(footprints);
    std::vector<geo::Point> points;
    for (int i = 0; i < 200; ++i) points.push_back({i * 20.0 + 5, (i % 7) * 30.0 + 5});
    points.push_back({15, 15});           // between footprints
    points.push_back({std::nan(""), 1});  // not a point
    const std::vector<int> found = locator.locateAll(points, 2);
    for (int i = 0; i < 200; ++i) EXPECT_EQ(found[static_cast<size_t>(i)], i);
    EXPECT_EQ(found[200], -1);
    EXPECT_EQ(found[201], -1);
    EXPECT_EQ(locator.locate({25, 35}), 1);
    EXPECT_EQ(locator.locate({25, 5}), -1);
}

}  // namespace
