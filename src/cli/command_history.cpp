#include <fmt/format.h>

#include <iostream>

#include "cli/command.h"
#include "core/json_writer.h"
#include "store/edit_history.h"

namespace ga::cli {

int runHistory(const Args& a) {
    auto p = openProject(a, true);
    if (!p) return failWith(p.error());
    auto log = store::listHistory(*p);
    if (!log) return failWith(log.error());
    if (a.flag("json")) {
        JsonWriter j;
        j.beginArray();
        for (const store::HistoryEntry& e : *log) {
            j.beginObject()
                .field("id", static_cast<long long>(e.id))
                .field("at", e.at)
                .field("operator", e.operatorName)
                .field("action", e.action)
                .field("target", e.target)
                .field("summary", e.summary)
                .field("in_effect", e.inEffect)
                .field("undoable", e.undoable)
                .field("rows_changed", static_cast<long long>(e.changes));
            if (e.undoneBy) j.field("undone_by", static_cast<long long>(*e.undoneBy));
            if (e.undoes) j.field("undoes", static_cast<long long>(*e.undoes));
            j.endObject();
        }
        j.endArray();
        std::cout << j.str() << "\n";
        return 0;
    }
    for (const store::HistoryEntry& e : *log) {
        std::string state;
        if (!e.inEffect) state = e.undoneBy ? fmt::format("  [undone by #{}]", *e.undoneBy) : "  [undone]";
        std::cout << fmt::format("#{:<5} {}  {:<12} {:<16} {}{}\n", e.id, e.at, e.operatorName, e.action, e.summary,
                                 state);
    }
    return 0;
}

}  // namespace ga::cli
