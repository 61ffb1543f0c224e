#include "model/feature_geometry.h"

#include <gtest/gtest.h>

using namespace ga;
using model::FeatureGeometry;

namespace {

geo::Geometry squareWithHole() {
    const std::vector<std::vector<geo::Point>> rings{{{0, 0}, {10, 0}, {10, 10}, {0, 10}},
                                                     {{4, 4}, {6, 4}, {6, 6}, {4, 6}}};
    return geo::Geometry::polygon(rings);
}

}  // namespace

TEST(FeatureGeometry, ContainsRespectsHolesAndParts) {
    FeatureGeometry g({1000, 2000});
    geo::Geometry two = geo::Geometry::polygon(
        std::vector<std::vector<geo::Point>>{{{1000, 2000}, {1010, 2000}, {1010, 2010}, {1000, 2010}}});
    two.type = geo::GeomType::MultiPolygon;
    two.beginPart();
    two.addClosedRing(std::vector<geo::Point>{{1020, 2000}, {1030, 2000}, {1030, 2010}, {1020, 2010}});
    geo::Geometry holed = squareWithHole();
    for (auto& p : holed.points) p = {p.x + 1000, p.y + 2000};
    g.add(holed);
    g.add(two);
    g.buildIndex();
    EXPECT_TRUE(g.contains(0, {1001, 2001}));
    EXPECT_FALSE(g.contains(0, {1005, 2005}));  // in the hole
    EXPECT_TRUE(g.contains(1, {1025, 2005}));   // second part
    EXPECT_FALSE(g.contains(1, {1015, 2005}));  // between the parts
    EXPECT_EQ(g.rings(1).second - g.rings(1).first, 2u);
}

TEST(FeatureGeometry, StoresOffsetsFromTheOriginPreciselyFarFromZero) {
    FeatureGeometry g({39500000, 3500000});
    const std::vector<geo::Point> pts{{39512345.678, 3487654.321}, {39512346.679, 3487655.322}};
    g.add(geo::Geometry::lineString(pts));
    const geo::Point back = g.toProject(g.ring(0)[1]);
    EXPECT_NEAR(back.x, 39512346.679, 0.002);
    EXPECT_NEAR(back.y, 3487655.322, 0.002);
}

TEST(FeatureGeometry, DistanceIsZeroInsideAndToTheNearestEdgeOutside) {
    FeatureGeometry g;
    g.add(squareWithHole());
    g.add(geo::Geometry::lineString(std::vector<geo::Point>{{20, 0}, {20, 10}}));
    g.add(geo::Geometry::point({30, 30}));
    g.buildIndex();
    EXPECT_DOUBLE_EQ(g.distance(0, {1, 1}), 0);
    EXPECT_NEAR(g.distance(0, {5, 5}), 1, 1e-6);  // centre of the hole: 1 m from its edge
    EXPECT_NEAR(g.distance(1, {23, 5}), 3, 1e-6);
    EXPECT_NEAR(g.distance(2, {33, 34}), 5, 1e-6);
    EXPECT_EQ(g.kind(1), model::ShapeKind::Line);
    EXPECT_FALSE(g.contains(1, {20, 5}));
}

TEST(FeatureGeometry, EmptyGeometryKeepsItsSlotAndIsNeverFound) {
    FeatureGeometry g;
    g.add(geo::Geometry{});
    g.add(squareWithHole());
    g.buildIndex();
    ASSERT_EQ(g.size(), 2u);
    EXPECT_TRUE(g.bounds(0).isEmpty());
    const auto hits = g.candidatesAt({1, 1}, 0);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0], 1u);
}

TEST(FeatureGeometry, SortingSpatiallyKeepsEachFeatureWhole) {
    FeatureGeometry g;
    // Far apart first, near together later: the sort brings neighbours together.
    g.add(squareWithHole());
    g.add(geo::Geometry::point({1000, 1000}));
    g.add(geo::Geometry::lineString(std::vector<geo::Point>{{2, 2}, {3, 3}}));
    const auto order = g.sortSpatially();
    g.buildIndex();
    ASSERT_EQ(order.size(), 3u);
    for (uint32_t i = 0; i < 3; ++i) {
        if (order[i] == 0) {
            EXPECT_EQ(g.kind(i), model::ShapeKind::Polygon);
            EXPECT_EQ(g.rings(i).second - g.rings(i).first, 2u);
            EXPECT_FALSE(g.contains(i, {5, 5}));
            EXPECT_TRUE(g.contains(i, {1, 1}));
        }
        if (order[i] == 1) {
            EXPECT_EQ(g.bounds(i).minx, 1000);
        }
        if (order[i] == 2) {
            EXPECT_EQ(g.kind(i), model::ShapeKind::Line);
        }
    }
    EXPECT_EQ(g.vertexCount(), 10u + 1u + 2u);  // two closed rings of five, a point, a line
}
