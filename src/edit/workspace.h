#pragma once
// The state grid edits work on, held in memory: active grids, buildings with the households each
// counts, communities and roads, with spatial indexes. Loaded once (the app keeps it for the
// session); committed edits and undos are applied to it without reading the project again.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.h"
#include "core/household_range.h"
#include "geo/spatial_index.h"
#include "store/edit_history.h"
#include "store/grid_edits.h"
#include "store/project.h"

namespace ga::edit {

class Workspace {
public:
    /// Reads grids, buildings (with counts), communities and roads of `project`.
    static Result<Workspace> load(store::Project& project);

    const std::vector<store::EditGrid>& grids() const { return grids_; }
    /// Buildings by slot; a deleted building keeps its slot with an empty geometry.
    const std::vector<store::EditBuilding>& buildings() const { return buildings_; }
    const std::vector<store::EditCommunity>& communities() const { return communities_; }
    const std::vector<store::EditRoad>& roads() const { return roads_; }
    int srid() const { return srid_; }
    const HouseholdRange& range() const { return range_; }
    OutOfRangePolicy outOfRange() const { return policy_; }

    /// Slot of the grid with `code`.
    std::optional<size_t> gridByCode(std::string_view code) const;
    /// Slot of the building with store id `id`.
    std::optional<size_t> buildingById(int64_t id) const;
    /// Slot of the community grid `grid` belongs to: the one whose code starts its code, else the
    /// one its community attribute names (code or name); nullopt when none.
    std::optional<size_t> communityOfGrid(size_t grid) const;
    /// Slots of the buildings assigned to grid `code`.
    const std::vector<uint32_t>& buildingsOfGrid(std::string_view code) const;
    /// Households of grid `code`: the sum over its buildings.
    long long householdsOfGrid(std::string_view code) const;

    /// Grid slots whose box meets `box`.
    std::vector<uint32_t> gridsInBox(const geo::Box& box) const;
    /// Building slots whose box meets `box` (deleted buildings never).
    std::vector<uint32_t> buildingsInBox(const geo::Box& box) const;
    /// Road slots whose box meets `box`.
    std::vector<uint32_t> roadsInBox(const geo::Box& box) const;

    /// Applies a committed change set (an edit or an undo) to the state in memory.
    Result<void> apply(const store::ChangeSet& changes);

    /// Re-reads the project's range rule and policy (after `config`).
    void setRule(const HouseholdRange& range, OutOfRangePolicy policy) {
        range_ = range;
        policy_ = policy;
    }

private:
    void indexGrids();
    void indexBuildings();
    void indexBuildingGrids();
    /// Takes building `slot` out of its grid's building list.
    void unlinkBuilding(size_t slot);

    std::vector<store::EditGrid> grids_;
    std::vector<store::EditBuilding> buildings_;
    std::vector<store::EditCommunity> communities_;
    std::vector<store::EditRoad> roads_;
    geo::SpatialIndex gridIndex_, buildingIndex_, roadIndex_;
    std::unordered_map<std::string, size_t> gridByCode_;
    std::unordered_map<int64_t, size_t> buildingById_;
    std::unordered_map<std::string, std::vector<uint32_t>> buildingsByGrid_;
    int srid_ = 0;
    HouseholdRange range_;
    OutOfRangePolicy policy_ = OutOfRangePolicy::Warn;
};

}  // namespace ga::edit
