// Packed Hilbert R-tree against its baselines in the same run: a linear scan, and GEOS's STRtree
// (the index PERFORMANCE.md measured at 109 ms build / 26 µs per 1 km window).
#include <benchmark/benchmark.h>
#include <geos_c.h>

#include <random>

#include "geo/hilbert.h"
#include "geo/spatial_index.h"
#include "synthetic_district.h"

using namespace ga::geo;
using ga::bench::district;

namespace {

std::vector<Box> windows(double size, int n) {
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> pos(0, ga::bench::District::kSize - size);
    std::vector<Box> out;
    for (int i = 0; i < n; ++i) {
        const double x = pos(rng), y = pos(rng);
        out.push_back(Box{x, y, x + size, y + size});
    }
    return out;
}

// GEOS STRtree over the building boxes, for the baseline (GEOS is called directly here only to
// measure it; the code base goes through geo/geos.h).
struct GeosTree {
    GEOSContextHandle_t h = GEOS_init_r();
    std::vector<GEOSGeometry*> items;
    GEOSSTRtree* tree = nullptr;
    GeosTree() {
        for (const Box& b : district().buildingBoxes)
            items.push_back(GEOSGeom_createRectangle_r(h, b.minx, b.miny, b.maxx, b.maxy));
    }
    void build() {
        if (tree) GEOSSTRtree_destroy_r(h, tree);
        tree = GEOSSTRtree_create_r(h, 16);
        for (size_t i = 0; i < items.size(); ++i)
            GEOSSTRtree_insert_r(h, tree, items[i], reinterpret_cast<void*>(i));
        // GEOS 3.11 builds the tree on its first query.
        GEOSGeometry* probe = GEOSGeom_createPointFromXY_r(h, 0, 0);
        GEOSSTRtree_query_r(h, tree, probe, [](void*, void*) {}, nullptr);
        GEOSGeom_destroy_r(h, probe);
    }
    size_t query(const Box& w) {
        GEOSGeometry* g = GEOSGeom_createRectangle_r(h, w.minx, w.miny, w.maxx, w.maxy);
        size_t hits = 0;
        GEOSSTRtree_query_r(h, tree, g, [](void*, void* count) { ++*static_cast<size_t*>(count); }, &hits);
        GEOSGeom_destroy_r(h, g);
        return hits;
    }
    ~GeosTree() {
        if (tree) GEOSSTRtree_destroy_r(h, tree);
        for (GEOSGeometry* g : items) GEOSGeom_destroy_r(h, g);
        GEOS_finish_r(h);
    }
};

GeosTree& geosTree() {
    static GeosTree t;
    if (!t.tree) t.build();
    return t;
}

const SpatialIndex& index() {
    static const SpatialIndex i(district().buildingBoxes);
    return i;
}

void perQuery(benchmark::State& state, size_t hits, size_t queries) {
    state.counters["hits_per_query"] = double(hits) / double(queries);
    state.counters["per_query"] = benchmark::Counter(double(queries), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_SpatialIndexBuild200k(benchmark::State& state) {
    const auto& boxes = district().buildingBoxes;
    for (auto _ : state) {
        SpatialIndex i(boxes);
        benchmark::DoNotOptimize(i);
    }
}
BENCHMARK(BM_SpatialIndexBuild200k)->Unit(benchmark::kMillisecond);

void BM_Baseline_GeosStrtreeBuild200k(benchmark::State& state) {
    GeosTree& t = geosTree();
    for (auto _ : state) t.build();
}
BENCHMARK(BM_Baseline_GeosStrtreeBuild200k)->Unit(benchmark::kMillisecond);

template <class Query>
void windowBench(benchmark::State& state, double size, Query query) {
    const auto ws = windows(size, 256);
    size_t hits = 0, queries = 0;
    for (auto _ : state) {
        for (const Box& w : ws) hits += query(w);
        queries += ws.size();
    }
    perQuery(state, hits, queries);
}

void BM_SpatialIndexWindow1km(benchmark::State& state) {
    std::vector<uint32_t> out;
    windowBench(state, 1000, [&](const Box& w) {
        out.clear();
        index().query(w, out);
        return out.size();
    });
}
BENCHMARK(BM_SpatialIndexWindow1km)->Unit(benchmark::kMillisecond);

void BM_Baseline_GeosStrtreeWindow1km(benchmark::State& state) {
    windowBench(state, 1000, [](const Box& w) { return geosTree().query(w); });
}
BENCHMARK(BM_Baseline_GeosStrtreeWindow1km)->Unit(benchmark::kMillisecond);

void BM_Baseline_LinearScanWindow1km(benchmark::State& state) {
    const auto& boxes = district().buildingBoxes;
    windowBench(state, 1000, [&](const Box& w) {
        size_t n = 0;
        for (const Box& b : boxes) n += b.intersects(w);
        return n;
    });
}
BENCHMARK(BM_Baseline_LinearScanWindow1km)->Unit(benchmark::kMillisecond);

void BM_SpatialIndexPointQuery(benchmark::State& state) {
    windowBench(state, 0, [](const Box& w) {
        size_t n = 0;
        index().visit(w, [&n](uint32_t) { ++n; });
        return n;
    });
}
BENCHMARK(BM_SpatialIndexPointQuery);

void BM_Baseline_GeosStrtreePointQuery(benchmark::State& state) {
    windowBench(state, 0, [](const Box& w) { return geosTree().query(w); });
}
BENCHMARK(BM_Baseline_GeosStrtreePointQuery);

void BM_SpatialIndexNearest10(benchmark::State& state) {
    const auto ws = windows(0, 256);
    size_t queries = 0;
    for (auto _ : state) {
        for (const Box& w : ws) benchmark::DoNotOptimize(index().nearest(w.center(), 10));
        queries += ws.size();
    }
    perQuery(state, 10 * queries, queries);
}
BENCHMARK(BM_SpatialIndexNearest10);

void BM_HilbertOrder1MPoints(benchmark::State& state) {
    const auto& pts = district().points;
    for (auto _ : state) benchmark::DoNotOptimize(hilbertOrder(pts));
    state.counters["per_point"] = benchmark::Counter(double(pts.size()), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_HilbertOrder1MPoints)->Unit(benchmark::kMillisecond);

}  // namespace
