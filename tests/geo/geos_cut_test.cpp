// Cutting polygons along lines, topological equality, Voronoi cells and Delaunay edges.
#include <gtest/gtest.h>

#include "geo/geos.h"

using namespace ga::geo;

namespace {

Geometry square(double x, double y, double size) {
    const std::vector<std::vector<Point>> rings{{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}}};
    return Geometry::polygon(rings);
}

}  // namespace

TEST(CutPolygon, ALineAcrossGivesTwoPiecesThatTileThePolygon) {
    const Geometry sq = square(0, 0, 10);
    const std::vector<Point> pts = {{4, -1}, {6, 11}};
    const Geometry line = Geometry::lineString(pts);
    auto pieces = cutPolygon(sq, std::span<const Geometry>(&line, 1));
    ASSERT_TRUE(pieces) << pieces.error().message;
    ASSERT_EQ(pieces->size(), 2u);
    EXPECT_NEAR(area((*pieces)[0]) + area((*pieces)[1]), 100, 1e-9);
    auto u = unionAll(*pieces);
    ASSERT_TRUE(u);
    EXPECT_TRUE(equalsTopologically(*u, sq));
}

TEST(CutPolygon, ALineThatStopsInsideCutsNothing) {
    const std::vector<Point> pts = {{-1, 5}, {5, 5}};
    const Geometry line = Geometry::lineString(pts);
    auto pieces = cutPolygon(square(0, 0, 10), std::span<const Geometry>(&line, 1));
    ASSERT_TRUE(pieces);
    EXPECT_EQ(pieces->size(), 1u);
}

TEST(CutPolygon, KeepsThePolygonsOwnVertices) {
    const Geometry sq = square(0, 0, 10);
    const std::vector<Point> pts = {{5, -1}, {5, 11}};
    const Geometry line = Geometry::lineString(pts);
    auto pieces = cutPolygon(sq, std::span<const Geometry>(&line, 1));
    ASSERT_TRUE(pieces);
    size_t corners = 0;
    for (const Geometry& p : *pieces)
        for (const Point& v : p.points)
            for (const Point& c : sq.points) corners += v == c;
    EXPECT_GE(corners, 4u);
}

TEST(EqualsTopologically, IgnoresStartPointAndCollinearVertices) {
    const std::vector<std::vector<Point>> rings{{{0, 10}, {0, 0}, {5, 0}, {10, 0}, {10, 10}}};
    EXPECT_TRUE(equalsTopologically(Geometry::polygon(rings), square(0, 0, 10)));
    EXPECT_FALSE(equalsTopologically(square(0, 0, 10), square(0, 0, 10.001)));
}

TEST(VoronoiCells, EachSiteGetsTheCellHoldingIt) {
    const std::vector<Point> sites = {{0, 0}, {10, 0}, {0, 10}, {10, 10}, {10, 10}};
    auto cells = voronoiCells(sites, Box{-5, -5, 15, 15});
    ASSERT_TRUE(cells) << cells.error().message;
    ASSERT_EQ(cells->size(), sites.size());
    for (size_t i = 0; i < sites.size(); ++i) {
        auto prepared = PreparedPolygon::create((*cells)[i]);
        ASSERT_TRUE(prepared);
        EXPECT_TRUE(prepared->coversPoint(sites[i])) << i;
    }
    EXPECT_EQ((*cells)[3], (*cells)[4]);
}

TEST(DelaunayEdges, ASquareHasFourSidesAndADiagonal) {
    const std::vector<Point> pts = {{0, 0}, {10, 0}, {10, 11}, {0, 10}};
    auto edges = delaunayEdges(pts);
    ASSERT_TRUE(edges) << edges.error().message;
    EXPECT_EQ(edges->size(), 5u);
    for (const auto& [a, b] : *edges) EXPECT_LT(a, b);
}
