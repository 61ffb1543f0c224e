#include "geo/geos.h"

#include <gtest/gtest.h>

#include <cmath>
#include <thread>

using namespace ga::geo;

namespace {
Geometry square(double x0, double y0, double s) {
    std::vector<std::vector<Point>> rings{{{x0, y0}, {x0 + s, y0}, {x0 + s, y0 + s}, {x0, y0 + s}}};
    return Geometry::polygon(rings);
}
Geometry rectangle(double x0, double y0, double x1, double y1) {
    std::vector<std::vector<Point>> rings{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}};
    return Geometry::polygon(rings);
}
Geometry squareWithHole() {
    std::vector<std::vector<Point>> rings{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{2, 2}, {4, 2}, {4, 4}, {2, 4}}};
    return Geometry::polygon(rings);
}
Geometry bowTie() {
    std::vector<std::vector<Point>> rings{{{0, 0}, {2, 2}, {2, 0}, {0, 2}}};
    return Geometry::polygon(rings);
}
Geometry roundTrip(const Geometry& g) {
    GeosGeometryPtr p = toGeos(g);
    EXPECT_TRUE(p);
    auto back = fromGeos(p.get());
    EXPECT_TRUE(back) << back.error().message;
    return back ? *back : Geometry{};
}
}  // namespace

TEST(Geos, RoundTripsPolygonWithHole) {
    const Geometry g = squareWithHole();
    EXPECT_EQ(roundTrip(g), g);
}

TEST(Geos, RoundTripsMultiPolygonLineAndPoints) {
    Geometry multi = square(0, 0, 1);
    multi.type = GeomType::MultiPolygon;
    multi.beginPart();
    multi.addRing(square(5, 5, 2).ring(0));
    EXPECT_EQ(roundTrip(multi), multi);

    const std::vector<Point> line{{0, 0}, {3, 4}, {6, 0}};
    EXPECT_EQ(roundTrip(Geometry::lineString(line)), Geometry::lineString(line));
    EXPECT_EQ(roundTrip(Geometry::point({7, 8})), Geometry::point({7, 8}));

    Geometry points;
    points.type = GeomType::MultiPoint;
    for (Point p : {Point{1, 2}, Point{3, 4}}) {
        points.beginPart();
        points.addRing(std::span<const Point>(&p, 1));
    }
    EXPECT_EQ(roundTrip(points), points);
}

TEST(Geos, ClosesOpenRingsWhenConverting) {
    Geometry open;
    open.type = GeomType::Polygon;
    open.beginPart();
    const std::vector<Point> ring{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
    open.addRing(ring);
    const Geometry back = roundTrip(open);
    ASSERT_EQ(back.points.size(), 5u);
    EXPECT_EQ(back.points.back(), back.points.front());
    EXPECT_DOUBLE_EQ(area(back), 16.0);
}

TEST(Geos, ConvertsEmptyGeometryToEmpty) {
    Geometry empty;
    empty.type = GeomType::Polygon;
    const Geometry back = roundTrip(empty);
    EXPECT_TRUE(back.isEmpty());
    EXPECT_EQ(back.type, GeomType::Polygon);
}

TEST(Geos, RefusesNullGeometry) {
    auto r = fromGeos(nullptr);
    ASSERT_FALSE(r);
    EXPECT_FALSE(r.error().message.empty());
}

TEST(Geos, ReportsBowTieSelfIntersectionWithLocation) {
    std::string reason;
    EXPECT_FALSE(isValid(bowTie(), &reason));
    EXPECT_EQ(reason, "Self-intersection at (1 1)");
    EXPECT_TRUE(isValid(squareWithHole()));
}

TEST(Geos, ReportsRingTooShortToBeAPolygon) {
    Geometry g;
    g.type = GeomType::Polygon;
    g.beginPart();
    const std::vector<Point> ring{{0, 0}, {1, 1}, {0, 0}};
    g.addRing(ring);
    std::string reason;
    EXPECT_FALSE(isValid(g, &reason));
    EXPECT_NE(reason.find("at least 4"), std::string::npos) << reason;
    EXPECT_FALSE(toGeos(g));
}

TEST(Geos, MakeValidSplitsBowTieIntoTwoTriangles) {
    auto fixed = makeValid(bowTie());
    ASSERT_TRUE(fixed) << fixed.error().message;
    EXPECT_EQ(fixed->type, GeomType::MultiPolygon);
    EXPECT_EQ(fixed->partCount(), 2u);
    EXPECT_NEAR(area(*fixed), 2.0, 1e-12);
    EXPECT_TRUE(isValid(*fixed));
}

TEST(Geos, MakeValidLeavesValidPolygonUntouched) {
    const Geometry g = squareWithHole();
    auto fixed = makeValid(g);
    ASSERT_TRUE(fixed);
    EXPECT_EQ(*fixed, g);
}

TEST(Geos, MakeValidKeepsPolygonsPolygonalWhenTheyCollapse) {
    // A polygon with a zero-area spike: the spike must not come back as a line.
    std::vector<std::vector<Point>> rings{{{0, 0}, {4, 0}, {4, 4}, {4, 8}, {4, 4}, {0, 4}}};
    auto fixed = makeValid(Geometry::polygon(rings));
    ASSERT_TRUE(fixed) << fixed.error().message;
    EXPECT_TRUE(isPolygonal(fixed->type));
    EXPECT_NEAR(area(*fixed), 16.0, 1e-12);
    EXPECT_TRUE(isValid(*fixed));

    std::vector<std::vector<Point>> flat{{{0, 0}, {1, 0}, {2, 0}}};
    auto gone = makeValid(Geometry::polygon(flat));
    ASSERT_TRUE(gone) << gone.error().message;
    EXPECT_TRUE(isPolygonal(gone->type));
    EXPECT_TRUE(gone->isEmpty());
}

TEST(Geos, UnionAllMergesCleanCoverageIntoOnePolygon) {
    std::vector<Geometry> cells;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j) cells.push_back(square(i, j, 1));
    auto u = unionAll(cells);
    ASSERT_TRUE(u) << u.error().message;
    EXPECT_EQ(u->partCount(), 1u);
    EXPECT_EQ(u->ringCount(), 1u);
    EXPECT_NEAR(area(*u), 9.0, 1e-12);
}

