// gridatlas-cli basemap: add, list and remove the project's basemaps (an orthophoto GeoTIFF, an
// MBTiles file, an XYZ or WMTS tile service). A basemap is opened and read a little before it is
// saved, so a file that is no raster or a service that does not answer never reaches the project.
#include <fmt/format.h>

#include <charconv>
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "core/json_writer.h"
#include "io/basemap_source.h"
#include "store/basemap_settings.h"

namespace ga::cli {
namespace {

int add(const Args& a, store::Project& p, const std::string& given) {
    store::BasemapSetting b;
    // A file is kept by its absolute path, so the project draws it from any working directory.
    b.source = io::isBasemapUrl(given) ? given : std::filesystem::absolute(given).lexically_normal().string();
    b.name = a.value("name").value_or(io::suggestedBasemapName(given));
    b.attribution = a.value("attribution").value_or(io::knownAttribution(given));
    if (auto o = a.value("opacity")) {
        double v = -1;
        const auto [end, ec] = std::from_chars(o->data(), o->data() + o->size(), v);
        if (ec != std::errc{} || end != o->data() + o->size() || !(v >= 0 && v <= 1))
            return failWith({fmt::format("--opacity '{}': give a number from 0 to 1", *o)});
        b.opacity = v;
    }
    auto source = io::BasemapSource::open(b.source, p.settings().srid);
    if (!source) return failWith(source.error());
    if (auto r = (*source)->probe(); !r) return failWith(r.error());
    if (auto r = store::addBasemap(p, b, operatorOf(a, p.settings())); !r) return failWith(r.error());
    const io::BasemapInfo& info = (*source)->info();
    std::cout << fmt::format("added basemap {}: {} {}x{} px, {} overview level(s), {}", b.name, info.driver, info.width,
                             info.height, info.overviews, info.crsName.empty() ? "CRS unnamed" : info.crsName);
    if (!info.extent.isEmpty())
        std::cout << fmt::format("; covers {:.0f},{:.0f},{:.0f},{:.0f} in EPSG:{}", info.extent.minx, info.extent.miny,
                                 info.extent.maxx, info.extent.maxy, p.settings().srid);
    std::cout << "\n";
    return 0;
}

int list(const Args& a, store::Project& p) {
    auto basemaps = store::loadBasemaps(p);
    if (!basemaps) return failWith(basemaps.error());
    if (a.flag("json")) {
        JsonWriter w;
        w.beginArray();
        for (const auto& b : *basemaps) {
            w.beginObject().field("name", b.name).field("source", b.source).field("opacity", b.opacity);
            w.field("visible", b.visible).field("attribution", b.attribution).endObject();
        }
        w.endArray();
        std::cout << w.str() << "\n";
        return 0;
    }
    if (basemaps->empty()) std::cout << "no basemaps\n";
    // Top first, as the layer panel lists them.
    for (auto it = basemaps->rbegin(); it != basemaps->rend(); ++it)
        std::cout << fmt::format("{}  {}  {:.0f}%  {}{}\n", it->name, it->visible ? "shown" : "hidden",
                                 it->opacity * 100, it->source,
                                 it->attribution.empty() ? std::string() : "  (" + it->attribution + ")");
    return 0;
}

}  // namespace

int runBasemap(const Args& a) {
    const auto added = a.value("add"), removed = a.value("remove");
    if ((added ? 1 : 0) + (removed ? 1 : 0) + (a.flag("list") ? 1 : 0) != 1)
        return failWith({"basemap needs one of --add PATH|URL, --list or --remove NAME"});
    auto p = openProject(a, a.flag("list"));
    if (!p) return failWith(p.error());
    if (added) return add(a, *p, *added);
    if (removed) {
        if (auto r = store::removeBasemap(*p, *removed, operatorOf(a, p->settings())); !r) return failWith(r.error());
        std::cout << fmt::format("removed basemap {}\n", *removed);
        return 0;
    }
    return list(a, *p);
}

}  // namespace ga::cli
