#include <fmt/format.h>
#include <iostream>

#include "cli/command.h"
#include "geo/crs.h"

namespace ga::cli {

int runNew(const Args& a) {
    if (a.positional().size() != 1) return failWith({"new takes exactly one PROJECT path"});
    store::ProjectSettings s;
    s.name = a.value("name").value_or("");
    s.division = a.value("division").value_or("");
    s.operatorName = a.value("operator").value_or("");
    if (auto crs = a.value("crs")) {
        auto srid = geo::parseEpsg(*crs);
        if (!srid) return failWith(srid.error());
        if (auto metric = geo::requireMetricProjectCrs(*srid); !metric) return failWith(metric.error());
        s.srid = *srid;
    }
    auto p = store::Project::create(a.positional()[0], s);
    if (!p) return failWith(p.error());
    std::cout << fmt::format("created {}{}\n", a.positional()[0],
                             s.srid ? fmt::format(" (EPSG:{})", s.srid) : " (CRS picked on first import)");
    return 0;
}

}  // namespace ga::cli
