// What a basemap costs a frame: the district map at 1920x1080, full extent and a 2 km view,
// without a basemap (the baseline, measured in the same run) and over an orthophoto-like GeoTIFF
// in EPSG:4326 (2 m pixels with overviews, reprojected on the fly): the first frame of a view
// (tiles made: read, reprojected, resampled), a pan (a new view, tiles mostly cached) and the same
// view again (the composed image kept). Also one 512-px tile straight from io::BasemapSource.
// Frames are drawn on a thread of Qt's global pool, as in the workstation.
// Set GA_BENCH_PROJECT to a synth project (gridatlas-cli synth) to use that district instead.
#include <benchmark/benchmark.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_srs_api.h>
#include <unistd.h>

#include <QGuiApplication>
#include <QThreadPool>
#include <filesystem>
#include <future>
#include <iostream>
#include <random>

#include "bench_district.h"
#include "geo/crs.h"
#include "model/map_model.h"
#include "render/map_renderer.h"

using namespace ga;

namespace {

struct Fixture {
    std::string project, ortho;
    std::shared_ptr<const model::MapModel> model;
    render::MapStyle style;
    std::shared_ptr<const io::BasemapSource> source;
    render::MapView full, twoKm;
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

// An orthophoto stand-in over `box` (project CRS): fields in patches, a grey lattice where the
// streets run, noise everywhere, in EPSG:4326 at about 2 m, tiled, JPEG, overviews down to 1/64.
std::string writeOrtho(const geo::Box& box, int srid, const std::string& path) {
    GDALAllRegister();
    auto toLonLat = geo::Transformer::create(fmt::format("EPSG:{}", srid), 4326);
    if (!toLonLat) return toLonLat.error().message;
    geo::Box ll;
    for (const geo::Point p : {geo::Point{box.minx, box.miny}, geo::Point{box.maxx, box.miny},
                               geo::Point{box.minx, box.maxy}, geo::Point{box.maxx, box.maxy}})
        ll.expand(*toLonLat->apply(p));
    const double cell = 2e-5;  // about 2 m
    const int w = static_cast<int>(ll.width() / cell), h = static_cast<int>(ll.height() / cell);
    char** options = nullptr;
    for (const char* o : {"TILED=YES", "COMPRESS=JPEG", "PHOTOMETRIC=YCBCR", "BIGTIFF=IF_SAFER"})
        options = CSLAddString(options, o);
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.c_str(), w, h, 3, GDT_Byte, options);
    CSLDestroy(options);
    if (!ds) return "cannot create " + path;
    double gt[6] = {ll.minx, cell, 0, ll.maxy, 0, -cell};
    GDALSetGeoTransform(ds, gt);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    GDALSetSpatialRef(ds, srs);
    OSRRelease(srs);
    std::mt19937 rng(7);
    std::normal_distribution<float> noise(0, 7);
    std::vector<uint8_t> rows(static_cast<size_t>(w) * 256 * 3);
    for (int y0 = 0; y0 < h; y0 += 256) {
        const int n = std::min(256, h - y0);
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < w; ++x) {
                const int gx = x / 110, gy = (y0 + y) / 120;
                const bool street = x % 110 < 7 || (y0 + y) % 120 < 7;
                const float patch = static_cast<float>((gx * 7919 + gy * 104729) % 97) / 97.0f;
                const float e = noise(rng);
                const float r = street ? 120 + e : 90 + 60 * patch + e, g = street ? 120 + e : 115 + 35 * patch + e,
                            b = street ? 118 + e : 60 + 15 * patch + e;
                uint8_t* px = &rows[(static_cast<size_t>(y) * w + x) * 3];
                px[0] = static_cast<uint8_t>(std::clamp(r, 0.f, 255.f));
                px[1] = static_cast<uint8_t>(std::clamp(g, 0.f, 255.f));
                px[2] = static_cast<uint8_t>(std::clamp(b, 0.f, 255.f));
            }
        if (GDALDatasetRasterIO(ds, GF_Write, 0, y0, w, n, rows.data(), w, n, GDT_Byte, 3, nullptr, 3, w * 3, 1) !=
            CE_None)
            return "cannot write " + path;
    }
    int levels[] = {2, 4, 8, 16, 32, 64};
    if (GDALBuildOverviews(ds, "AVERAGE", 6, levels, 0, nullptr, nullptr, nullptr) != CE_None)
        return "cannot build the overviews of " + path;
    GDALClose(ds);
    return {};
}

render::BasemapLayers freshBasemap() {
    return {
        std::make_shared<const render::BasemapLayer>(std::make_shared<const render::BasemapTiles>(fixture().source),
                                                     store::BasemapSetting{"正射影像", fixture().ortho, 1, true, ""})};
}

const render::MapView& viewOf(const benchmark::State& state) {
    return state.range(0) == 0 ? fixture().full : fixture().twoKm;
}

// A frame drawn on a thread of Qt's global pool, as the canvas's RenderJob draws it (Qt's raster
// engine splits large fills across the pool only for a thread outside it).
Result<render::RenderedImage> drawn(const render::MapRenderer& r, const render::MapView& view) {
    std::promise<Result<render::RenderedImage>> done;
    QThreadPool::globalInstance()->start([&] { done.set_value(r.renderImage(view)); });
    return done.get_future().get();
}

