#include <fmt/format.h>
#include <algorithm>
#include <iostream>

#include "cli/command.h"
#include "core/json_writer.h"
#include "core/text_width.h"
#include "store/summary.h"

namespace ga::cli {

int runInfo(const Args& a) {
    auto p = openProject(a, true);
    if (!p) return failWith(p.error());
    auto s = store::summarize(*p);
    if (!s) return failWith(s.error());
    const auto& st = p->settings();
    if (a.flag("json")) {
        JsonWriter j;
        j.beginObject();
        j.field("name", st.name).field("division", st.division).field("crs", fmt::format("EPSG:{}", st.srid));
        j.key("range").beginArray().value(st.range.min).value(st.range.max).endArray();
        for (const auto& l : s->layers) j.field(l.layer, l.count);
        j.key("grid_list").beginArray();
        for (const auto& g : s->grids) {
            j.beginObject()
                .field("code", g.code)
                .field("name", g.name)
                .field("community", g.community)
                .field("households", g.households)
                .field("households_source", store::householdSourceId(g.source))
                .field("population", g.population)
                .field("buildings", g.buildings)
                .field("area_m2", g.areaM2)
                .field("status", rangeStatusId(g.status))
                .endObject();
        }
        j.endArray().endObject();
        std::cout << j.str() << "\n";
        return 0;
    }
    std::cout << fmt::format("project  {}\nname     {}\ndivision {}\nCRS      EPSG:{}\nrule     {}–{} households per grid\n\n",
                             p->path(), st.name, st.division, st.srid, st.range.min, st.range.max);
    for (const auto& l : s->layers) std::cout << fmt::format("{:<15}{:>9}\n", l.layer, l.count);
    if (!s->grids.empty()) {
        size_t nameWidth = 6;
        for (const auto& g : s->grids) nameWidth = std::max(nameWidth, displayWidth(g.name) + 2);
        std::cout << fmt::format("\n{:<17}{}{:>10}{:>10}  {:<10}{}\n", "grid", padRight("name", nameWidth),
                                 "households", "buildings", "source", "status");
        for (const auto& g : s->grids)
            std::cout << fmt::format("{:<17}{}{:>10}{:>10}  {:<10}{}\n", g.code, padRight(g.name, nameWidth),
                                     g.households, g.buildings, store::householdSourceId(g.source),
                                     rangeStatusName(g.status));
    }
    return 0;
}

}  // namespace ga::cli
