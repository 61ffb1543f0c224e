// Print benchmark on the sample community 友好社区 (issue 7's targets): an A0 PDF of one grid at
// 300 dpi ≤ 2 s, the atlas of all 12 grids at A1 ≤ 10 s, an A0 PNG at 300 dpi (14,043 x 9,933 px)
// ≤ 10 s and ≤ 2 GB. Baselines in the same run: the map alone through MapRenderer on the same
// PDF page (what the sheet adds around it), and the same A0 image written by Qt's PNG writer as
// RGB and as ARGB (the "several seconds" of the issue).
// Set GA_BENCH_PROJECT (and GA_BENCH_GRID) to print another project, e.g. a synth district.
#include <QGuiApplication>
#include <QImageWriter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <string>

#include "print/print_request.h"
#include "print/png_writer.h"
#include "print/sheet_output.h"

using namespace ga;
using namespace ga::print;

namespace {

struct Fixture {
    std::optional<store::Project> project;
    std::optional<PrintSource> source;
    std::unique_ptr<SheetPainter> painter;
    std::string grid = "320623001001009";
    QTemporaryDir dir;
    QImage a0;  ///< the A0 sheet at 300 dpi, drawn once for the write benchmarks
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

std::string out(const char* name) { return fixture().dir.filePath(QString::fromUtf8(name)).toStdString(); }

// Peak resident memory of the process so far (VmHWM), in MB.
double peakRssMb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with("VmHWM:")) return std::stod(line.substr(6)) / 1024;
    return 0;
}

std::vector<Sheet> plan(Target target, PaperSize paper) {
    PrintRequest r;
    r.target = target;
    r.code = target == Target::Grid ? fixture().grid : std::string();
    r.templateId = TemplateId::WallMap;
    r.paper = paper;
    auto s = planSheets(*fixture().source, r);
    if (!s) {
        std::cerr << s.error().message << "\n";
        return {};
    }
    return *s;
}

void pdf(benchmark::State& state, Target target, PaperSize paper) {
    const std::vector<Sheet> sheets = plan(target, paper);
    size_t bytes = 0;
    for (auto _ : state) {
        auto r = writePdf(out("bench.pdf"), sheets, *fixture().painter, 300);
        if (!r) state.SkipWithError(r.error().message.c_str());
        bytes = static_cast<size_t>(QFileInfo(QString::fromStdString(out("bench.pdf"))).size());
    }
    state.counters["pages"] = static_cast<double>(sheets.size());
    state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}

// Baseline: the same map (view, options) alone on an A0 page.
void mapOnlyPdf(benchmark::State& state) {
    const std::vector<Sheet> sheets = plan(Target::Grid, PaperSize::A0);
    const SheetReport report = fixture().painter->plan(sheets.front(), 300);
    for (auto _ : state) {
        QPdfWriter pdf(QString::fromStdString(out("map.pdf")));
        pdf.setResolution(1200);
        pdf.setPageLayout(QPageLayout(sheets.front().paper.pageSize(), QPageLayout::Landscape, QMarginsF()));
        QPainter p(&pdf);
        p.scale(1200 / 25.4, 1200 / 25.4);
        render::RenderOptions o;
        o.focusGrid = sheets.front().content.grid;
        o.fadeOutsideFocus = 0.45;
        auto r = drawMapFrame(p, report.map, fixture().painter->mapRenderer(), o);
        if (!r) state.SkipWithError(r.error().message.c_str());
    }
}

void pngRender(benchmark::State& state) {
    const std::vector<Sheet> sheets = plan(Target::Grid, PaperSize::A0);
    for (auto _ : state) {
        fixture().a0 = QImage();
        auto image = renderSheetImage(sheets.front(), *fixture().painter, 300);
        if (!image) state.SkipWithError(image.error().message.c_str());
        else fixture().a0 = std::move(*image);
    }
    state.counters["Mpx"] = static_cast<double>(fixture().a0.width()) * fixture().a0.height() / 1e6;
    state.counters["peak_RSS_MB"] = peakRssMb();
}

