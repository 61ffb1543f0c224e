#include <fmt/format.h>

#include <iostream>

#include "cli/command.h"
#include "core/json_writer.h"
#include "edit/validation.h"
#include "edit/workspace.h"
#include "geo/wkt.h"

namespace ga::cli {

int runValidate(const Args& a) {
    auto p = openProject(a, true);
    if (!p) return failWith(p.error());
    auto ws = edit::Workspace::load(*p);
    if (!ws) return failWith(ws.error());
    auto report = edit::validate(*ws);
    if (!report) return failWith(report.error());
    if (a.flag("json")) {
        JsonWriter j;
        j.beginObject().field("ok", report->ok()).key("violations").beginArray();
        for (const edit::Violation& v : report->violations) {
            j.beginObject().field("rule", v.rule).key("grids").beginArray();
            for (const std::string& g : v.grids) j.value(g);
            j.endArray()
                .field("where", geo::toWkt(geo::Geometry::point(v.where), 3))
                .field("detail", v.detail)
                .field("severity", v.severity == edit::Severity::Error ? "error" : "warning");
            if (v.area > 0) j.field("area_m2", v.area);
            if (v.building) j.field("building", static_cast<long long>(v.building));
            j.endObject();
        }
        j.endArray()
            .field("grids", static_cast<long long>(report->grids))
            .field("buildings", static_cast<long long>(report->buildings))
            .endObject();
        std::cout << j.str() << "\n";
    } else {
        for (const edit::Violation& v : report->violations) {
            std::string grids;
            for (const std::string& g : v.grids) grids += (grids.empty() ? "" : ",") + g;
            std::cout << fmt::format("{:<8} {:<18} {:<34} {}  at ({:.2f} {:.2f})\n",
                                     v.severity == edit::Severity::Error ? "error" : "warning", v.rule, grids, v.detail,
                                     v.where.x, v.where.y);
        }
        std::cout << fmt::format("{} grids, {} buildings checked: {} errors, {} warnings\n", report->grids,
                                 report->buildings, report->errors(), report->warnings());
    }
    return report->ok() ? 0 : 1;
}

}  // namespace ga::cli
