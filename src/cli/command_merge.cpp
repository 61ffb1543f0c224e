#include <fmt/format.h>

#include "cli/command.h"
#include "cli/edit_output.h"
#include "edit/merge.h"
#include "edit/workspace.h"

namespace ga::cli {

int runMerge(const Args& a) {
    const auto list = a.value("grids");
    if (!list) return failWith({"merge needs --grids A,B[,...]"});
    edit::MergeRequest request;
    size_t start = 0;
    for (;;) {
        const size_t comma = list->find(',', start);
        std::string code = list->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!code.empty()) request.codes.push_back(std::move(code));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    request.into = a.value("into").value_or("");
    request.nameFrom = a.value("name-from").value_or("");
    request.staffFrom = a.value("staff-from").value_or("");
    return commitEdit(a, [&](store::Project& p, edit::Workspace& ws) { return edit::planMerge(p, ws, request); });
}

}  // namespace ga::cli
