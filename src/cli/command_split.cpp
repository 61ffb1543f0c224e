#include <fmt/format.h>

#include "cli/command.h"
#include "cli/edit_output.h"
#include "edit/split.h"
#include "edit/workspace.h"
#include "geo/wkt.h"

namespace ga::cli {

int runSplit(const Args& a) {
    const auto code = a.value("grid");
    const auto wkt = a.value("line");
    if (!code || !wkt) return failWith({"split needs --grid CODE and --line WKT"});
    auto line = geo::fromWkt(*wkt);
    if (!line) return failWith({fmt::format("--line: {}", line.error().message)});
    auto p = openProject(a);
    if (!p) return failWith(p.error());
    auto ws = edit::Workspace::load(*p);
    if (!ws) return failWith(ws.error());
    auto plan = edit::planSplit(*p, *ws, *code, *line);
    if (!plan) return failWith(plan.error());
    auto id = edit::commitPlan(*p, *ws, *plan, operatorOf(a, p->settings()));
    if (!id) return failWith(id.error());
    printCommitted(*plan, *id, a.flag("json"));
    return 0;
}

}  // namespace ga::cli
