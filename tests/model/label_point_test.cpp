#include "model/label_point.h"

#include <gtest/gtest.h>

using namespace ga;

TEST(LabelPoint, PoleOfAnLShapeLiesInsideWhereItsCentroidDoesNot) {
    // An L: a 100 x 20 bar along the bottom and a 20 x 100 bar up the left side.
    const std::vector<std::vector<geo::Point>> rings{{{0, 0}, {100, 0}, {100, 20}, {20, 20}, {20, 100}, {0, 100}}};
    model::FeatureGeometry g;
    g.add(geo::Geometry::polygon(rings));
    g.buildIndex();
    const geo::Point pole = model::poleOfInaccessibility(g, 0, 0.5);
    EXPECT_TRUE(g.contains(0, pole));
    EXPECT_NEAR(g.distance(0, {50, 50}), 30, 1e-6);  // the box centre is outside
    // The widest part is the corner square: the pole is about 10 m from the boundary.
    const geo::Point label = model::labelPoint(g, 0);
    EXPECT_TRUE(g.contains(0, label));
}

TEST(LabelPoint, ConvexShapesUseTheirCentroid) {
    const std::vector<std::vector<geo::Point>> rings{{{0, 0}, {40, 0}, {40, 20}, {0, 20}}};
    model::FeatureGeometry g;
    g.add(geo::Geometry::polygon(rings));
    g.buildIndex();
    const geo::Point c = model::labelPoint(g, 0);
    EXPECT_NEAR(c.x, 20, 1e-3);
    EXPECT_NEAR(c.y, 10, 1e-3);
    const geo::Point pole = model::poleOfInaccessibility(g, 0, 0.1);
    EXPECT_NEAR(pole.y, 10, 0.2);
}
