#include "geo/wkt.h"

#include <gtest/gtest.h>

using namespace ga::geo;

TEST(Wkt, ReadsALineString) {
    auto g = fromWkt("LINESTRING (611974.1 3576652.7, 611938.5 3577013)");
    ASSERT_TRUE(g) << g.error().message;
    EXPECT_EQ(g->type, GeomType::LineString);
    ASSERT_EQ(g->points.size(), 2u);
    EXPECT_DOUBLE_EQ(g->points[1].y, 3577013);
}

TEST(Wkt, ReadsPolygonsWithHolesAndMultiForms) {
    auto p = fromWkt("polygon ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 2))");
    ASSERT_TRUE(p) << p.error().message;
    EXPECT_EQ(p->ringCount(), 2u);
    auto m = fromWkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))");
    ASSERT_TRUE(m) << m.error().message;
    EXPECT_EQ(m->partCount(), 2u);
    auto mp = fromWkt("MULTIPOINT (1 2, 3 4)");
    ASSERT_TRUE(mp) << mp.error().message;
    EXPECT_EQ(mp->partCount(), 2u);
    auto z = fromWkt("LINESTRING Z (1 2 3, 4 5 6)");
    ASSERT_TRUE(z) << z.error().message;
    EXPECT_DOUBLE_EQ(z->points[1].x, 4);
}

TEST(Wkt, SaysWhereTheTextGoesWrong) {
    auto g = fromWkt("LINESTRING (1 2, 3)");
    ASSERT_FALSE(g);
    EXPECT_NE(g.error().message.find("character"), std::string::npos) << g.error().message;
    EXPECT_FALSE(fromWkt("CIRCLE (1 2)"));
    EXPECT_FALSE(fromWkt("LINESTRING (1 2, 3 4) trailing"));
    EXPECT_FALSE(fromWkt("POLYGON ((0 0, 1 0, 1 1, 0 1))"));  // not closed
}

TEST(Wkt, WritesWhatItReads) {
    const char* text = "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 0)), ((20 20, 30 20, 30 30.5, 20 20)))";
    auto g = fromWkt(text);
    ASSERT_TRUE(g);
    EXPECT_EQ(toWkt(*g, 3), text);
    EXPECT_EQ(toWkt(Geometry::point({1.23456, -0.0}), 2), "POINT (1.23 0)");
}
