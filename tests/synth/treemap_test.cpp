#include "synth/treemap.h"

#include <gtest/gtest.h>

#include <vector>

using namespace ga::synth;

namespace {
// Every cell of `rect` covered by exactly one of `parts`.
bool tiles(const CellRect& rect, const std::vector<CellRect>& parts) {
    std::vector<int> hits(static_cast<size_t>(rect.area()), 0);
    for (const CellRect& p : parts)
        for (int y = p.y0; y < p.y1; ++y)
            for (int x = p.x0; x < p.x1; ++x) {
                if (!rect.contains(x, y)) return false;
                ++hits[static_cast<size_t>((y - rect.y0) * rect.width() + (x - rect.x0))];
            }
    for (int h : hits)
        if (h != 1) return false;
    return true;
}
}  // namespace

TEST(Treemap, TilesTheRectangleExactly) {
    const CellRect rect{3, 5, 23, 17};
    const std::vector<double> weights = {5, 9, 2, 14, 7, 7, 1, 30, 4, 11};
    auto parts = treemap(rect, weights);
    ASSERT_TRUE(parts) << parts.error().message;
    ASSERT_EQ(parts->size(), weights.size());
    EXPECT_TRUE(tiles(rect, *parts));
}

TEST(Treemap, GivesAreasRoughlyInProportion) {
    const CellRect rect{0, 0, 40, 30};
    const std::vector<double> weights = {100, 200, 300, 400};
    auto parts = treemap(rect, weights);
    ASSERT_TRUE(parts);
    for (size_t i = 0; i < weights.size(); ++i)
        EXPECT_NEAR(static_cast<double>((*parts)[i].area()) / rect.area(), weights[i] / 1000, 0.05);
}

TEST(Treemap, GivesEveryItemACellWhenCellsAreScarce) {
    const CellRect rect{0, 0, 3, 3};
    const std::vector<double> weights(9, 1.0);
    auto parts = treemap(rect, weights);
    ASSERT_TRUE(parts) << parts.error().message;
    EXPECT_TRUE(tiles(rect, *parts));
    for (const CellRect& p : *parts) EXPECT_EQ(p.area(), 1);
}

TEST(Treemap, RefusesMoreItemsThanCells) {
    const std::vector<double> weights(5, 1.0);
    EXPECT_FALSE(treemap({0, 0, 2, 2}, weights));
}
