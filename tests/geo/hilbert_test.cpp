#include "geo/hilbert.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

using namespace ga::geo;

TEST(Hilbert, FillsTheCornerBlockWithNeighbouringSteps) {
    // The first 64 × 64 keys cover the 64 × 64 block at the origin, and each step of the curve
    // moves to an edge neighbour.
    constexpr uint32_t n = 64;
    std::vector<std::pair<uint32_t, uint32_t>> byKey(n * n, {n, n});
    for (uint32_t x = 0; x < n; ++x)
        for (uint32_t y = 0; y < n; ++y) {
            const uint32_t k = hilbertKey(x, y);
            ASSERT_LT(k, n * n);
            byKey[k] = {x, y};
        }
    for (uint32_t k = 1; k < n * n; ++k) {
        const int dx = std::abs(int(byKey[k].first) - int(byKey[k - 1].first));
        const int dy = std::abs(int(byKey[k].second) - int(byKey[k - 1].second));
        EXPECT_EQ(dx + dy, 1) << k;
    }
}

TEST(Hilbert, KeysAreDistinctAcrossTheWholeGrid) {
    std::vector<uint32_t> keys;
    for (uint32_t x = 0; x < 65536; x += 4099)
        for (uint32_t y = 0; y < 65536; y += 4099) keys.push_back(hilbertKey(x, y));
    keys.push_back(hilbertKey(65535, 0));
    std::sort(keys.begin(), keys.end());
    EXPECT_EQ(std::adjacent_find(keys.begin(), keys.end()), keys.end());
    EXPECT_EQ(hilbertKey(65535, 0), std::numeric_limits<uint32_t>::max());
}

TEST(Hilbert, OrderIsAStablePermutationWithNonFinitePointsLast) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<Point> pts{{5, 5}, {nan, 1}, {0, 0}, {5, 5}, {0, 0.1}, {10, 0}};
    const auto order = hilbertOrder(pts);
    ASSERT_EQ(order.size(), pts.size());
    EXPECT_EQ(order.back(), 1u);
    EXPECT_EQ(order.front(), 2u);  // the curve starts at the lower-left corner
    const auto first5 = std::find(order.begin(), order.end(), 0u);
    EXPECT_EQ(*(first5 + 1), 3u);  // equal points keep their input order
    std::vector<uint32_t> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    for (uint32_t i = 0; i < sorted.size(); ++i) EXPECT_EQ(sorted[i], i);
    EXPECT_TRUE(hilbertOrder(std::span<const Point>{}).empty());
}
