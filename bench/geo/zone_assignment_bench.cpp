// Zone assignment on the synthetic district against baselines measured in the same run:
// prepared tests in input order (no Hilbert sort), unprepared GEOSContains, and an overlay with
// every candidate zone (no prepared-contains fast path). PERFORMANCE.md: 163 ns per point for
// STRtree + prepared geometry with points sorted spatially.
#include <benchmark/benchmark.h>
#include <geos_c.h>

#include <algorithm>

#include "geo/geos.h"
#include "geo/spatial_index.h"
#include "geo/zone_assignment.h"
#include "synthetic_district.h"

using namespace ga::geo;
using ga::bench::district;

namespace {

struct CellIndex {
    std::vector<Box> boxes;
    SpatialIndex index;
    std::vector<PreparedPolygon> prepared;
    std::vector<GeosGeometryPtr> plain;
    CellIndex() {
        for (const Geometry& c : district().cells) {
            boxes.push_back(c.bounds());
            prepared.push_back(*PreparedPolygon::create(c));
            plain.push_back(toGeos(c));
        }
        index = SpatialIndex(boxes);
    }
    void candidates(const Box& w, std::vector<uint32_t>& out) const {
        out.clear();
        index.query(w, out);
        std::sort(out.begin(), out.end());
    }
};

const CellIndex& cells() {
    static const CellIndex c;
    return c;
}

void perItem(benchmark::State& state, size_t items, size_t assigned) {
    state.counters["per_item"] = benchmark::Counter(double(items), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
    state.counters["assigned_share"] = double(assigned) / double(items);
}

size_t countAssigned(const std::vector<int>& r) {
    return static_cast<size_t>(std::count_if(r.begin(), r.end(), [](int z) { return z >= 0; }));
}

void BM_AssignPoints1MTo2000(benchmark::State& state) {
    const auto& d = district();
    size_t items = 0, assigned = 0;
    for (auto _ : state) {
        const auto r = assignPoints(d.points, d.cells);
        items += r.size();
        assigned += countAssigned(r);
    }
    perItem(state, items, assigned);
}
BENCHMARK(BM_AssignPoints1MTo2000)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Baseline_PreparedInputOrder100k(benchmark::State& state) {
    const auto& d = district();
    const CellIndex& c = cells();
    std::vector<uint32_t> cand;
    size_t items = 0, assigned = 0;
    for (auto _ : state) {
        for (size_t i = 0; i < 100000; ++i) {
            const Point p = d.points[i];
            c.candidates(Box{p.x, p.y, p.x, p.y}, cand);
            for (uint32_t z : cand)
                if (c.prepared[z].coversPoint(p)) {
                    ++assigned;
                    break;
                }
        }
        items += 100000;
    }
    perItem(state, items, assigned);
}
BENCHMARK(BM_Baseline_PreparedInputOrder100k)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Baseline_UnpreparedContains10k(benchmark::State& state) {
    const auto& d = district();
    const CellIndex& c = cells();
    GEOSContextHandle_t h = GEOS_init_r();
    std::vector<uint32_t> cand;
    size_t items = 0, assigned = 0;
    for (auto _ : state) {
        for (size_t i = 0; i < 10000; ++i) {
            const Point p = d.points[i];
            c.candidates(Box{p.x, p.y, p.x, p.y}, cand);
            GEOSGeometry* pt = GEOSGeom_createPointFromXY_r(h, p.x, p.y);
            for (uint32_t z : cand)
                if (GEOSContains_r(h, c.plain[z].get(), pt) == 1) {
                    ++assigned;
                    break;
                }
            GEOSGeom_destroy_r(h, pt);
        }
        items += 10000;
    }
    GEOS_finish_r(h);
    perItem(state, items, assigned);
}
BENCHMARK(BM_Baseline_UnpreparedContains10k)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_AssignByLargestShare200kTo2000(benchmark::State& state) {
    const auto& d = district();
    size_t items = 0, assigned = 0;
    for (auto _ : state) {
        const auto r = assignByLargestShare(d.buildings, d.cells);
        items += r.size();
        assigned += countAssigned(r);
    }
    perItem(state, items, assigned);
}
BENCHMARK(BM_AssignByLargestShare200kTo2000)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_Baseline_OverlayEveryCandidate5k(benchmark::State& state) {
    const auto& d = district();
    const CellIndex& c = cells();
    std::vector<uint32_t> cand;
    size_t items = 0, assigned = 0;
    for (auto _ : state) {
        for (size_t i = 0; i < 5000; ++i) {
            c.candidates(d.buildingBoxes[i], cand);
            double best = 0;
            for (uint32_t z : cand) best = std::max(best, intersectionArea(d.buildings[i], d.cells[z]));
            assigned += best > 0;
        }
        items += 5000;
    }
    perItem(state, items, assigned);
}
BENCHMARK(BM_Baseline_OverlayEveryCandidate5k)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace
