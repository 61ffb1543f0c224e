#pragma once
// A district the size of the synth one for the render benchmark, written with the store's own
// writers: 2,262 grids (58 x 39 cells of 225 x 230 m) in 78 communities, 199,056 buildings with
// 1.0M households, a road lattice split at every junction the way OSM stores streets, service
// lanes, a river and lakes. Used when no synth project is given (GA_BENCH_PROJECT).
#include <fmt/format.h>

#include <cmath>
#include <random>
#include <string>

#include "store/building_links.h"
#include "store/layer_writer.h"
#include "store/project.h"

namespace ga::bench {

inline constexpr int kColumns = 58, kRows = 39;
inline constexpr double kCellW = 225, kCellH = 230, kX0 = 500000, kY0 = 3500000;

inline geo::Geometry box(double x, double y, double w, double h) {
    const std::vector<std::vector<geo::Point>> r{{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}}};
    return geo::Geometry::polygon(r);
}

inline Result<void> writeDistrict(store::Project& p) {
    auto tx = store::Transaction::begin(p.db());
    if (!tx) return std::unexpected(tx.error());
    auto communities = store::LayerWriter::create(p, store::Layer::Communities, store::WriteMode::Insert);
    auto grids = store::LayerWriter::create(p, store::Layer::Grids, store::WriteMode::Insert);
    auto buildings = store::LayerWriter::create(p, store::Layer::Buildings, store::WriteMode::Insert);
    auto roads = store::LayerWriter::create(p, store::Layer::Roads, store::WriteMode::Insert);
    auto water = store::LayerWriter::create(p, store::Layer::Water, store::WriteMode::Insert);
    if (!communities || !grids || !buildings || !roads || !water) return fail("cannot create the layer writers");
    auto put = [](store::LayerWriter& w, std::vector<std::optional<std::string>> v, geo::Geometry g) -> Result<void> {
        auto id = w.write({std::move(v), std::move(g), "bench"});
        if (!id) return std::unexpected(id.error());
        return {};
    };
    std::mt19937 rng(20240501);
    std::uniform_real_distribution<double> jitter(-1.5, 1.5);
    std::uniform_int_distribution<int> household(2, 8);
    // Communities of 6 x 5 grids (the last row and column smaller).
    int community = 0;
    for (int cy = 0; cy < kRows; cy += 5)
        for (int cx = 0; cx < kColumns; cx += 6, ++community) {
            const int w = std::min(6, kColumns - cx), h = std::min(5, kRows - cy);
            const std::string code = fmt::format("320623{:03d}{:03d}", 1 + community / 40, 1 + community % 40);
            if (auto r = put(*communities, {code, fmt::format("第{}社区", community + 1)},
                             box(kX0 + cx * kCellW, kY0 + cy * kCellH, w * kCellW, h * kCellH));
                !r)
                return r;
        }
    for (int gy = 0; gy < kRows; ++gy)
        for (int gx = 0; gx < kColumns; ++gx) {
            const int c = (gy / 5) * ((kColumns + 5) / 6) + gx / 6;
            const std::string code =
                fmt::format("320623{:03d}{:03d}{:03d}", 1 + c / 40, 1 + c % 40, gy * kColumns + gx + 1);
            const double x = kX0 + gx * kCellW, y = kY0 + gy * kCellH;
            if (auto r =
                    put(*grids, {code, fmt::format("第{}网格", gy * kColumns + gx + 1), fmt::format("第{}社区", c + 1)},
                        box(x, y, kCellW, kCellH));
                !r)
                return r;
            // 11 x 8 buildings of about 14 x 9 m, set back from the streets.
            const int base = household(rng) - 1;
            for (int by = 0; by < 8; ++by)
                for (int bx = 0; bx < 11; ++bx) {
                    const double px = x + 8 + bx * 19.5 + jitter(rng), py = y + 10 + by * 26.5 + jitter(rng);
                    const int hh = std::max(1, base + household(rng) / 2);
                    if (auto r = put(*buildings,
                                     {std::nullopt, std::to_string(by * 11 + bx + 1), std::nullopt, std::nullopt,
                                      std::to_string(hh)},
                                     box(px, py, 14 + jitter(rng), 9 + jitter(rng) / 2));
                        !r)
                        return r;
                }
            // A service lane through the middle of each grid.
            const std::vector<geo::Point> lane{{x + 4, y + kCellH / 2 + 3}, {x + kCellW - 4, y + kCellH / 2 + 3}};
            if (auto r = put(*roads, {std::nullopt, "service"}, geo::Geometry::lineString(lane)); !r) return r;
        }
    // Streets along every grid boundary, one piece per block as OSM stores them.
    for (int i = 0; i <= kColumns; ++i)
        for (int j = 0; j < kRows; ++j) {
            const std::vector<geo::Point> seg{{kX0 + i * kCellW, kY0 + j * kCellH},
                                              {kX0 + i * kCellW, kY0 + (j + 1) * kCellH}};
            const char* cls = i % 6 == 0 ? "primary" : i % 3 == 0 ? "secondary" : "residential";
            if (auto r = put(*roads, {fmt::format("经{}路", i + 1), cls}, geo::Geometry::lineString(seg)); !r) return r;
        }
    for (int j = 0; j <= kRows; ++j)
        for (int i = 0; i < kColumns; ++i) {
            const std::vector<geo::Point> seg{{kX0 + i * kCellW, kY0 + j * kCellH},
                                              {kX0 + (i + 1) * kCellW, kY0 + j * kCellH}};
            const char* cls = j % 5 == 0 ? "primary" : j % 2 == 0 ? "secondary" : "residential";
            if (auto r = put(*roads, {fmt::format("纬{}街", j + 1), cls}, geo::Geometry::lineString(seg)); !r) return r;
        }
    // A meandering river across the district and a few lakes.
    std::vector<geo::Point> river;
    for (int i = 0; i <= 200; ++i) {
        const double t = i / 200.0;
        river.push_back({kX0 - 200 + t * (kColumns * kCellW + 400), kY0 + 4300 + 600 * std::sin(t * 9)});
    }
    if (auto r = put(*water, {"如泰河", "river"}, geo::Geometry::lineString(river)); !r) return r;
    for (int k = 0; k < 6; ++k)
        if (auto r =
                put(*water, {fmt::format("{}号湖", k + 1), "lake"}, box(kX0 + 1000 + k * 2000, kY0 + 7000, 180, 120));
            !r)
            return r;
    if (auto r = store::relinkBuildingsToGrids(p); !r) return r;
    return tx->commit();
}

}  // namespace ga::bench