TEST(Geos, UnionAllHandlesOverlapsAndUnmatchedVertices) {
    const std::vector<Geometry> overlapping{square(0, 0, 1), square(0.5, 0.5, 1)};
    auto u = unionAll(overlapping);
    ASSERT_TRUE(u) << u.error().message;
    EXPECT_NEAR(area(*u), 1.75, 1e-12);

    // The tall cell has no vertex at (1 1) where its two neighbours meet: a coverage union would
    // keep the inner edges, so the plain union must be used.
    const std::vector<Geometry> tJunction{rectangle(0, 0, 1, 2), square(1, 0, 1), square(1, 1, 1)};
    auto t = unionAll(tJunction);
    ASSERT_TRUE(t) << t.error().message;
    EXPECT_EQ(t->partCount(), 1u);
    EXPECT_NEAR(area(*t), 4.0, 1e-12);
    EXPECT_TRUE(isValid(*t));
}

TEST(Geos, UnionAllRepairsInvalidInput) {
    const std::vector<Geometry> polys{bowTie(), square(2, 0, 1)};
    auto u = unionAll(polys);
    ASSERT_TRUE(u) << u.error().message;
    EXPECT_NEAR(area(*u), 3.0, 1e-12);
}

TEST(Geos, UnionAllOfNothingIsEmptyAndRefusesLines) {
    auto u = unionAll({});
    ASSERT_TRUE(u);
    EXPECT_TRUE(u->isEmpty());
    const std::vector<Point> line{{0, 0}, {1, 1}};
    const std::vector<Geometry> mixed{square(0, 0, 1), Geometry::lineString(line)};
    EXPECT_FALSE(unionAll(mixed));
}

TEST(Geos, IntersectionKeepsOnlyTheArea) {
    auto i = intersection(square(0, 0, 2), square(1, 1, 2));
    ASSERT_TRUE(i) << i.error().message;
    EXPECT_EQ(i->type, GeomType::Polygon);
    EXPECT_NEAR(area(*i), 1.0, 1e-12);

    // Squares sharing only an edge meet in a line, which is not an area.
    auto edge = intersection(square(0, 0, 1), square(1, 0, 1));
    ASSERT_TRUE(edge) << edge.error().message;
    EXPECT_TRUE(edge->isEmpty());
    EXPECT_TRUE(isPolygonal(edge->type));
}

