#include "analysis/statistics.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>

#include "ledger/vocabulary.h"
#include "ledger/workflow.h"

namespace ga::analysis {
namespace {

constexpr std::array<std::string_view, 4> kGroupIds = {"grid", "community", "month", "category"};

int32_t monthOf(int64_t seconds) { return ledger::monthNumber(ledger::Time{std::chrono::seconds{seconds}}); }

void count(StatRow& r, const IssueTable& t, size_t i, ledger::Time now, uint8_t disputes) {
    const auto s = static_cast<ledger::State>(t.state(i));
    ++r.reported;
    const bool waiting = s == ledger::State::Reported, refused = s == ledger::State::Refused;
    const bool closed = ledger::isClosed(s);
    r.waiting += waiting;
    r.refused += refused;
    const bool accepted = !waiting && !refused;
    r.accepted += accepted;
    r.closed += closed;
    r.open += accepted && !closed;
    r.closedOnTime += t.closedOnTime(i);
    r.overdue += t.overdue(i, now);
    if (accepted && t.category(i) == disputes) {
        ++r.disputes;
        r.mediated += closed;
    }
}

}  // namespace

std::string_view groupById(GroupBy g) { return kGroupIds[static_cast<size_t>(g)]; }

std::optional<GroupBy> parseGroupBy(std::string_view id) {
    for (size_t i = 0; i < kGroupIds.size(); ++i)
        if (kGroupIds[i] == id) return static_cast<GroupBy>(i);
    return std::nullopt;
}

Statistics computeStatistics(const IssueTable& t, GroupBy by, const IssueFilter& filter, ledger::Time now) {
    Statistics out;
    out.by = by;
    const std::vector<uint32_t> chosen = selectIssues(t, filter);
    // 矛盾纠纷 is the ledger's first category, always in the table's dictionary.
    const uint8_t disputes = 0;

    std::vector<StatRow> rows;
    std::vector<uint32_t> groupOf(chosen.size());
    std::optional<uint32_t> none;  // index of the "no group" row, once made
    int32_t firstMonth = 0;
    switch (by) {
    case GroupBy::Grid:
        for (const GridInfo& g : t.grids()) rows.push_back({g.code, g.name, g.households});
        for (size_t k = 0; k < chosen.size(); ++k) groupOf[k] = t.grid(chosen[k]);
        break;
    case GroupBy::Community:
        for (const CommunityInfo& c : t.communities()) rows.push_back({c.code, c.name, 0});
        for (const GridInfo& g : t.grids())
            if (const uint32_t c = t.communityOfGrid(static_cast<uint32_t>(&g - t.grids().data())); c != kNoGrid)
                rows[c].households += g.households;
        for (size_t k = 0; k < chosen.size(); ++k) {
            const uint32_t g = t.grid(chosen[k]);
            groupOf[k] = g == kNoGrid ? kNoGrid : t.communityOfGrid(g);
        }
        break;
    case GroupBy::Month: {
        int32_t lo = INT32_MAX, hi = INT32_MIN;
        for (uint32_t i : chosen)
            if (t.reportedAt(i) != kNoTime) {
                const int32_t m = monthOf(t.reportedAt(i));
                lo = std::min(lo, m);
                hi = std::max(hi, m);
            }
        firstMonth = lo;
        for (int32_t m = lo; lo <= hi && m <= hi; ++m) rows.push_back({ledger::monthLabel(m), ledger::monthLabel(m)});
        for (size_t k = 0; k < chosen.size(); ++k) {
            const int64_t at = t.reportedAt(chosen[k]);
            groupOf[k] = at == kNoTime ? kNoGrid : static_cast<uint32_t>(monthOf(at) - firstMonth);
        }
        break;
    }
    case GroupBy::Category:
        for (const std::string& c : t.categories()) rows.push_back({c, c});
        for (size_t k = 0; k < chosen.size(); ++k) groupOf[k] = t.category(chosen[k]);
        break;
    }
    for (size_t k = 0; k < chosen.size(); ++k) {
        uint32_t g = groupOf[k];
        if (g == kNoGrid) {
            if (!none) {
                none = static_cast<uint32_t>(rows.size());
                rows.push_back({"", by == GroupBy::Month ? "(无日期)" : by == GroupBy::Community ? "(无社区)" : "(无网格)"});
            }
            g = *none;
        }
        count(rows[g], t, chosen[k], now, disputes);
        count(out.total, t, chosen[k], now, disputes);
    }
    if (by == GroupBy::Grid || by == GroupBy::Community) {
        out.total.households = 0;
        for (const StatRow& r : rows) out.total.households += std::max(0LL, r.households);
    }
    out.total.label = "合计";
    out.rows = std::move(rows);
    return out;
}

std::vector<StatColumn> statColumns(GroupBy by) {
    static constexpr StatColumn kCounts[] = {
        {"reported", "上报"},        {"waiting", "待受理"},    {"accepted", "受理"},
        {"refused", "不予受理"},     {"open", "在办"},         {"closed", "办结"},
        {"closed_on_time", "按时办结"}, {"overdue", "超期"},   {"disputes", "矛盾纠纷"},
        {"mediated", "调处成功"},    {"closure_rate", "办结率", true, true},
        {"on_time_rate", "按时办结率", true, true}, {"mediation_rate", "调处成功率", true, true}};
    const bool places = by == GroupBy::Grid || by == GroupBy::Community;
    std::vector<StatColumn> c = {{"key", "编码", false}, {"label", "名称", false}};
    if (places) c.push_back({"households", "户数"});
    for (const StatColumn& k : kCounts) c.push_back(k);
    if (places) c.push_back({"per_100_households", "每百户事件"});
    return c;
}

double statValue(const StatRow& r, std::string_view id) {
    if (id == "households") return static_cast<double>(r.households);
    if (id == "reported") return static_cast<double>(r.reported);
    if (id == "waiting") return static_cast<double>(r.waiting);
    if (id == "accepted") return static_cast<double>(r.accepted);
    if (id == "refused") return static_cast<double>(r.refused);
    if (id == "open") return static_cast<double>(r.open);
    if (id == "closed") return static_cast<double>(r.closed);
    if (id == "closed_on_time") return static_cast<double>(r.closedOnTime);
    if (id == "overdue") return static_cast<double>(r.overdue);
    if (id == "disputes") return static_cast<double>(r.disputes);
    if (id == "mediated") return static_cast<double>(r.mediated);
    if (id == "closure_rate") return r.closureRate();
    if (id == "on_time_rate") return r.onTimeRate();
    if (id == "mediation_rate") return r.mediationRate();
    if (id == "per_100_households") return r.per100Households();
    return 0;
}

std::string statCell(const StatRow& r, const StatColumn& c) {
    if (c.id == "key") return r.key;
    if (c.id == "label") return r.label;
    if (c.id == "households" && r.households < 0) return "";
    const double v = statValue(r, c.id);
    if (c.rate) return fmt::format("{:.3f}", v);
    if (c.id == "per_100_households") return fmt::format("{:.2f}", v);
    return fmt::format("{}", static_cast<long long>(v));
}

std::vector<std::vector<std::optional<std::string>>> statCells(const Statistics& s) {
    const std::vector<StatColumn> columns = statColumns(s.by);
    std::vector<std::vector<std::optional<std::string>>> cells;
    cells.reserve(s.rows.size() + 1);
    const auto add = [&](const StatRow& r) {
        cells.emplace_back();
        for (const auto& c : columns) {
            std::string v = statCell(r, c);
            cells.back().push_back(v.empty() ? std::nullopt : std::optional<std::string>(std::move(v)));
        }
    };
    for (const auto& r : s.rows) add(r);
    add(s.total);
    return cells;
}

MonthlyTrend monthlyTrend(const IssueTable& t, const IssueFilter& filter) {
    MonthlyTrend out;
    out.categories = t.categories();
    const std::vector<uint32_t> chosen = selectIssues(t, filter);
    int32_t lo = INT32_MAX, hi = INT32_MIN;
    for (uint32_t i : chosen)
        if (t.reportedAt(i) != kNoTime) {
            const int32_t m = monthOf(t.reportedAt(i));
            lo = std::min(lo, m);
            hi = std::max(hi, m);
        }
    if (lo > hi) return out;
    for (int32_t m = lo; m <= hi; ++m) out.months.push_back(ledger::monthLabel(m));
    out.counts.assign(out.months.size(), std::vector<long long>(out.categories.size(), 0));
    for (uint32_t i : chosen)
        if (t.reportedAt(i) != kNoTime) ++out.counts[static_cast<size_t>(monthOf(t.reportedAt(i)) - lo)][t.category(i)];
    return out;
}

}  // namespace ga::analysis
