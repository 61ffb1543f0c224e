#include "geo/zone_assignment.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>

#include "geo/geos.h"

using namespace ga::geo;

namespace {
Geometry rectangle(double x0, double y0, double x1, double y1) {
    std::vector<std::vector<Point>> rings{{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}};
    return Geometry::polygon(rings);
}
Geometry square(double x0, double y0, double s) { return rectangle(x0, y0, x0 + s, y0 + s); }

// An n × n grid of 10 m cells whose inner vertices are jittered, so cells are irregular
// quadrilaterals whose boxes overlap their neighbours', as real grids are.
std::vector<Geometry> jitteredGrid(int n, uint32_t seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> jitter(-2.5, 2.5);
    std::vector<std::vector<Point>> v(n + 1, std::vector<Point>(n + 1));
    for (int i = 0; i <= n; ++i)
        for (int j = 0; j <= n; ++j) {
            const bool inner = i > 0 && i < n && j > 0 && j < n;
            v[i][j] = {i * 10.0 + (inner ? jitter(rng) : 0), j * 10.0 + (inner ? jitter(rng) : 0)};
        }
    std::vector<Geometry> cells;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            std::vector<std::vector<Point>> rings{{v[i][j], v[i + 1][j], v[i + 1][j + 1], v[i][j + 1]}};
            cells.push_back(Geometry::polygon(rings));
        }
    return cells;
}

// The reference answer: overlay against every zone, largest area, lowest index on ties.
std::vector<int> bruteForceShares(std::span<const Geometry> items, std::span<const Geometry> zones) {
    std::vector<int> out;
    for (const Geometry& item : items) {
        double best = 0;
        int zone = -1;
        for (size_t z = 0; z < zones.size(); ++z) {
            const double a = intersectionArea(item, zones[z]);
            if (a > best) {
                best = a;
                zone = static_cast<int>(z);
            }
        }
        out.push_back(zone);
    }
    return out;
}
}  // namespace

TEST(ZoneAssignment, GivesEachBuildingTheZoneWithMostOfItsArea) {
    const std::vector<Geometry> zones{square(0, 0, 10), square(10, 0, 10)};
    const std::vector<Geometry> items{
        square(2, 2, 3),            // inside zone 0
        rectangle(8, 1, 18, 3),     // 2 m in zone 0, 8 m in zone 1
        rectangle(7, 1, 11, 3),     // 3 m in zone 0, 1 m in zone 1
        square(30, 30, 1),          // outside every zone
        rectangle(9, 5, 11, 6),     // split evenly: the lower index wins
        square(10, 20, 2),          // touches zone 1 at a corner only: no area shared
    };
    EXPECT_EQ(assignByLargestShare(items, zones), (std::vector<int>{0, 1, 0, -1, 0, -1}));
}

TEST(ZoneAssignment, HandlesHolesBowTiesAndNonPolygons) {
    std::vector<std::vector<Point>> donut{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{2, 2}, {8, 2}, {8, 8}, {2, 8}}};
    const std::vector<Geometry> zones{Geometry::polygon(donut), square(3, 3, 4)};
    std::vector<std::vector<Point>> tie{{{0.5, 0.5}, {1.5, 1.5}, {1.5, 0.5}, {0.5, 1.5}}};
    const std::vector<Point> line{{0, 0}, {1, 1}};
    const std::vector<Geometry> items{
        square(4, 4, 1),            // in the donut's hole, inside zone 1
        rectangle(1, 4, 3.5, 5),    // 1 m² in the donut ring, 0.5 m² in zone 1
        Geometry::polygon(tie),     // a bow-tie inside the donut's ring
        Geometry::lineString(line), // not a polygon
        Geometry{},                 // empty
    };
    EXPECT_EQ(assignByLargestShare(items, zones), (std::vector<int>{1, 0, 0, -1, -1}));
}

TEST(ZoneAssignment, EmptyInputsGiveEmptyOrUnassignedResults) {
    const std::vector<Geometry> zones{square(0, 0, 10)};
    const std::vector<Geometry> items{square(1, 1, 1)};
    EXPECT_TRUE(assignByLargestShare({}, zones).empty());
    EXPECT_EQ(assignByLargestShare(items, {}), std::vector<int>{-1});
    EXPECT_TRUE(assignPoints({}, zones).empty());
    const std::vector<Point> pts{{1, 1}};
    EXPECT_EQ(assignPoints(pts, {}), std::vector<int>{-1});
}

TEST(ZoneAssignment, AgreesWithFullOverlayOnAnIrregularGrid) {
    const auto zones = jitteredGrid(8, 3);
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> pos(-3, 83), size(0.5, 6);
    std::vector<Geometry> items;
    for (int i = 0; i < 600; ++i) {
        const double x = pos(rng), y = pos(rng);
        items.push_back(rectangle(x, y, x + size(rng), y + size(rng)));
    }
    EXPECT_EQ(assignByLargestShare(items, zones), bruteForceShares(items, zones));
}

TEST(ZoneAssignment, PutsPointsInTheZoneThatCoversThem) {
    const auto zones = jitteredGrid(8, 7);
    std::vector<PreparedPolygon> prepared;
    for (const Geometry& z : zones) prepared.push_back(*PreparedPolygon::create(z));
    std::mt19937 rng(9);
    std::uniform_real_distribution<double> pos(-5, 85);
    std::vector<Point> pts;
    for (int i = 0; i < 20000; ++i) pts.push_back({pos(rng), pos(rng)});
    const auto got = assignPoints(pts, zones);
    ASSERT_EQ(got.size(), pts.size());
    int outside = 0;
    for (size_t i = 0; i < pts.size(); ++i) {
        int expected = -1;
        for (size_t z = 0; z < zones.size() && expected < 0; ++z)
            if (prepared[z].coversPoint(pts[i])) expected = static_cast<int>(z);
        ASSERT_EQ(got[i], expected) << i;
        outside += expected < 0;
    }
    EXPECT_GT(outside, 0);
}

TEST(ZoneAssignment, PointsOnSharedEdgesAndInHolesFollowTheRules) {
    std::vector<std::vector<Point>> donut{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{2, 2}, {8, 2}, {8, 8}, {2, 8}}};
    const std::vector<Geometry> zones{square(10, 0, 10), Geometry::polygon(donut)};
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<Point> pts{{10, 5}, {5, 5}, {1, 1}, {15, 5}, {-1, 0}, {1e9, 1e9}, {nan, 1}, {20, 10}};
    EXPECT_EQ(assignPoints(pts, zones), (std::vector<int>{0, -1, 1, 0, -1, -1, -1, 0}));
}
