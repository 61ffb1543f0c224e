#pragma once
// A synthetic district of the size PERFORMANCE.md measures QGIS on: 10 km × 10 km, 2,000 grid
// cells forming a clean coverage (irregular, 32 vertices each), 200k building squares and 1M
// household points. Built once per process, deterministic.
#include <random>
#include <vector>

#include "geo/geometry.h"

namespace ga::bench {

struct District {
    static constexpr int kCellsX = 50, kCellsY = 40, kSegments = 8;
    static constexpr double kSize = 10000;
    std::vector<geo::Geometry> cells;
    std::vector<geo::Geometry> buildings;
    std::vector<geo::Box> buildingBoxes;
    std::vector<geo::Point> points;
};

inline const District& district() {
    static const District d = [] {
        District out;
        std::mt19937 rng(20240601);
        // A jittered lattice; each cell walks kSegments lattice steps per side, so neighbours
        // share their edge vertices exactly.
        const int nx = District::kCellsX * District::kSegments, ny = District::kCellsY * District::kSegments;
        const double sx = District::kSize / nx, sy = District::kSize / ny;
        std::uniform_real_distribution<double> jitter(-0.3, 0.3);
        std::vector<geo::Point> lattice((nx + 1) * (ny + 1));
        for (int i = 0; i <= nx; ++i)
            for (int j = 0; j <= ny; ++j) {
                const bool inner = i > 0 && i < nx && j > 0 && j < ny;
                lattice[i * (ny + 1) + j] = {i * sx + (inner ? jitter(rng) * sx : 0), j * sy + (inner ? jitter(rng) * sy : 0)};
            }
        auto at = [&](int i, int j) { return lattice[i * (ny + 1) + j]; };
        const int k = District::kSegments;
        for (int ci = 0; ci < District::kCellsX; ++ci)
            for (int cj = 0; cj < District::kCellsY; ++cj) {
                std::vector<geo::Point> ring;
                const int i0 = ci * k, j0 = cj * k;
                for (int s = 0; s < k; ++s) ring.push_back(at(i0 + s, j0));
                for (int s = 0; s < k; ++s) ring.push_back(at(i0 + k, j0 + s));
                for (int s = 0; s < k; ++s) ring.push_back(at(i0 + k - s, j0 + k));
                for (int s = 0; s < k; ++s) ring.push_back(at(i0, j0 + k - s));
                const std::vector<std::vector<geo::Point>> rings{ring};
                out.cells.push_back(geo::Geometry::polygon(rings));
            }
        std::uniform_real_distribution<double> pos(0, District::kSize), side(6, 20);
        for (int b = 0; b < 200000; ++b) {
            const double x = pos(rng), y = pos(rng), s = side(rng);
            const std::vector<std::vector<geo::Point>> rings{{{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}}};
            out.buildings.push_back(geo::Geometry::polygon(rings));
            out.buildingBoxes.push_back(geo::Box{x, y, x + s, y + s});
        }
        std::uniform_real_distribution<double> wide(-100, District::kSize + 100);
        for (int p = 0; p < 1000000; ++p) out.points.push_back({wide(rng), wide(rng)});
        return out;
    }();
    return d;
}

}  // namespace ga::bench
