#include "geo/china_offset.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace ga::geo;

namespace {
// Distance in metres between two nearby lon/lat points, through the local scale of a sphere of
// the WGS-84 equatorial radius (good to well under 1% over a few hundred metres).
double metres(Point a, Point b) {
    constexpr double r = 6378137.0;
    const double lat = (a.y + b.y) / 2 * std::numbers::pi / 180;
    const double dx = (a.x - b.x) * std::numbers::pi / 180 * r * std::cos(lat);
    const double dy = (a.y - b.y) * std::numbers::pi / 180 * r;
    return std::hypot(dx, dy);
}

// Points on a 1.5° lattice inside China's rectangle, from Kashgar to Heilongjiang and Hainan.
std::vector<Point> latticeAcrossChina() {
    std::vector<Point> pts;
    for (double lon = 73.5; lon <= 135; lon += 1.5)
        for (double lat = 3.5; lat <= 53.5; lat += 1.5) pts.push_back({lon, lat});
    return pts;
}
}  // namespace

TEST(ChinaOffset, MatchesPublishedReferenceValues) {
    // wandergis/coordtransform README, (116.404, 39.915).
    const Point gcj = wgs84ToGcj02({116.404, 39.915});
    EXPECT_NEAR(gcj.x, 116.41024449916938, 1e-9);
    EXPECT_NEAR(gcj.y, 39.91640428150164, 1e-9);
    const Point bd = gcj02ToBd09({116.404, 39.915});
    EXPECT_NEAR(bd.x, 116.41036949371029, 1e-9);
    EXPECT_NEAR(bd.y, 39.92133699351021, 1e-9);
    // googollee/eviltransform tests (WGS-84 → GCJ-02): Shanghai, Shenzhen, Beijing.
    struct Case {
        Point wgs, gcj;
    };
    for (const Case& c : {Case{{121.5272106, 31.1774276}, {121.531541859215, 31.17530398364597}},
                          Case{{113.912316, 22.543847}, {113.9171764808363, 22.540796131694766}},
                          Case{{116.377817, 39.911954}, {116.38404722455657, 39.91334545536069}}}) {
        const Point forward = wgs84ToGcj02(c.wgs);
        EXPECT_NEAR(forward.x, c.gcj.x, 1e-9);
        EXPECT_NEAR(forward.y, c.gcj.y, 1e-9);
        EXPECT_LT(metres(gcj02ToWgs84(c.gcj), c.wgs), 0.01);
    }
}

TEST(ChinaOffset, OffsetIsHundredsOfMetresInsideChina) {
    const Point wgs{116.404, 39.915};
    const double d = metres(wgs, wgs84ToGcj02(wgs));
    EXPECT_GT(d, 300);
    EXPECT_LT(d, 800);
}

TEST(ChinaOffset, Gcj02RoundTripIsWithinOneCentimetreAcrossChina) {
    double worst = 0;
    for (const Point wgs : latticeAcrossChina()) {
        if (!isInsideChina(wgs)) continue;
        const Point gcj = wgs84ToGcj02(wgs);
        const Point back = gcj02ToWgs84(gcj);
        worst = std::max(worst, metres(back, wgs));
        EXPECT_LT(std::abs(back.x - wgs.x), 1e-9);
        EXPECT_LT(std::abs(back.y - wgs.y), 1e-9);
    }
    EXPECT_LT(worst, 0.01);
}

TEST(ChinaOffset, Bd09RoundTripIsWithinOneCentimetreAcrossChina) {
    double worst = 0;
    for (const Point wgs : latticeAcrossChina()) {
        if (!isInsideChina(wgs)) continue;
        worst = std::max(worst, metres(bd09ToWgs84(wgs84ToBd09(wgs)), wgs));
        const Point gcj = wgs84ToGcj02(wgs);
        worst = std::max(worst, metres(bd09ToGcj02(gcj02ToBd09(gcj)), gcj));
    }
    EXPECT_LT(worst, 0.01);
}

TEST(ChinaOffset, Bd09InverseIsExactWhereBaidusClosedFormIsNot) {
    // Baidu's closed-form inverse of gcj02ToBd09(116.404, 39.915) lands 4e-7° (about 6 cm) away
    // from (116.404, 39.915); the iterated inverse returns it to 1e-9°.
    const Point gcj = bd09ToGcj02({116.41036949371029, 39.92133699351021});
    EXPECT_NEAR(gcj.x, 116.404, 1e-9);
    EXPECT_NEAR(gcj.y, 39.915, 1e-9);
}

TEST(ChinaOffset, IsIdentityOutsideChina) {
    for (const Point p : {Point{-0.1276, 51.5072}, Point{-74.006, 40.7128}, Point{151.2093, -33.8688},
                          Point{139.6917, 60.0}}) {
        EXPECT_FALSE(isInsideChina(p));
        EXPECT_EQ(wgs84ToGcj02(p), p);
        EXPECT_EQ(gcj02ToWgs84(p), p);
    }
    EXPECT_TRUE(isInsideChina({116.404, 39.915}));
}

TEST(ChinaOffset, ConvertsEveryPointOfAGeometry) {
    const std::vector<Point> wgs{{116.40, 39.90}, {116.41, 39.90}, {116.41, 39.91}};
    Geometry g;
    g.type = GeomType::LineString;
    g.beginPart();
    for (const Point p : wgs) g.points.push_back(wgs84ToBd09(p));
    g.ringEnds.push_back(3);
    g.partEnds.back() = 1;
    convertToWgs84(g, ChinaOffset::Bd09);
    for (size_t i = 0; i < wgs.size(); ++i) EXPECT_LT(metres(g.points[i], wgs[i]), 0.01);

    Geometry p = Geometry::point(wgs84ToGcj02(wgs[0]));
    convertToWgs84(p, ChinaOffset::Gcj02);
    EXPECT_LT(metres(p.points[0], wgs[0]), 0.01);
}
