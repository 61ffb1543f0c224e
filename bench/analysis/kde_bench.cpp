// Kernel density on the synth district (500k issues): the GeoTIFF case of issue 6 (10 m cells,
// r = 150 m, about 2830 x 2902 cells; QGIS 3.22 takes 11 s) by each method. Exact — every point
// stamping its kernel, the way a straightforward implementation works — is the baseline.
#include <benchmark/benchmark.h>

#include "analysis/kernel_density.h"
#include "bench_ledger.h"

namespace ga::bench {
namespace {

analysis::PointSample allIssues(const analysis::IssueTable& t) {
    analysis::PointSample s;
    s.origin = t.origin();
    for (size_t i = 0; i < t.size(); ++i)
        if (t.located(i)) s.add(t.x(i), t.y(i), 1.0f);
    return s;
}

// The issue's raster: 2830 x 2902 cells of 10 m (QGIS: 11 s) around the district's centre.
analysis::RasterFrame issueFrame(const analysis::IssueTable& t, double cell) {
    analysis::RasterFrame f;
    f.cell = cell;
    f.width = 2830;
    f.height = 2902;
    f.x0 = t.extent().center().x - f.width * cell / 2;
    f.y0 = t.extent().center().y + f.height * cell / 2;
    return f;
}

void kde(benchmark::State& state, analysis::KdeMethod method, double cell, double radius, int threads) {
    const analysis::IssueTable& t = districtIssues();
    const analysis::PointSample s = allIssues(t);
    const analysis::RasterFrame frame = issueFrame(t, cell);
    for (auto _ : state) {
        analysis::DensityRaster d = analysis::kernelDensity(s, frame, radius, {method, threads});
        benchmark::DoNotOptimize(d.values.data());
    }
    state.counters["cells"] = static_cast<double>(frame.cells());
    state.counters["width"] = frame.width;
    state.counters["height"] = frame.height;
    state.counters["points"] = static_cast<double>(s.size());
}

using M = analysis::KdeMethod;
BENCHMARK_CAPTURE(kde, geotiff_exact_baseline_1thread, M::Exact, 10, 150, 1)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(kde, geotiff_exact_2threads, M::Exact, 10, 150, 2)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK_CAPTURE(kde, geotiff_stamp_1thread, M::Stamp, 10, 150, 1)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(kde, geotiff_stamp_2threads, M::Stamp, 10, 150, 2)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(kde, geotiff_fft_2threads, M::Fft, 10, 150, 2)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(kde, geotiff_auto_2threads, M::Auto, 10, 150, 2)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(kde, large_radius_500m_stamp, M::Stamp, 10, 500, 2)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(kde, large_radius_500m_fft, M::Fft, 10, 500, 2)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace
}  // namespace ga::bench

BENCHMARK_MAIN();