TEST(Geos, DifferenceLeavesAHole) {
    auto d = difference(square(0, 0, 10), square(2, 2, 2));
    ASSERT_TRUE(d) << d.error().message;
    EXPECT_EQ(d->ringCount(), 2u);
    EXPECT_NEAR(area(*d), 96.0, 1e-12);
    auto all = difference(square(0, 0, 1), square(-1, -1, 3));
    ASSERT_TRUE(all);
    EXPECT_TRUE(all->isEmpty());
}

TEST(Geos, IntersectionAreaCountsHolesAndRepairsBowTies) {
    EXPECT_NEAR(intersectionArea(squareWithHole(), square(0, 0, 5)), 25.0 - 4.0, 1e-12);
    EXPECT_NEAR(intersectionArea(bowTie(), square(0, 0, 2)), 2.0, 1e-12);
    EXPECT_EQ(intersectionArea(square(0, 0, 1), square(5, 5, 1)), 0.0);
    EXPECT_EQ(intersectionArea(square(0, 0, 1), Geometry{}), 0.0);
}

TEST(Geos, PointOnSurfaceLiesInsideAConcaveShape) {
    // A U shape whose box centre lies in the gap between its arms.
    std::vector<std::vector<Point>> rings{{{0, 0}, {3, 0}, {3, 3}, {2, 3}, {2, 1}, {1, 1}, {1, 3}, {0, 3}}};
    const Geometry u = Geometry::polygon(rings);
    const Point p = pointOnSurface(u);
    auto prepared = PreparedPolygon::create(u);
    ASSERT_TRUE(prepared);
    EXPECT_TRUE(prepared->containsPoint(p)) << p.x << " " << p.y;
    EXPECT_FALSE(prepared->containsPoint(u.bounds().center()));
    EXPECT_TRUE(std::isnan(pointOnSurface(Geometry{}).x));
}

TEST(Geos, PreparedPolygonTellsInteriorBoundaryAndHole) {
    auto prepared = PreparedPolygon::create(squareWithHole());
    ASSERT_TRUE(prepared) << prepared.error().message;
    EXPECT_TRUE(prepared->containsPoint({1, 1}));
    EXPECT_FALSE(prepared->containsPoint({3, 3}));  // in the hole
    EXPECT_FALSE(prepared->containsPoint({0, 5}));  // on the boundary
    EXPECT_TRUE(prepared->coversPoint({0, 5}));
    EXPECT_FALSE(prepared->coversPoint({11, 5}));
    EXPECT_TRUE(prepared->intersects(square(9, 9, 3)));
    EXPECT_FALSE(prepared->intersects(square(2.5, 2.5, 1)));  // inside the hole
    EXPECT_TRUE(prepared->contains(square(5, 5, 1)));
    EXPECT_FALSE(prepared->contains(square(3, 3, 2)));  // overlaps the hole
}

TEST(Geos, PreparedPolygonRefusesLines) {
    const std::vector<Point> line{{0, 0}, {1, 1}};
    EXPECT_FALSE(PreparedPolygon::create(Geometry::lineString(line)));
}

TEST(Geos, ThreadsUseTheirOwnContexts) {
    auto work = [](double offset, double* out) {
        double total = 0;
        for (int i = 0; i < 200; ++i) {
            total += intersectionArea(square(offset, 0, 2), square(offset + 1, 1, 2));
            std::string reason;
            if (!isValid(bowTie(), &reason) && reason == "Self-intersection at (1 1)") total += 1;
        }
        *out = total;
    };
    double a = 0, b = 0;
    std::thread t1(work, 0.0, &a);
    std::thread t2(work, 100.0, &b);
    t1.join();
    t2.join();
    EXPECT_NEAR(a, 400.0, 1e-9);
    EXPECT_NEAR(b, 400.0, 1e-9);
}

TEST(Geos, IntersectionOfALineWithAPolygonIsTheLineInside) {
    const std::vector<Point> line{{-5, 5}, {15, 5}};
    auto i = intersection(Geometry::lineString(line), squareWithHole());
    ASSERT_TRUE(i) << i.error().message;
    EXPECT_TRUE(isLineal(i->type));
    EXPECT_NEAR(length(*i), 10.0, 1e-12);  // y = 5 passes above the hole
    const std::vector<Point> throughHole{{-5, 3}, {15, 3}};
    auto j = intersection(Geometry::lineString(throughHole), squareWithHole());
    ASSERT_TRUE(j);
    EXPECT_EQ(j->partCount(), 2u);
    EXPECT_NEAR(length(*j), 8.0, 1e-12);
}
