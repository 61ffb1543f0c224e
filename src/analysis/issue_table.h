#pragma once
// The issue ledger in memory for statistics, filters and heatmaps: one struct-of-arrays row per
// issue (500k issues in about 30 MB), values coded against small dictionaries, times as numbers,
// and the located issues in a spatial index. Immutable after load(), so threads may share it.
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "geo/geometry.h"
#include "geo/spatial_index.h"
#include "ledger/ledger_time.h"
#include "store/project.h"

namespace ga::analysis {

inline constexpr uint32_t kNoGrid = 0xffffffff;
inline constexpr int64_t kNoTime = std::numeric_limits<int64_t>::min();

/// A grid as the statistics see it.
struct GridInfo {
    std::string code, name, community;  ///< community: its code
    long long households = 0;
};

struct CommunityInfo {
    std::string code, name;
};

class IssueTable {
public:
    /// Reads every issue of `project` with its grid, and the grids; their household counts (for
    /// issues per 100 households) only when asked, read on a second connection meanwhile.
    static Result<IssueTable> load(store::Project& project, bool households = true);
    /// A table from rows given directly (tests, benchmarks); `grids` are the grids rows refer to.
    struct Row {
        std::string issueId, category, severity, state, level, reportedAt, deadline, closedAt, grid;
        std::optional<geo::Point> location = std::nullopt;
        bool locationDerived = false;
    };
    static IssueTable fromRows(const std::vector<Row>& rows, std::vector<GridInfo> grids,
                               std::vector<CommunityInfo> communities = {});

    size_t size() const { return id_.size(); }

    int64_t id(size_t i) const { return id_[i]; }
    const std::string& issueId(size_t i) const { return issueId_[i]; }
    /// Index into categories(); the ledger's categories first in their order, then any other value.
    uint8_t category(size_t i) const { return category_[i]; }
    uint8_t severity(size_t i) const { return severity_[i]; }  ///< ledger::Severity
    uint8_t state(size_t i) const { return state_[i]; }        ///< ledger::State
    uint8_t level(size_t i) const { return level_[i]; }        ///< ledger::Level
    /// Seconds since 1970 of the local time (kNoTime when missing or unreadable).
    int64_t reportedAt(size_t i) const { return reportedAt_[i]; }
    int64_t deadline(size_t i) const { return deadline_[i]; }
    int64_t closedAt(size_t i) const { return closedAt_[i]; }
    /// Index into grids(), kNoGrid when the issue lies in no grid.
    uint32_t grid(size_t i) const { return grid_[i]; }
    bool located(size_t i) const { return located_[i] != 0; }
    bool locationDerived(size_t i) const { return derived_[i] != 0; }
    /// Location relative to origin() (meaningless when !located(i)).
    float x(size_t i) const { return x_[i]; }
    float y(size_t i) const { return y_[i]; }
    geo::Point location(size_t i) const { return {origin_.x + x_[i], origin_.y + y_[i]}; }

    const std::vector<std::string>& categories() const { return categories_; }
    const std::vector<GridInfo>& grids() const { return grids_; }
    const std::vector<CommunityInfo>& communities() const { return communities_; }
    /// Index of a grid's community in communities(), kNoGrid when it has none.
    uint32_t communityOfGrid(uint32_t grid) const { return gridCommunity_[grid]; }
    geo::Point origin() const { return origin_; }
    /// Box of the located issues.
    const geo::Box& extent() const { return extent_; }
    /// Located issues by position: ids are row indexes.
    const geo::SpatialIndex& index() const { return index_; }

    /// Open (not 不予受理, 办结 or 销号) and past its deadline at `now`.
    bool overdue(size_t i, ledger::Time now) const;
    /// Closed (办结, 销号) no later than its deadline.
    bool closedOnTime(size_t i) const;

private:
    IssueTable() = default;
    class Builder;
    std::vector<int64_t> id_;
    std::vector<std::string> issueId_;
    std::vector<uint8_t> category_, severity_, state_, level_, located_, derived_;
    std::vector<int64_t> reportedAt_, deadline_, closedAt_;
    std::vector<uint32_t> grid_;
    std::vector<float> x_, y_;
    std::vector<std::string> categories_;
    std::vector<GridInfo> grids_;
    std::vector<CommunityInfo> communities_;
    std::vector<uint32_t> gridCommunity_;
    geo::Point origin_;
    geo::Box extent_;
    geo::SpatialIndex index_;
};

}  // namespace ga::analysis
