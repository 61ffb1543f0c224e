// gridatlas-cli render: the map drawn to PNG through the same renderer as the workstation.
#include <fmt/format.h>

#include <QSaveFile>
#include <chrono>
#include <cmath>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "cli/gui_application.h"
#include "model/map_model.h"
#include "render/map_renderer.h"
#include "store/basemap_settings.h"

namespace ga::cli {
namespace {

Result<QSizeF> parseSize(const std::string& text) {
    int w = 0, h = 0;
    char x = 0, rest = 0;
    std::istringstream in(text);
    if (!(in >> w >> x >> h) || (x != 'x' && x != 'X') || (in >> rest) || w < 16 || h < 16 || w > 16384 || h > 16384)
        return fail(fmt::format("--size '{}': give WIDTHxHEIGHT in pixels, each 16–16384 (e.g. 1920x1080)", text));
    return QSizeF(w, h);
}

Result<geo::Box> parseExtent(const std::string& text) {
    geo::Box b;
    char c1 = 0, c2 = 0, c3 = 0, rest = 0;
    std::istringstream in(text);
    if (!(in >> b.minx >> c1 >> b.miny >> c2 >> b.maxx >> c3 >> b.maxy) || c1 != ',' || c2 != ',' || c3 != ',' ||
        (in >> rest))
        return fail(fmt::format("--extent '{}': give xmin,ymin,xmax,ymax in the project CRS", text));
    if (!std::isfinite(b.minx) || !std::isfinite(b.miny) || !std::isfinite(b.maxx) || !std::isfinite(b.maxy) ||
        !(b.minx < b.maxx) || !(b.miny < b.maxy))
        return fail(fmt::format("--extent '{}': xmin must be below xmax and ymin below ymax", text));
    return b;
}

}  // namespace

int runRender(const Args& a) {
    const auto out = a.value("out");
    if (!out || out->empty()) return failWith(Error{"render needs --out OUT.png"});
    auto size = parseSize(a.value("size").value_or("1920x1080"));
    if (!size) return failWith(size.error());
    std::optional<geo::Box> extent;
    if (auto e = a.value("extent")) {
        auto parsed = parseExtent(*e);
        if (!parsed) return failWith(parsed.error());
        extent = *parsed;
    }
    auto project = openProject(a, true);
    if (!project) return failWith(project.error());
    const auto app = guiApplication();

    const auto began = std::chrono::steady_clock::now();
    auto model = model::MapModel::load(*project);
    if (!model) return failWith(model.error());
    auto style = render::loadMapStyle(*project);
    if (!style) return failWith(style.error());
    const auto shared = std::make_shared<const model::MapModel>(std::move(*model));
    if (auto grid = a.value("grid")) {
        const auto g = shared->gridByCode(*grid);
        if (!g) return failWith(Error{fmt::format("--grid {}: no such grid in {}", *grid, project->path())});
        extent = shared->gridExtent(*g);
    }
    const geo::Box box = extent ? *extent : shared->fullExtent();
    // A grid is shown with some of its surroundings; an explicit extent exactly.
    const double margin = a.value("grid") ? 0.08 : a.value("extent") ? 0.0 : 0.03;
    render::MapView view = render::MapView::fitting(box, *size, margin);
    if (box.isEmpty()) view.centre = {0, 0};
    const auto loaded = std::chrono::steady_clock::now();

    // Basemaps as the workstation draws them; one that cannot be opened or read is named, and the
    // map is drawn without it.
    auto basemapSettings = store::loadBasemaps(*project);
    if (!basemapSettings) return failWith(basemapSettings.error());
    std::vector<std::string> problems;
    render::MapRenderer renderer(shared, *style);
    renderer.setBasemaps(render::openBasemaps(*basemapSettings, project->settings().srid, problems));
    auto frame = renderer.renderImage(view);
    if (!frame) return failWith(Error{fmt::format("{}: {}", *out, frame.error().message)});
    problems.insert(problems.end(), frame->result.problems.begin(), frame->result.problems.end());
    for (const std::string& p : problems) std::cerr << "gridatlas-cli: warning: " << p << "\n";
    const auto drawn = std::chrono::steady_clock::now();

    // RGB without alpha writes several times faster than ARGB; QSaveFile leaves no half-written file.
    QSaveFile file(QString::fromStdString(*out));
    if (!file.open(QIODevice::WriteOnly))
        return failWith(Error{fmt::format("{}: cannot write: {}", *out, file.errorString().toStdString())});
    if (!frame->image.convertToFormat(QImage::Format_RGB888).save(&file, "PNG") || !file.commit())
        return failWith(Error{fmt::format("{}: cannot write the PNG: {}", *out, file.errorString().toStdString())});

    using ms = std::chrono::duration<double, std::milli>;
    std::cout << fmt::format("{}: {}x{} px, {:.3f} m/px, {} features, {} labels; load {:.0f} ms, draw {:.0f} ms\n",
                             *out, frame->image.width(), frame->image.height(), view.metresPerPixel,
                             frame->result.features, frame->result.labels.size(), ms(loaded - began).count(),
                             ms(drawn - loaded).count());
    return 0;
}

}  // namespace ga::cli