void pngWhole(benchmark::State& state) {
    const std::vector<Sheet> sheets = plan(Target::Grid, PaperSize::A0);
    const std::vector<std::string> paths{out("bench.png")};
    for (auto _ : state) {
        fixture().a0 = QImage();  // no image held from before: the run's own memory only
        auto r = writePngs(paths, sheets, *fixture().painter, 300);
        if (!r) state.SkipWithError(r.error().message.c_str());
    }
    state.counters["MB"] = static_cast<double>(QFileInfo(QString::fromStdString(paths[0])).size()) / 1e6;
    state.counters["peak_RSS_MB"] = peakRssMb();
}

// Writing the drawn A0 image: as GridAtlas does (RGB, filtered and deflated on two threads), and
// as Qt's own writer does it, RGB and (its default for a drawn QImage) ARGB.
enum class Writer { GridAtlas, QtRgb, QtArgb };

void pngWrite(benchmark::State& state, Writer how) {
    if (fixture().a0.isNull()) {
        auto image = renderSheetImage(plan(Target::Grid, PaperSize::A0).front(), *fixture().painter, 300);
        if (image) fixture().a0 = std::move(*image);
    }
    const QImage image = how == Writer::QtArgb ? fixture().a0.convertToFormat(QImage::Format_ARGB32) : fixture().a0;
    const QString path = QString::fromStdString(out("write.png"));
    for (auto _ : state) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) state.SkipWithError("cannot open");
        if (how == Writer::GridAtlas) {
            if (!writeRgbPng(file, image, 300)) state.SkipWithError("cannot write");
        } else if (!QImageWriter(&file, "png").write(image)) {
            state.SkipWithError("cannot write");
        }
    }
    state.counters["MB"] = static_cast<double>(QFileInfo(path).size()) / 1e6;
}

bool prepare() {
    Fixture& f = fixture();
    const char* given = std::getenv("GA_BENCH_PROJECT");
    if (const char* grid = std::getenv("GA_BENCH_GRID")) f.grid = grid;
    auto p = store::Project::open(given ? given : GA_YOUHAO_PROJECT, true);
    if (!p) {
        std::cerr << p.error().message << "\n";
        return false;
    }
    f.project.emplace(std::move(*p));
    auto s = PrintSource::load(*f.project);
    if (!s) {
        std::cerr << s.error().message << "\n";
        return false;
    }
    f.source.emplace(std::move(*s));
    f.painter = std::make_unique<SheetPainter>(f.source->sharedModel(), f.source->style());
    std::cerr << f.project->path() << ": " << f.source->model().grids().size() << " grids, "
              << f.source->model().buildings().size() << " buildings\n";
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (!prepare()) return 2;
    using benchmark::kMillisecond;
    // The whole A0 PNG first, so its peak memory is not hidden by images of later benchmarks.
    benchmark::RegisterBenchmark("Print/GridPngA0At300dpi", pngWhole)->Unit(kMillisecond)->Iterations(2);
    benchmark::RegisterBenchmark("Print/GridPngA0At300dpi/draw", pngRender)->Unit(kMillisecond)->Iterations(2);
    benchmark::RegisterBenchmark("Print/GridPngA0At300dpi/write", [](benchmark::State& s) { pngWrite(s, Writer::GridAtlas); })
        ->Unit(kMillisecond)->Iterations(2);
    benchmark::RegisterBenchmark("Baseline/QtPngWriterRgbA0", [](benchmark::State& s) { pngWrite(s, Writer::QtRgb); })
        ->Unit(kMillisecond)->Iterations(1);
    benchmark::RegisterBenchmark("Baseline/QtPngWriterArgbA0", [](benchmark::State& s) { pngWrite(s, Writer::QtArgb); })
        ->Unit(kMillisecond)->Iterations(1);
    benchmark::RegisterBenchmark("Print/GridPdfA0", [](benchmark::State& s) { pdf(s, Target::Grid, PaperSize::A0); })
        ->Unit(kMillisecond);
    benchmark::RegisterBenchmark("Baseline/MapOnlyPdfA0", mapOnlyPdf)->Unit(kMillisecond);
    benchmark::RegisterBenchmark("Print/AtlasPdfA1", [](benchmark::State& s) { pdf(s, Target::Atlas, PaperSize::A1); })
        ->Unit(kMillisecond)->Iterations(3);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
