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
    return commitEdit(a, [&](store::Project& p, edit::Workspace& ws) { return edit::planSplit(p, ws, *code, *line); });
}

}  // namespace ga::cli
