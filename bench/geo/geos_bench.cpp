// GEOS boundary operations on the synthetic district, with GEOS's plain unary union as the
// baseline for unionAll (which takes the coverage-union path on a clean grid).
#include <benchmark/benchmark.h>
#include <geos_c.h>

#include "geo/geos.h"
#include "synthetic_district.h"

using namespace ga::geo;
using ga::bench::district;

namespace {

void BM_IsValid200kBuildings(benchmark::State& state) {
    const auto& d = district();
    size_t valid = 0;
    for (auto _ : state)
        for (const Geometry& b : d.buildings) valid += isValid(b);
    state.counters["per_item"] = benchmark::Counter(double(d.buildings.size()),
                                                    benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.counters["valid_share"] = double(valid) / double(d.buildings.size() * state.iterations());
}
BENCHMARK(BM_IsValid200kBuildings)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_UnionAll2000Cells(benchmark::State& state) {
    const auto& d = district();
    double a = 0;
    for (auto _ : state) a = area(*unionAll(d.cells));
    state.counters["area_km2"] = a / 1e6;
}
BENCHMARK(BM_UnionAll2000Cells)->Unit(benchmark::kMillisecond);

void BM_Baseline_GeosUnaryUnion2000Cells(benchmark::State& state) {
    const auto& d = district();
    GEOSContextHandle_t h = GEOS_init_r();
    double a = 0;
    for (auto _ : state) {
        std::vector<GEOSGeometry*> parts;
        for (const Geometry& c : d.cells) parts.push_back(toGeos(c).release());
        GEOSGeometry* all = GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(), unsigned(parts.size()));
        GEOSGeometry* u = GEOSUnaryUnion_r(h, all);
        GEOSArea_r(h, u, &a);
        GEOSGeom_destroy_r(h, u);
        GEOSGeom_destroy_r(h, all);
    }
    GEOS_finish_r(h);
    state.counters["area_km2"] = a / 1e6;
}
BENCHMARK(BM_Baseline_GeosUnaryUnion2000Cells)->Unit(benchmark::kMillisecond);

}  // namespace