// Frames of views 100 px apart, one after the other, as while panning: no frame is the one
// before again, so the renderer's frame cache never answers.
void pan(benchmark::State& state, const render::BasemapLayers& basemaps) {
    render::MapRenderer r(fixture().model, fixture().style);
    r.setBasemaps(basemaps);
    const render::MapView a = viewOf(state), b = a.pannedBy({100, 0});
    (void)drawn(r, a);
    (void)drawn(r, b);
    bool odd = false;
    for (auto _ : state) {
        auto img = drawn(r, (odd = !odd) ? a : b);
        if (!img) state.SkipWithError(img.error().message.c_str());
        benchmark::DoNotOptimize(img);
    }
}

// The baseline: new views without a basemap.
void NoBasemap(benchmark::State& state) { pan(state, {}); }

// New views over the orthophoto, its tiles made already.
void BasemapPan(benchmark::State& state) {
    const render::BasemapLayers basemaps = freshBasemap();
    pan(state, basemaps);
    state.counters["tiles"] = static_cast<double>(basemaps.front()->tiles()->cachedTiles());
}

// A view never drawn before over an orthophoto never drawn before: every tile read,
// reprojected and resampled (the renderer's label caches warm, as after the first frame).
void BasemapFirstFrame(benchmark::State& state) {
    render::MapRenderer r(fixture().model, fixture().style);
    (void)drawn(r, viewOf(state));
    for (auto _ : state) {
        state.PauseTiming();
        r.setBasemaps(freshBasemap());
        state.ResumeTiming();
        auto img = drawn(r, viewOf(state));
        if (!img) state.SkipWithError(img.error().message.c_str());
        benchmark::DoNotOptimize(img);
    }
}

// The same view after a change of the vector layers' look or of the basemap's opacity: the
// whole map is drawn again, the basemap's composed image is kept. Baseline: NoBasemap.
void BasemapSameView(benchmark::State& state) {
    const render::BasemapLayers basemaps = freshBasemap();
    render::MapRenderer r(fixture().model, fixture().style);
    r.setBasemaps(basemaps);
    (void)drawn(r, viewOf(state));
    double opacity = 1;
    for (auto _ : state) {
        state.PauseTiming();
        opacity = opacity == 1 ? 0.99 : 1;
        r.setBasemaps({basemaps.front()->with({"正射影像", fixture().ortho, opacity, true, ""})});
        state.ResumeTiming();
        auto img = drawn(r, viewOf(state));
        benchmark::DoNotOptimize(img);
    }
}

// One 512 x 512 tile from the source: read at the right overview, reprojected, resampled.
void SourceTile(benchmark::State& state) {
    const geo::Box all = fixture().model->fullExtent();
    const double span = state.range(0) == 0 ? 8192 : 1024;  // metres: 16 m/px (overviews), 2 m/px (full resolution)
    std::vector<uint32_t> px(512 * 512);
    int i = 0;
    for (auto _ : state) {
        const double x = all.minx + std::fmod(i * 977.0, std::max(1.0, all.width() - span));
        const double y = all.miny + std::fmod(i * 613.0, std::max(1.0, all.height() - span));
        ++i;
        auto r = fixture().source->read({x, y, x + span, y + span}, 512, 512, px);
        if (!r) state.SkipWithError(r.error().message.c_str());
    }
}

}  // namespace

BENCHMARK(NoBasemap)->Arg(0)->Arg(1)->ArgNames({"2km"})->Unit(benchmark::kMillisecond);
BENCHMARK(BasemapFirstFrame)->Arg(0)->Arg(1)->ArgNames({"2km"})->Unit(benchmark::kMillisecond);
BENCHMARK(BasemapPan)->Arg(0)->Arg(1)->ArgNames({"2km"})->Unit(benchmark::kMillisecond);
BENCHMARK(BasemapSameView)->Arg(0)->Arg(1)->ArgNames({"2km"})->Unit(benchmark::kMillisecond);
BENCHMARK(SourceTile)->Arg(0)->Arg(1)->ArgNames({"2m"})->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    Fixture& f = fixture();
    const std::string dir =
        (std::filesystem::temp_directory_path() / fmt::format("ga_basemap_bench_{}", ::getpid())).string();
    std::filesystem::create_directories(dir);
    if (const char* given = std::getenv("GA_BENCH_PROJECT")) {
        f.project = given;
    } else {
        f.project = dir + "/district.sqlite";
        store::ProjectSettings s;
        s.srid = 4549;
        auto p = store::Project::create(f.project, s);
        if (!p || !bench::writeDistrict(*p)) {
            std::cerr << "cannot write the district\n";
            return 1;
        }
    }
    auto project = store::Project::open(f.project, true);
    if (!project) {
        std::cerr << project.error().message << "\n";
        return 1;
    }
    auto model = model::MapModel::load(*project);
    if (!model) {
        std::cerr << model.error().message << "\n";
        return 1;
    }
    f.model = std::make_shared<const model::MapModel>(std::move(*model));
    f.style = render::MapStyle::defaults();
    const geo::Box all = f.model->fullExtent();
    f.ortho = dir + "/ortho4326.tif";
    if (const std::string e = writeOrtho(all, project->settings().srid, f.ortho); !e.empty()) {
        std::cerr << e << "\n";
        return 1;
    }
    auto source = io::BasemapSource::open(f.ortho, project->settings().srid);
    if (!source) {
        std::cerr << source.error().message << "\n";
        return 1;
    }
    f.source = std::move(*source);
    f.full = render::MapView::fitting(all, {1920, 1080});
    f.twoKm = f.full;
    f.twoKm.metresPerPixel = 2000.0 / 1920;
    std::cout << fmt::format("district {} buildings, {} grids; orthophoto {}x{} px, {} overviews\n",
                             f.model->buildings().size(), f.model->grids().size(), f.source->info().width,
                             f.source->info().height, f.source->info().overviews);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::filesystem::remove_all(dir);
    return 0;
}
