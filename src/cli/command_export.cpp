#include <fmt/format.h>

#include <iostream>

#include "cli/command.h"
#include "geo/crs.h"
#include "io/exporter.h"

namespace ga::cli {

int runExport(const Args& a) {
    if (a.positional().size() != 2) return failWith({"export takes PROJECT and OUT (and --layer L)"});
    const auto layerName = a.value("layer");
    if (!layerName) return failWith({"export needs --layer L"});
    const auto layer = store::layerByName(*layerName);
    if (!layer) return failWith({fmt::format("--layer {}: no such layer", *layerName)});
    io::ExportOptions o;
    o.layer = *layer;
    o.out = a.positional()[1];
    o.unmasked = a.flag("unmasked");
    if (auto crs = a.value("crs")) {
        auto epsg = geo::parseEpsg(*crs);
        if (!epsg) return failWith(epsg.error());
        o.epsg = *epsg;
    }
    // Only an unmasked export writes to the project (its edit-log entry).
    auto p = openProject(a, !o.unmasked);
    if (!p) return failWith(p.error());
    o.operatorName = operatorOf(a, p->settings());
    auto s = io::exportLayer(*p, o);
    if (!s) return failWith(s.error());
    std::cout << fmt::format("exported {} rows of {} to {} ({}{})\n", s->rows, *layerName, o.out, s->driver,
                             s->epsg ? fmt::format(", EPSG:{}", s->epsg) : std::string());
    if (o.unmasked)
        std::cout << fmt::format("personal data unmasked: logged as edit {} (export_unmasked)\n", s->editId);
    return 0;
}

}  // namespace ga::cli
