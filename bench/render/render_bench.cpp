// Render benchmark on a district the size of the synth one (~200k buildings, ~1M households,
// 2,262 grids): model load, a full-extent 1920x1080 frame and a 2 km frame, each against a naive
// QPainter baseline measured in the same run (every feature as an antialiased path with outline,
// no culling, no level of detail). QGIS 3.22 on this machine kind, buildings + grids: full extent
// 1.1–1.8 s, 2 km view 12–21 ms (PERFORMANCE.md); BuildingsGrids/* draws that scene, Render/*
// the whole map with labels, *Cold with empty label caches (the first frame after opening).
// Set GA_BENCH_PROJECT to a synth project (gridatlas-cli synth) to use that instead.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <QGuiApplication>
#include <QPainterPath>
#include <filesystem>
#include <iostream>
#include <map>

#include "bench_district.h"
#include "model/map_model.h"
#include "render/map_renderer.h"

using namespace ga;

namespace {

struct Fixture {
    std::string path;
    std::shared_ptr<const model::MapModel> model;
    render::MapStyle style;
    std::unique_ptr<render::MapRenderer> renderer;
    std::unique_ptr<render::MapRenderer> buildingsAndGrids;  ///< QGIS's scene: no roads, no labels
    render::MapView full, twoKm;
};

// Every polygon and line of the model as an antialiased QPainterPath with its outline: what a
// first QPainter implementation would do.
void drawNaive(const model::MapModel& m, const render::MapView& v, QImage& img, bool everything) {
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(img.rect(), Qt::white);
    auto drawLayer = [&](const model::FeatureGeometry& g, QColor fill, QColor stroke) {
        p.setPen(QPen(stroke, 1));
        p.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
        for (size_t f = 0; f < g.size(); ++f) {
            QPainterPath path;
            const auto [first, last] = g.rings(f);
            for (uint32_t r = first; r < last; ++r) {
                const auto pts = g.ring(r);
                for (size_t i = 0; i < pts.size(); ++i) {
                    const QPointF q = v.toScreen(g.toProject(pts[i]));
                    if (i == 0)
                        path.moveTo(q);
                    else
                        path.lineTo(q);
                }
            }
            p.drawPath(path);
        }
    };
    if (everything) drawLayer(m.water().geometry, QColor(0xAA, 0xD3, 0xDF), QColor(0x78, 0xB0, 0xC8));
    drawLayer(m.grids().geometry, QColor(0xA8, 0xA8, 0xA8, 115), QColor(0x33, 0x33, 0x33));
    if (everything) drawLayer(m.roads().geometry, QColor(), QColor(0xB4, 0xAB, 0x9F));
    drawLayer(m.buildings().geometry, QColor(0xCB, 0xBD, 0xAF), QColor(0x8E, 0x80, 0x73));
}

Fixture& fixture() {
    static Fixture f;
    return f;
}

void loadModel(benchmark::State& state) {
    for (auto _ : state) {
        auto project = store::Project::open(fixture().path, true);
        auto m = model::MapModel::load(*project);
        if (!m) state.SkipWithError(m.error().message.c_str());
        benchmark::DoNotOptimize(m);
    }
    state.counters["buildings"] = static_cast<double>(fixture().model->buildings().size());
    state.counters["grids"] = static_cast<double>(fixture().model->grids().size());
}

// A frame drawn by `renderer`, or (cold) by a new renderer each time: no label sprite or text
// measure cached yet, as for the first frame after a project opens.
void frame(benchmark::State& state, const render::MapView& view, bool cold = false,
           const render::MapRenderer* renderer = nullptr, const render::RenderOptions& options = {}) {
    size_t labels = 0, features = 0;
    std::map<std::string_view, double> stages;
    static bool odd = false;  // across runs too: a run must not start on the view the last one ended on
    for (auto _ : state) {
        const render::MapRenderer fresh(fixture().model, fixture().style);
        const render::MapRenderer& r = cold ? fresh : renderer ? *renderer : *fixture().renderer;
        // Every frame a new view (a pixel's pan), as while the user moves the map: the same
        // view twice would be served from the frame cache.
        render::MapView v = view;
        odd = !odd;
        if (odd) v.centre.x += view.metresPerPixel;
        auto img = r.renderImage(v, options);
        if (!img) state.SkipWithError(img.error().message.c_str());
        labels = img->result.labels.size();
        features = img->result.features;
        for (const auto& st : img->result.stages) stages[st.stage] += static_cast<double>(st.time.count()) / 1000;
        benchmark::DoNotOptimize(img->image.constBits());
    }
    // Per-stage milliseconds per frame, to see where a frame's time goes.
    for (const auto& [stage, ms] : stages)
        state.counters[std::string("ms_") + std::string(stage)] = ms / static_cast<double>(state.iterations());
    state.counters["labels"] = static_cast<double>(labels);
    state.counters["features"] = static_cast<double>(features);
    state.counters["m_per_px"] = view.metresPerPixel;
}

// A selection change on the view just drawn: the frame under the selection comes from the cache.
void selectionChange(benchmark::State& state, const render::MapView& view) {
    const auto& grids = fixture().model->grids();
    render::RenderOptions options;
    fixture().renderer->renderImage(view);
    size_t i = 0;
    for (auto _ : state) {
        options.selectedGrids = {static_cast<uint32_t>(i++ % grids.size())};
        auto img = fixture().renderer->renderImage(view, options);
        if (!img) state.SkipWithError(img.error().message.c_str());
        benchmark::DoNotOptimize(img->image.constBits());
    }
}

void naiveFrame(benchmark::State& state, const render::MapView& view, bool everything) {
    QImage img(view.size.toSize(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        drawNaive(*fixture().model, view, img, everything);
        benchmark::DoNotOptimize(img.constBits());
    }
}

bool prepare() {
    Fixture& f = fixture();
    if (const char* given = std::getenv("GA_BENCH_PROJECT")) {
        f.path = given;
    } else {
        const auto dir = std::filesystem::temp_directory_path() / ("ga_render_bench_" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        f.path = (dir / "district.sqlite").string();
        store::ProjectSettings s;
        s.name = "基准区";
        s.srid = 4549;
        auto p = store::Project::create(f.path, s);
        if (!p) {
            std::cerr << p.error().message << "\n";
            return false;
        }
        std::cerr << "writing the benchmark district (once) ...\n";
        if (auto r = bench::writeDistrict(*p); !r) {
            std::cerr << r.error().message << "\n";
            return false;
        }
    }
    auto project = store::Project::open(f.path, true);
    if (!project) {
        std::cerr << project.error().message << "\n";
        return false;
    }
    auto m = model::MapModel::load(*project);
    if (!m) {
        std::cerr << m.error().message << "\n";
        return false;
    }
    f.model = std::make_shared<const model::MapModel>(std::move(*m));
    auto style = render::loadMapStyle(*project);
    f.style = style ? *style : render::MapStyle::defaults();
    f.renderer = std::make_unique<render::MapRenderer>(f.model, f.style);
    render::MapStyle plain = f.style;
    plain.order = {store::Layer::Grids, store::Layer::Buildings};
    f.buildingsAndGrids = std::make_unique<render::MapRenderer>(f.model, plain);
    const QSizeF hd(1920, 1080);
    f.full = render::MapView::fitting(f.model->fullExtent(), hd);
    // 2 km across, centred on the district's busiest area (its centre).
    f.twoKm.centre = f.model->layerExtent(store::Layer::Buildings).center();
    f.twoKm.size = hd;
    f.twoKm.metresPerPixel = 2000.0 / hd.width();
    std::cerr << fmt::format("{}: {} buildings, {} grids, {} roads; full extent {:.2f} m/px\n", f.path,
                             f.model->buildings().size(), f.model->grids().size(), f.model->roads().size(),
                             f.full.metresPerPixel);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (!prepare()) return 2;
    benchmark::RegisterBenchmark("Render/LoadModel", loadModel)->Unit(benchmark::kMillisecond)->Iterations(3);
    benchmark::RegisterBenchmark("Render/FullExtentFrame", [](benchmark::State& s) {
        frame(s, fixture().full);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("Render/TwoKmFrame", [](benchmark::State& s) {
        frame(s, fixture().twoKm);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("Render/SelectionChangeFullExtent", [](benchmark::State& s) {
        selectionChange(s, fixture().full);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("Render/SelectionChangeTwoKm", [](benchmark::State& s) {
        selectionChange(s, fixture().twoKm);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("Render/FullExtentFrameCold", [](benchmark::State& s) {
        frame(s, fixture().full, true);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("Render/TwoKmFrameCold", [](benchmark::State& s) {
        frame(s, fixture().twoKm, true);
    })->Unit(benchmark::kMillisecond);
    // The scene QGIS was timed on: building polygons and grids, no labels.
    render::RenderOptions bare;
    bare.labels = false;
    bare.attribution = false;
    benchmark::RegisterBenchmark("BuildingsGrids/FullExtentFrame", [bare](benchmark::State& s) {
        frame(s, fixture().full, false, fixture().buildingsAndGrids.get(), bare);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BuildingsGrids/TwoKmFrame", [bare](benchmark::State& s) {
        frame(s, fixture().twoKm, false, fixture().buildingsAndGrids.get(), bare);
    })->Unit(benchmark::kMillisecond);
    for (bool everything : {true, false}) {
        const std::string scene = everything ? "Naive/" : "NaiveBuildingsGrids/";
        benchmark::RegisterBenchmark((scene + "FullExtentFrame").c_str(),
                                     [everything](benchmark::State& s) { naiveFrame(s, fixture().full, everything); })
            ->Unit(benchmark::kMillisecond)
            ->Iterations(2);
        benchmark::RegisterBenchmark((scene + "TwoKmFrame").c_str(),
                                     [everything](benchmark::State& s) { naiveFrame(s, fixture().twoKm, everything); })
            ->Unit(benchmark::kMillisecond)
            ->Iterations(3);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (!std::getenv("GA_BENCH_PROJECT"))
        std::filesystem::remove_all(std::filesystem::path(fixture().path).parent_path());
    return 0;
}
