#include "analysis/issue_table.h"

#include <algorithm>
#include <future>
#include <unordered_map>

#include "ledger/vocabulary.h"
#include "ledger/workflow.h"
#include "store/issue_ledger.h"
#include "store/summary.h"

namespace ga::analysis {

// Fills the columns row by row; finish() sets the origin and builds the index.
class IssueTable::Builder {
public:
    Builder(IssueTable& t, std::vector<GridInfo> grids, std::vector<CommunityInfo> communities) : t_(t) {
        for (std::string_view c : ledger::categories()) t_.categories_.emplace_back(c);
        t_.grids_ = std::move(grids);
        t_.communities_ = std::move(communities);
        std::unordered_map<std::string, uint32_t> community;
        for (uint32_t c = 0; c < t_.communities_.size(); ++c) community.emplace(t_.communities_[c].code, c);
        for (uint32_t g = 0; g < t_.grids_.size(); ++g) {
            gridByCode_.emplace(t_.grids_[g].code, g);
            const GridInfo& info = t_.grids_[g];
            auto it = community.find(info.community);
            if (it == community.end() && !info.community.empty()) {
                // A grid naming a community the project does not hold: listed under its code.
                it = community.emplace(info.community, static_cast<uint32_t>(t_.communities_.size())).first;
                t_.communities_.push_back({info.community, info.community});
            }
            t_.gridCommunity_.push_back(it == community.end() ? kNoGrid : it->second);
        }
    }

    void add(int64_t id, std::string_view issueId, std::string_view category, std::string_view severity,
             std::string_view state, std::string_view level, std::string_view reportedAt, std::string_view deadline,
             std::string_view closedAt, std::string_view grid, const std::optional<geo::Point>& location, bool derived) {
        t_.id_.push_back(id);
        t_.issueId_.emplace_back(issueId);
        t_.category_.push_back(categoryCode(category));
        t_.severity_.push_back(static_cast<uint8_t>(ledger::parseSeverity(severity).value_or(ledger::Severity::Normal)));
        t_.state_.push_back(static_cast<uint8_t>(
            ledger::parseState(state).value_or(closedAt.empty() ? ledger::State::Reported : ledger::State::Closed)));
        t_.level_.push_back(static_cast<uint8_t>(ledger::parseLevel(level).value_or(ledger::Level::Grid)));
        t_.reportedAt_.push_back(seconds(reportedAt));
        t_.deadline_.push_back(seconds(deadline));
        t_.closedAt_.push_back(seconds(closedAt));
        const auto g = grid.empty() ? gridByCode_.end() : gridByCode_.find(std::string(grid));
        t_.grid_.push_back(g == gridByCode_.end() ? kNoGrid : g->second);
        t_.located_.push_back(location ? 1 : 0);
        t_.derived_.push_back(derived ? 1 : 0);
        points_.push_back(location.value_or(geo::Point{}));
        if (location) t_.extent_.expand(*location);
    }

    void finish() {
        t_.origin_ = t_.extent_.isEmpty() ? geo::Point{} : t_.extent_.center();
        const size_t n = points_.size();
        t_.x_.resize(n);
        t_.y_.resize(n);
        std::vector<geo::Box> boxes(n);
        for (size_t i = 0; i < n; ++i) {
            t_.x_[i] = static_cast<float>(points_[i].x - t_.origin_.x);
            t_.y_[i] = static_cast<float>(points_[i].y - t_.origin_.y);
            if (t_.located_[i]) boxes[i] = {points_[i].x, points_[i].y, points_[i].x, points_[i].y};
        }
        t_.index_ = geo::SpatialIndex(boxes);
    }

private:
    uint8_t categoryCode(std::string_view value) {
        const std::string_view canonical = ledger::canonicalCategory(value).value_or(value);
        auto& dict = t_.categories_;
        const auto it = std::find(dict.begin(), dict.end(), canonical);
        if (it != dict.end()) return static_cast<uint8_t>(it - dict.begin());
        // Past 255 distinct values the rest share the last slot rather than overflow.
        if (dict.size() == 255) return 254;
        dict.emplace_back(canonical);
        return static_cast<uint8_t>(dict.size() - 1);
    }

    static int64_t seconds(std::string_view text) {
        const auto t = ledger::parseTime(text);
        return t ? t->time_since_epoch().count() : kNoTime;
    }

    IssueTable& t_;
    std::unordered_map<std::string, uint32_t> gridByCode_;
    std::vector<geo::Point> points_;
};

Result<IssueTable> IssueTable::load(store::Project& project, bool households) {
    // Household counts join buildings and households: as long as the issue scan itself, so they
    // are read on a second connection in the meantime.
    std::future<Result<std::vector<store::GridCount>>> counts;
    if (households)
        counts = std::async(std::launch::async, [path = project.path()]() -> Result<std::vector<store::GridCount>> {
            auto second = store::Project::open(path, true);
            if (!second) return std::unexpected(second.error());
            return store::gridCounts(*second);
        });
    auto refs = store::gridRefs(project);
    if (!refs) return std::unexpected(refs.error());
    auto names = store::communityNames(project);
    if (!names) return std::unexpected(names.error());
    std::vector<GridInfo> grids;
    for (store::GridRef& g : *refs) grids.push_back({std::move(g.code), std::move(g.name), std::move(g.community), 0});
    std::vector<CommunityInfo> communities;
    for (auto& [code, name] : *names) communities.push_back({code, name});

    IssueTable t;
    Builder b(t, std::move(grids), std::move(communities));
    auto r = store::scanLedger(project, [&](const store::LedgerRow& row) {
        b.add(row.id, row.issueId, row.category, row.severity, row.state, row.level, row.reportedAt, row.deadline,
              row.closedAt, row.grid, row.location, row.locationDerived);
    });
    if (!r) return std::unexpected(r.error());
    b.finish();
    if (households) {
        auto c = counts.get();
        if (!c) return std::unexpected(c.error());
        std::unordered_map<std::string_view, long long> byCode;
        for (const store::GridCount& g : *c) byCode.emplace(g.code, g.households);
        for (GridInfo& g : t.grids_)
            if (const auto it = byCode.find(g.code); it != byCode.end()) g.households = it->second;
    }
    return t;
}

IssueTable IssueTable::fromRows(const std::vector<Row>& rows, std::vector<GridInfo> grids,
                                std::vector<CommunityInfo> communities) {
    IssueTable t;
    Builder b(t, std::move(grids), std::move(communities));
    int64_t id = 0;
    for (const Row& r : rows)
        b.add(++id, r.issueId, r.category, r.severity, r.state, r.level, r.reportedAt, r.deadline, r.closedAt, r.grid,
              r.location, r.locationDerived);
    b.finish();
    return t;
}

bool IssueTable::overdue(size_t i, ledger::Time now) const {
    if (ledger::isFinal(static_cast<ledger::State>(state_[i])) || deadline_[i] == kNoTime) return false;
    return now.time_since_epoch().count() > deadline_[i];
}

bool IssueTable::closedOnTime(size_t i) const {
    if (!ledger::isClosed(static_cast<ledger::State>(state_[i]))) return false;
    if (closedAt_[i] == kNoTime || deadline_[i] == kNoTime) return false;
    return closedAt_[i] <= deadline_[i];
}

}  // namespace ga::analysis
