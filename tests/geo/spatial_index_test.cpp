#include "geo/spatial_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <thread>

using namespace ga::geo;

namespace {
std::vector<Box> randomBoxes(size_t n, uint32_t seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> pos(0, 1000), size(0, 20);
    std::vector<Box> boxes(n);
    for (Box& b : boxes) {
        b.minx = pos(rng);
        b.miny = pos(rng);
        b.maxx = b.minx + size(rng);
        b.maxy = b.miny + size(rng);
    }
    return boxes;
}

std::vector<uint32_t> bruteForce(std::span<const Box> boxes, const Box& window) {
    std::vector<uint32_t> out;
    for (uint32_t i = 0; i < boxes.size(); ++i)
        if (boxes[i].intersects(window)) out.push_back(i);
    return out;
}

double distance2(const Box& b, Point p) {
    const double dx = std::max({b.minx - p.x, 0.0, p.x - b.maxx});
    const double dy = std::max({b.miny - p.y, 0.0, p.y - b.maxy});
    return dx * dx + dy * dy;
}
}  // namespace

TEST(SpatialIndex, QueryMatchesBruteForceOnRandomBoxes) {
    const auto boxes = randomBoxes(5000, 7);
    const SpatialIndex index(boxes);
    EXPECT_EQ(index.size(), boxes.size());
    const auto windows = randomBoxes(300, 11);
    for (Box w : windows) {
        w.maxx += 40;  // some windows span many boxes
        std::vector<uint32_t> got;
        index.query(w, got);
        std::sort(got.begin(), got.end());
        EXPECT_EQ(got, bruteForce(boxes, w));
    }
}

TEST(SpatialIndex, FindsEveryBoxByItsOwnCorner) {
    const auto boxes = randomBoxes(1000, 3);
    const SpatialIndex index(boxes);
    for (uint32_t i = 0; i < boxes.size(); ++i) {
        bool found = false;
        index.visit(Box{boxes[i].maxx, boxes[i].maxy, boxes[i].maxx, boxes[i].maxy}, [&](uint32_t id) { found |= id == i; });
        EXPECT_TRUE(found) << i;
    }
}

TEST(SpatialIndex, VisitStopsWhenTheCallbackSaysSo) {
    const auto boxes = randomBoxes(2000, 5);
    const SpatialIndex index(boxes);
    const Box all{-1, -1, 2000, 2000};
    size_t seen = 0;
    index.visit(all, [&](uint32_t) {
        ++seen;
        return seen < 10;
    });
    EXPECT_EQ(seen, 10u);
    size_t every = 0;
    index.visit(all, [&](uint32_t) { ++every; });
    EXPECT_EQ(every, boxes.size());
}

TEST(SpatialIndex, NearestMatchesBruteForceOrder) {
    const auto boxes = randomBoxes(3000, 13);
    const SpatialIndex index(boxes);
    std::mt19937 rng(17);
    std::uniform_real_distribution<double> pos(-100, 1100);
    for (int q = 0; q < 100; ++q) {
        const Point p{pos(rng), pos(rng)};
        std::vector<uint32_t> expected(boxes.size());
        for (uint32_t i = 0; i < boxes.size(); ++i) expected[i] = i;
        std::sort(expected.begin(), expected.end(), [&](uint32_t a, uint32_t b) {
            const double da = distance2(boxes[a], p), db = distance2(boxes[b], p);
            return da != db ? da < db : a < b;
        });
        expected.resize(12);
        EXPECT_EQ(index.nearest(p, 12), expected);
    }
    EXPECT_EQ(index.nearest({0, 0}, 0).size(), 0u);
    EXPECT_EQ(index.nearest({0, 0}, 5000).size(), boxes.size());
}

TEST(SpatialIndex, EmptyIndexAndEmptyBoxesReturnNothing) {
    const SpatialIndex none;
    std::vector<uint32_t> out;
    none.query(Box{0, 0, 1, 1}, out);
    EXPECT_TRUE(out.empty());
    EXPECT_TRUE(none.nearest({0, 0}, 3).empty());
    EXPECT_EQ(none.size(), 0u);

    const std::vector<Box> boxes{Box{}, Box{0, 0, 1, 1}, Box{}};
    const SpatialIndex index(boxes);
    index.query(Box{-10, -10, 10, 10}, out);
    EXPECT_EQ(out, std::vector<uint32_t>{1});
    EXPECT_EQ(index.nearest({5, 5}, 3), std::vector<uint32_t>{1});
    out.clear();
    index.query(Box{}, out);
    EXPECT_TRUE(out.empty());
}

TEST(SpatialIndex, SingleItemIsFound) {
    const std::vector<Box> boxes{Box{2, 2, 3, 3}};
    const SpatialIndex index(boxes);
    std::vector<uint32_t> out;
    index.query(Box{0, 0, 2, 2}, out);  // touching counts
    EXPECT_EQ(out, std::vector<uint32_t>{0});
    EXPECT_EQ(index.bounds().maxx, 3.0);
}

TEST(SpatialIndex, ConcurrentQueriesAgreeWithBruteForce) {
    const auto boxes = randomBoxes(20000, 19);
    const SpatialIndex index(boxes);
    const auto windows = randomBoxes(200, 23);
    auto check = [&](size_t first, int* mismatches) {
        std::vector<uint32_t> got;
        for (size_t w = first; w < windows.size(); w += 2) {
            got.clear();
            index.query(windows[w], got);
            std::sort(got.begin(), got.end());
            if (got != bruteForce(boxes, windows[w])) ++*mismatches;
        }
    };
    int a = 0, b = 0;
    std::thread t1(check, 0, &a), t2(check, 1, &b);
    t1.join();
    t2.join();
    EXPECT_EQ(a + b, 0);
}
