#include <fmt/format.h>

#include <iostream>

#include "cli/command.h"
#include "core/json_writer.h"
#include "edit/planar.h"
#include "edit/suggest_split.h"
#include "edit/workspace.h"
#include "geo/wkt.h"

namespace ga::cli {

int runSuggestSplit(const Args& a) {
    const auto code = a.value("grid");
    if (!code) return failWith({"suggest-split needs --grid CODE"});
    edit::SuggestOptions options;
    if (auto seed = a.value("seed")) {
        try {
            options.seed = std::stoull(*seed);
        } catch (const std::exception&) {
            return failWith({fmt::format("--seed '{}': not a number", *seed)});
        }
    }
    auto p = openProject(a, true);
    if (!p) return failWith(p.error());
    auto ws = edit::Workspace::load(*p);
    if (!ws) return failWith(ws.error());
    auto s = edit::suggestSplit(*ws, *code, options);
    if (!s) return failWith(s.error());
    const std::string line = geo::toWkt(s->line, 3);
    if (a.flag("json")) {
        JsonWriter j;
        j.beginObject().field("grid", *code).field("line", line).key("parts").beginArray();
        for (size_t i = 0; i < 2; ++i) {
            j.beginObject()
                .field("households", static_cast<long long>(s->households[i]))
                .field("status", rangeStatusId(ws->range().classify(s->households[i])))
                .field("area_m2", edit::stableArea(s->parts[i]))
                .field("compactness", s->compactness[i])
                .key("buildings")
                .beginArray();
            for (int64_t b : s->buildings[i]) j.value(static_cast<long long>(b));
            j.endArray().endObject();
        }
        j.endArray().field("road_share", s->roadShare).endObject();
        std::cout << j.str() << "\n";
        return 0;
    }
    std::cout << fmt::format(
        "grid {}: split into {} + {} households (compactness {:.2f} / {:.2f}, {:.0f}% of the cut "
        "across roads)\nline {}\n\naccept with:\n  gridatlas-cli split {} --grid {} --line '{}'\n",
        *code, s->households[0], s->households[1], s->compactness[0], s->compactness[1], 100 * s->roadShare, line,
        p->path(), *code, line);
    return 0;
}

}  // namespace ga::cli
