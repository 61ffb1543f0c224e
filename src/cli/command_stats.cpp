// gridatlas-cli stats: the ledger's figures per grid, community, month or category, as a table
// on the terminal, JSON or CSV (stdout), or a .csv / .xlsx file.
#include <fmt/format.h>

#include <iostream>

#include "analysis/statistics.h"
#include "cli/command.h"
#include "cli/ledger_selection.h"
#include "core/json_writer.h"
#include "core/text_width.h"
#include "io/table_writer.h"

namespace ga::cli {
namespace {

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

void printTable(const analysis::Statistics& s, const std::vector<analysis::StatColumn>& columns) {
    // Few columns on a terminal: the ones a street office reports.
    const std::vector<std::string_view> shown = {"label", "households", "reported", "accepted", "closed", "overdue",
                                                 "disputes", "mediated", "closure_rate", "mediation_rate",
                                                 "per_100_households"};
    std::vector<const analysis::StatColumn*> cols;
    for (std::string_view id : shown)
        for (const auto& c : columns)
            if (c.id == id) cols.push_back(&c);
    std::vector<std::vector<std::string>> cells;
    const auto cell = [](const analysis::StatRow& r, const analysis::StatColumn& c) {
        if (c.rate) return fmt::format("{:.1f}%", analysis::statValue(r, c.id) * 100);
        return analysis::statCell(r, c);
    };
    for (const auto& r : s.rows) {
        cells.emplace_back();
        for (const auto* c : cols) cells.back().push_back(c->id == "label" && r.label.empty() ? r.key : cell(r, *c));
    }
    cells.emplace_back();
    for (const auto* c : cols) cells.back().push_back(cell(s.total, *c));
    std::vector<size_t> width;
    for (size_t i = 0; i < cols.size(); ++i) {
        size_t w = displayWidth(cols[i]->label);
        for (const auto& row : cells) w = std::max(w, displayWidth(row[i]));
        width.push_back(w);
    }
    const auto line = [&](const std::vector<std::string>& row) {
        std::string out;
        for (size_t i = 0; i < row.size(); ++i) {
            if (i) out.append("  ");
            out.append(i == 0 ? padRight(row[i], width[i]) : padLeft(row[i], width[i]));
        }
        std::cout << out << "\n";
    };
    std::vector<std::string> head;
    for (const auto* c : cols) head.emplace_back(c->label);
    line(head);
    for (size_t r = 0; r < cells.size(); ++r) {
        if (r + 1 == cells.size()) {
            size_t total = 0;
            for (size_t w : width) total += w + 2;
            std::cout << std::string(total - 2, '-') << "\n";
        }
        line(cells[r]);
    }
}

void printJson(const analysis::Statistics& s, const std::vector<analysis::StatColumn>& columns) {
    JsonWriter j;
    const auto row = [&](const analysis::StatRow& r) {
        j.beginObject();
        for (const auto& c : columns) {
            if (!c.number) {
                j.field(c.id, c.id == "key" ? r.key : r.label);
            } else if (c.id == "households" && r.households < 0) {
                j.key(c.id).null();
            } else if (c.rate || c.id == "per_100_households") {
                j.field(c.id, analysis::statValue(r, c.id));
            } else {
                j.field(c.id, static_cast<long long>(analysis::statValue(r, c.id)));
            }
        }
        j.endObject();
    };
    j.beginObject().field("by", analysis::groupById(s.by)).key("rows").beginArray();
    for (const auto& r : s.rows) row(r);
    j.endArray().key("total");
    row(s.total);
    j.endObject();
    std::cout << j.str() << "\n";
}

}  // namespace

int runStats(const Args& a) {
    const std::string byName = a.value("by").value_or("grid");
    const auto by = analysis::parseGroupBy(byName);
    if (!by) return failWith(Error{fmt::format("--by {}: give grid, community, month or category", byName)});
    if (a.flag("json") && a.flag("csv")) return failWith(Error{"give --json or --csv, not both"});
    auto project = openProject(a, true);
    if (!project) return failWith(project.error());
    auto table = analysis::IssueTable::load(*project);
    if (!table) return failWith(table.error());
    const ledger::Time now = ledger::localNow();
    auto filter = issueFilterFrom(a, *table, now);
    if (!filter) return failWith(filter.error());
    const analysis::Statistics s = analysis::computeStatistics(*table, *by, *filter, now);
    const std::vector<analysis::StatColumn> columns = analysis::statColumns(*by);

    if (auto out = a.value("out")) {
        io::Table t;
        t.name = fmt::format("事件统计_{}", analysis::groupById(*by));
        for (const auto& c : columns) t.columns.push_back({std::string(c.label), c.number});
        t.rows = analysis::statCells(s);
        if (auto w = io::writeTable(*out, t); !w) return failWith(w.error());
        std::cout << fmt::format("{}: {} rows by {}\n", *out, s.rows.size() + 1, analysis::groupById(*by));
        return 0;
    }
    if (a.flag("json")) {
        printJson(s, columns);
    } else if (a.flag("csv")) {
        std::string head;
        for (const auto& c : columns) {
            if (!head.empty()) head.push_back(',');
            head.append(c.id);
        }
        std::cout << head << "\n";
        const auto line = [&](const analysis::StatRow& r) {
            std::string l;
            for (size_t i = 0; i < columns.size(); ++i) {
                if (i) l.push_back(',');
                l.append(csvField(analysis::statCell(r, columns[i])));
            }
            std::cout << l << "\n";
        };
        for (const auto& r : s.rows) line(r);
        line(s.total);
    } else {
        printTable(s, columns);
    }
    return 0;
}

}  // namespace ga::cli
