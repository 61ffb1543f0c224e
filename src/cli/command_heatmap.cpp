// gridatlas-cli heatmap: kernel density of the issue ledger to a GeoTIFF (one Float32 band of raw
// density, georeferenced in the project CRS) or to a PNG (the coloured overlay with a legend, and
// a world file placing it).
#include <fmt/format.h>

#include <QFile>
#include <QPainter>
#include <QSaveFile>
#include <QTextStream>
#include <charconv>
#include <chrono>
#include <cmath>
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "analysis/heatmap.h"
#include "cli/command.h"
#include "cli/gui_application.h"
#include "cli/ledger_selection.h"
#include "io/raster_writer.h"
#include "render/heatmap_layer.h"

namespace ga::cli {
namespace {

Result<double> positive(const Args& a, const std::string& name, double fallback, std::string_view what) {
    const auto text = a.value(name);
    if (!text) return fallback;
    double v = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
    if (ec != std::errc{} || end != text->data() + text->size() || !std::isfinite(v))
        return fail(fmt::format("--{} {}: give {} as a number", name, *text, what));
    if (v <= 0) return fail(fmt::format("--{} {}: {} must be greater than 0", name, *text, what));
    return v;
}

Result<std::optional<geo::Box>> extentOption(const Args& a) {
    const auto text = a.value("extent");
    if (!text) return std::nullopt;
    geo::Box b;
    char c1 = 0, c2 = 0, c3 = 0, rest = 0;
    std::istringstream in(*text);
    if (!(in >> b.minx >> c1 >> b.miny >> c2 >> b.maxx >> c3 >> b.maxy) || c1 != ',' || c2 != ',' || c3 != ',' ||
        (in >> rest) || !(b.minx < b.maxx) || !(b.miny < b.maxy) || !std::isfinite(b.width()) || !std::isfinite(b.height()))
        return fail(fmt::format("--extent {}: give xmin,ymin,xmax,ymax in the project CRS, min below max", *text));
    return b;
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

const char* methodName(analysis::KdeMethod m) {
    switch (m) {
    case analysis::KdeMethod::Exact: return "exact kernel per issue";
    case analysis::KdeMethod::Stamp: return "bilinear bins + 2-D kernel";
    case analysis::KdeMethod::Fft: return "bilinear bins + FFT convolution";
    default: return "auto";
    }
}

// The coloured overlay with its legend in the lower left corner: one pixel per cell, or a whole
// number of pixels per cell when the raster is small (a community at 10 m cells is ~150 px, which
// the legend alone would cover); the density is interpolated, and the world file says the pixel size.
Result<void> writePng(const std::string& out, const analysis::DensityRaster& d, double max, bool fixed,
                      const QString& title) {
    const analysis::RasterFrame& f = d.frame;
    if (f.width > 32768 || f.height > 32768)
        return fail(fmt::format("{}: {}x{} cells is too large for a PNG; use larger --pixel or a .tif", out, f.width, f.height));
    constexpr int kMinShortSide = 800, kMaxLongSide = 8192;
    const int shortSide = std::max(1, std::min(f.width, f.height)), longSide = std::max(f.width, f.height);
    const int factor = std::max(1, std::min((kMinShortSide + shortSide - 1) / shortSide, kMaxLongSide / std::max(1, longSide)));
    const int width = f.width * factor, height = f.height * factor;
    const double pixel = f.cell / factor;
    render::MapView view;
    view.centre = f.extent().center();
    view.metresPerPixel = pixel;
    view.size = QSizeF(width, height);
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return fail(fmt::format("{}: cannot allocate {}x{} pixels", out, width, height));
    const render::HeatRamp ramp;
    render::colourDensity(d, view, max, ramp, image);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const QSizeF size = render::heatLegendSize(title);
        render::drawHeatLegend(p, QRectF(QPointF(8, height - size.height() - 8), size), ramp, max, title, fixed);
    }
    QSaveFile file(QString::fromStdString(out));
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(fmt::format("{}: cannot write the PNG: {}", out, file.errorString().toStdString()));
    // The world file: cell size, rotation terms, and the centre of the top-left pixel.
    std::filesystem::path world(out);
    world.replace_extension(".pgw");
    QSaveFile wf(QString::fromStdString(world.string()));
    if (!wf.open(QIODevice::WriteOnly)) return fail(fmt::format("{}: cannot write", world.string()));
    const std::string text =
        fmt::format("{:.6f}\n0\n0\n{:.6f}\n{:.6f}\n{:.6f}\n", pixel, -pixel, f.x0 + pixel / 2, f.y0 - pixel / 2);
    wf.write(text.data(), static_cast<qint64>(text.size()));
    if (!wf.commit()) return fail(fmt::format("{}: cannot write", world.string()));
    return {};
}

}  // namespace

int runHeatmap(const Args& a) {
    const auto out = a.value("out");
    if (!out || out->empty()) return failWith(Error{"heatmap needs --out OUT.tif or OUT.png"});
    const std::string ext = lower(std::filesystem::path(*out).extension().string());
    const bool tiff = ext == ".tif" || ext == ".tiff";
    if (!tiff && ext != ".png") return failWith(Error{fmt::format("--out {}: write a .tif (GeoTIFF) or a .png", *out)});
    auto radius = positive(a, "radius", 150, "the radius in metres");
    if (!radius) return failWith(radius.error());
    auto cell = positive(a, "pixel", 10, "the pixel size in metres");
    if (!cell) return failWith(cell.error());
    std::optional<double> fixedMax;
    if (a.value("max")) {
        auto m = positive(a, "max", 0, "the density at the top of the colour ramp");
        if (!m) return failWith(m.error());
        fixedMax = *m;
        if (tiff) return failWith(Error{"--max sets the colour ramp of a PNG; a GeoTIFF holds the raw density"});
    }
    auto extent = extentOption(a);
    if (!extent) return failWith(extent.error());
    analysis::HeatmapRequest request;
    request.radius = *radius;
    if (auto w = a.value("weight")) {
        const auto weight = analysis::parseHeatWeight(*w);
        if (!weight) return failWith(Error{fmt::format("--weight {}: give count or severity", *w)});
        request.weight = *weight;
    }

    auto project = openProject(a, true);
    if (!project) return failWith(project.error());
    const int srid = project->settings().srid;
    const auto began = std::chrono::steady_clock::now();
    auto table = analysis::IssueTable::load(*project, false);
    if (!table) return failWith(table.error());
    auto filter = issueFilterFrom(a, *table, ledger::localNow());
    if (!filter) return failWith(filter.error());
    request.filter = *filter;
    const auto loaded = std::chrono::steady_clock::now();
    auto density = analysis::heatmapRaster(*table, request, *cell, *extent);
    if (!density) return failWith(Error{fmt::format("{}: {}", project->path(), density.error().message)});
    const auto computed = std::chrono::steady_clock::now();
    const double peak = density->max();
    const std::string what = fmt::format("raw quartic kernel density, r = {} m, weight {}", request.radius,
                                         analysis::heatWeightId(request.weight));
    if (tiff) {
        io::FloatRaster r;
        r.x0 = density->frame.x0;
        r.y0 = density->frame.y0;
        r.cell = density->frame.cell;
        r.width = density->frame.width;
        r.height = density->frame.height;
        r.epsg = srid;
        r.description = what;
        r.values = density->values;
        if (auto w = io::writeGeoTiff(*out, r); !w) return failWith(w.error());
    } else {
        const auto app = guiApplication();
        const QString title = QStringLiteral("事件密度 (r = %1 m%2)")
                                  .arg(request.radius)
                                  .arg(request.weight == analysis::HeatWeight::Severity ? QStringLiteral(", 按等级加权") : QString());
        if (auto w = writePng(*out, *density, fixedMax.value_or(peak), fixedMax.has_value(), title); !w)
            return failWith(w.error());
    }
    const auto written = std::chrono::steady_clock::now();
    using ms = std::chrono::duration<double, std::milli>;
    const auto& f = density->frame;
    std::cout << fmt::format("{}: {}x{} cells of {} m, EPSG:{}, {}; peak {:.3f}{}\n"
                             "  load {:.0f} ms, density {:.0f} ms ({}), write {:.0f} ms\n",
                             *out, f.width, f.height, f.cell, srid, what, peak,
                             tiff ? std::string() : fixedMax ? fmt::format("; colour ramp fixed at {}", *fixedMax) : std::string("; colour ramp to the peak"),
                             ms(loaded - began).count(), ms(computed - loaded).count(), methodName(density->method),
                             ms(written - computed).count());
    return 0;
}

}  // namespace ga::cli
