#include "cli/edit_output.h"

#include <fmt/format.h>

#include <iostream>

#include "cli/command.h"
#include "core/json_writer.h"
#include "edit/planar.h"

namespace ga::cli {

void printCommitted(const edit::EditPlan& plan, int64_t editId, bool json) {
    if (json) {
        JsonWriter j;
        j.beginObject().field("edit", static_cast<long long>(editId)).field("action", plan.action);
        j.field("summary", plan.summary).key("grids").beginArray();
        for (const edit::PlannedGrid& g : plan.grids)
            j.beginObject()
                .field("code", g.code)
                .field("households", static_cast<long long>(g.households))
                .field("status", rangeStatusId(g.status))
                .field("area_m2", edit::stableArea(g.geometry))
                .field("new", g.created)
                .endObject();
        j.endArray().key("retired").beginArray();
        for (const std::string& c : plan.retired) j.value(c);
        j.endArray().key("warnings").beginArray();
        for (const std::string& w : plan.warnings) j.value(w);
        j.endArray().endObject();
        std::cout << j.str() << "\n";
        return;
    }
    std::cout << fmt::format("edit #{}: {}\n", editId, plan.summary);
    for (const edit::PlannedGrid& g : plan.grids)
        std::cout << fmt::format("  {}  {:>5} households  {}  {:>10.0f} m²{}\n", g.code, g.households,
                                 rangeStatusName(g.status), edit::stableArea(g.geometry), g.created ? "  (new)" : "");
    for (const std::string& c : plan.retired) std::cout << fmt::format("  {}  retired\n", c);
    for (const std::string& w : plan.warnings) std::cout << fmt::format("warning: {}\n", w);
    std::cout << "undo with: gridatlas-cli undo PROJECT\n";
}

int commitEdit(const Args& a, const std::function<Result<edit::EditPlan>(store::Project&, edit::Workspace&)>& plan) {
    auto p = openProject(a);
    if (!p) return failWith(p.error());
    auto ws = edit::Workspace::load(*p);
    if (!ws) return failWith(ws.error());
    auto planned = plan(*p, *ws);
    if (!planned) return failWith(planned.error());
    auto id = edit::commitPlan(*p, *ws, *planned, operatorOf(a, p->settings()));
    if (!id) return failWith(id.error());
    printCommitted(*planned, *id, a.flag("json"));
    return 0;
}

}  // namespace ga::cli
