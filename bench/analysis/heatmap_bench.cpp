// The on-screen heatmap on the synth district (500k issues), 1920x1080: a full-extent frame, a
// 2 km view and a time-slider step (QGIS 3.22's heatmap renderer: 1.3–2.2 s full extent, 0.46 s
// for a 2 km view). Each is the overlay computed and drawn over a frame; the baseline, measured
// in the same run, is the same density at full screen resolution with every issue stamping its
// exact kernel (how a heatmap renderer without binning works).
#include <benchmark/benchmark.h>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include "analysis/heatmap.h"
#include "bench_ledger.h"
#include "render/heatmap_layer.h"

namespace ga::bench {
namespace {

constexpr QSize kScreen(1920, 1080);

std::shared_ptr<const analysis::IssueTable> sharedIssues() {
    static const std::shared_ptr<const analysis::IssueTable> t(&districtIssues(), [](const analysis::IssueTable*) {});
    return t;
}

render::MapView fullExtent() { return render::MapView::fitting(districtIssues().extent(), QSizeF(kScreen), 0.02); }

// A 2 km wide view on the busiest part of the district (the densest cell at 500 m).
render::MapView twoKilometres() {
    const analysis::IssueTable& t = districtIssues();
    analysis::HeatmapRequest r;
    r.radius = 500;
    const auto d = analysis::heatmapRaster(t, r, 250);
    float best = -1;
    geo::Point at = t.extent().center();
    for (int j = 0; j < d->frame.height; ++j)
        for (int i = 0; i < d->frame.width; ++i)
            if (d->at(i, j) > best) {
                best = d->at(i, j);
                at = d->frame.centre(i, j);
            }
    render::MapView v;
    v.centre = at;
    v.size = QSizeF(kScreen);
    v.metresPerPixel = 2000.0 / kScreen.width();
    return v;
}

void drawOverlay(benchmark::State& state, const render::MapView& view, analysis::HeatmapRequest request) {
    const render::HeatmapLayer layer(sharedIssues(), std::move(request));
    QImage frame(kScreen, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        frame.fill(Qt::white);
        QPainter p(&frame);
        layer.draw(p, view, {});
        p.end();
        benchmark::DoNotOptimize(frame.constBits());
    }
    const render::HeatmapLayer::Frame f = layer.frame(view);
    state.counters["cells"] = static_cast<double>(f.density.frame.cells());
    state.counters["radius_px"] = request.radius / view.metresPerPixel;
}

void heatmap_full_extent(benchmark::State& state) { drawOverlay(state, fullExtent(), {}); }
void heatmap_2km_view(benchmark::State& state) { drawOverlay(state, twoKilometres(), {}); }

// Each step shows the next month of the ledger, as the slider's player does.
void time_slider_step(benchmark::State& state) {
    const analysis::IssueTable& t = districtIssues();
    int64_t first = INT64_MAX;
    for (size_t i = 0; i < t.size(); ++i) first = std::min(first, t.reportedAt(i));
    const int32_t month0 = ledger::monthNumber(ledger::Time{std::chrono::seconds{first}});
    const auto start = [](int32_t m) {
        return ledger::Time{std::chrono::sys_days{std::chrono::year{1970 + m / 12} / std::chrono::month{static_cast<unsigned>(m % 12 + 1)} / 1}};
    };
    const render::MapView view = fullExtent();
    QImage frame(kScreen, QImage::Format_ARGB32_Premultiplied);
    int step = 0;
    for (auto _ : state) {
        analysis::HeatmapRequest r;
        r.filter.from = start(month0 + step % 12);
        r.filter.to = start(month0 + step % 12 + 1);
        ++step;
        const render::HeatmapLayer layer(sharedIssues(), r);
        frame.fill(Qt::white);
        QPainter p(&frame);
        layer.draw(p, view, {});
        p.end();
        benchmark::DoNotOptimize(frame.constBits());
    }
}

// The baseline: full screen resolution, every issue stamping its exact kernel.
void baseline_exact_full_resolution(benchmark::State& state, bool twoKm) {
    const render::MapView view = twoKm ? twoKilometres() : fullExtent();
    const geo::Box e = view.extent();
    analysis::RasterFrame f;
    f.cell = view.metresPerPixel;
    f.x0 = e.minx;
    f.y0 = e.maxy;
    f.width = kScreen.width();
    f.height = kScreen.height();
    analysis::HeatmapRequest r;
    const analysis::PointSample s = analysis::heatmapSample(districtIssues(), r, e);
    for (auto _ : state) {
        auto d = analysis::kernelDensity(s, f, r.radius, {analysis::KdeMethod::Exact, 1});
        benchmark::DoNotOptimize(d.values.data());
    }
    state.counters["points"] = static_cast<double>(s.size());
}

BENCHMARK(heatmap_full_extent)->Unit(benchmark::kMillisecond);
BENCHMARK(heatmap_2km_view)->Unit(benchmark::kMillisecond);
BENCHMARK(time_slider_step)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(baseline_exact_full_resolution, full_extent, false)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK_CAPTURE(baseline_exact_full_resolution, two_km_view, true)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace
}  // namespace ga::bench

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
