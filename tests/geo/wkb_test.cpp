#include "geo/wkb.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace ga::geo;

namespace {
Geometry square(double x0, double y0, double s) {
    std::vector<std::vector<Point>> rings{{{x0, y0}, {x0 + s, y0}, {x0 + s, y0 + s}, {x0, y0 + s}}};
    return Geometry::polygon(rings);
}
}  // namespace

TEST(Wkb, RoundTripsPolygonWithHole) {
    std::vector<std::vector<Point>> rings{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{2, 2}, {4, 2}, {4, 4}, {2, 4}}};
    Geometry g = Geometry::polygon(rings);
    auto back = fromWkb(toWkb(g));
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, g);
    EXPECT_DOUBLE_EQ(area(g), 96.0);
}

TEST(Wkb, RoundTripsMultiPolygonThroughSpatialiteBlob) {
    Geometry g = square(0, 0, 1);
    Geometry other = square(5, 5, 2);
    g.type = GeomType::MultiPolygon;
    g.beginPart();
    g.addRing(other.ring(0));
    int srid = 0;
    auto back = fromSpatialiteBlob(toSpatialiteBlob(g, 4549), &srid);
    ASSERT_TRUE(back);
    EXPECT_EQ(srid, 4549);
    EXPECT_EQ(*back, g);
    EXPECT_EQ(back->partCount(), 2u);
}

TEST(Wkb, ReadsBigEndianPoint) {
    const std::vector<uint8_t> be = {0x00, 0, 0, 0, 1, 0x40, 0x24, 0, 0, 0, 0, 0, 0, 0x40, 0x34, 0, 0, 0, 0, 0, 0};
    auto g = fromWkb(be);
    ASSERT_TRUE(g);
    EXPECT_EQ(g->points[0], (Point{10, 20}));
}

TEST(Wkb, DropsZOrdinates) {
    // ISO WKB Point Z (1001) little-endian: 1, 2, 3
    std::vector<uint8_t> wkb(5 + 3 * 8);
    const uint8_t header[5] = {1, 0xE9, 0x03, 0, 0};
    const double xyz[3] = {1.0, 2.0, 3.0};
    std::memcpy(wkb.data(), header, 5);
    std::memcpy(wkb.data() + 5, xyz, sizeof xyz);
    auto g = fromWkb(wkb);
    ASSERT_TRUE(g);
    EXPECT_EQ(g->points[0], (Point{1, 2}));
}

TEST(Wkb, RefusesTruncatedInputWithoutReadingPastTheEnd) {
    auto bytes = toWkb(square(0, 0, 1));
    bytes.resize(bytes.size() - 5);
    EXPECT_FALSE(fromWkb(bytes));
    const std::vector<uint8_t> hugeCount = {1, 3, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x7F};
    EXPECT_FALSE(fromWkb(hugeCount));
}
