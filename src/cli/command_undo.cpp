#include <fmt/format.h>

#include <iostream>

#include "cli/command.h"
#include "store/edit_history.h"

namespace ga::cli {

int runUndo(const Args& a) {
    auto p = openProject(a);
    if (!p) return failWith(p.error());
    const std::string who = operatorOf(a, p->settings());
    if (auto to = a.value("to")) {
        int64_t id = 0;
        try {
            size_t used = 0;
            id = std::stoll(*to, &used);
            if (used != to->size() || id < 0) throw std::invalid_argument(*to);
        } catch (const std::exception&) {
            return failWith({fmt::format("--to '{}': an edit id from 'gridatlas-cli history'", *to)});
        }
        auto written = store::rollbackTo(*p, id, who);
        if (!written) return failWith(written.error());
        if (written->empty())
            std::cout << fmt::format("nothing to undo after edit #{}\n", id);
        else
            std::cout << fmt::format("rolled back to edit #{}: {} edit(s) undone (#{}–#{})\n", id, written->size(),
                                     written->front(), written->back());
        return 0;
    }
    auto id = store::undoLast(*p, who);
    if (!id) return failWith(id.error());
    if (*id == 0)
        std::cout << "nothing to undo\n";
    else
        std::cout << fmt::format("undone as edit #{}\n", *id);
    return 0;
}

}  // namespace ga::cli
