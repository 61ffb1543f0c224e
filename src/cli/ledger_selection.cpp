#include "cli/ledger_selection.h"

#include <fmt/format.h>

#include <algorithm>

#include "ledger/vocabulary.h"
#include "ledger/workflow.h"

namespace ga::cli {
namespace {

Result<ledger::Time> timeOption(const Args& a, const std::string& name, bool endOfDay) {
    const std::string text = *a.value(name);
    const auto t = ledger::parseTime(text);
    if (!t) return fail(fmt::format("--{} {}: give a date as YYYY-MM-DD (or YYYY-MM-DDTHH:MM:SS)", name, text));
    // "--to 2026-03-31" means to the end of that day.
    return endOfDay && text.size() == 10 ? *t + std::chrono::days{1} : *t;
}

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

}  // namespace

Result<analysis::IssueFilter> issueFilterFrom(const Args& a, const analysis::IssueTable& t, ledger::Time now) {
    analysis::IssueFilter f;
    f.now = now;
    for (const std::string& c : a.values("category")) {
        const std::string_view name = ledger::canonicalCategory(c).value_or(c);
        const auto& cats = t.categories();
        const auto it = std::find(cats.begin(), cats.end(), name);
        if (it == cats.end()) return fail(fmt::format("--category {}: no such category (the ledger has {})", c, joined(cats)));
        f.categories.set(static_cast<size_t>(it - cats.begin()));
    }
    for (const std::string& s : a.values("state")) {
        const auto state = ledger::parseState(s);
        if (!state) return fail(fmt::format("--state {}: not a workflow state (上报, 受理, 不予受理, 派遣, 处置, 上报上级, 反馈, 核查, 办结, 销号)", s));
        f.states.set(static_cast<size_t>(*state));
    }
    for (const std::string& s : a.values("severity")) {
        const auto sev = ledger::parseSeverity(s);
        if (!sev) return fail(fmt::format("--severity {}: not a severity (一般, 较大, 重大)", s));
        f.severities.set(static_cast<size_t>(*sev));
    }
    for (const std::string& g : a.values("grid")) {
        const auto& grids = t.grids();
        const auto it = std::find_if(grids.begin(), grids.end(), [&](const analysis::GridInfo& i) { return i.code == g; });
        if (it == grids.end()) return fail(fmt::format("--grid {}: no such grid in the project", g));
        f.grids.push_back(static_cast<uint32_t>(it - grids.begin()));
    }
    std::sort(f.grids.begin(), f.grids.end());
    if (a.value("from")) {
        auto from = timeOption(a, "from", false);
        if (!from) return std::unexpected(from.error());
        f.from = *from;
    }
    if (a.value("to")) {
        auto to = timeOption(a, "to", true);
        if (!to) return std::unexpected(to.error());
        f.to = *to;
    }
    if (f.from && f.to && *f.from >= *f.to)
        return fail(fmt::format("--from {} is not before --to {}", *a.value("from"), *a.value("to")));
    f.overdueOnly = a.flag("overdue");
    return f;
}

}  // namespace ga::cli
