#pragma once
// Writes a generated district into a project: every row through store::LayerWriter (prepared
// statements), and the grid of each building and issue straight from the generator, which knows
// the containment. The caller owns the transaction.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>

#include "core/error.h"
#include "store/grid_link_writer.h"
#include "store/layer_writer.h"
#include "synth/district_features.h"

namespace ga::synth {

/// Called for each household written: its id in the store, the building's id, the form label.
struct HouseholdWritten {
    const SynthHousehold& household;
    int64_t householdRowId;
    int64_t buildingRowId;
};

class DistrictWriter {
public:
    static Result<DistrictWriter> create(store::Project& project);
    DistrictWriter(DistrictWriter&&) noexcept;
    DistrictWriter& operator=(DistrictWriter&&) noexcept;
    ~DistrictWriter();

    Result<void> writeRoads(std::span<const SynthRoad> roads);
    Result<void> writeWater(std::span<const SynthWater> water);
    /// Writes a community and everything in it; `onHousehold` (may be empty) sees each household.
    template <class OnHousehold>
    Result<void> writeCommunity(const CommunityFeatures& c, OnHousehold&& onHousehold);

private:
    struct Slots;  // field positions per layer
    DistrictWriter(store::Project& project, std::unique_ptr<Slots> slots, store::LayerWriter communities, store::LayerWriter grids,
                   store::LayerWriter compounds, store::LayerWriter buildings, store::LayerWriter roads,
                   store::LayerWriter water, store::LayerWriter households, store::LayerWriter issues,
                   store::LayerWriter staff, store::LayerWriter organisations, store::GridLinkWriter buildingGrids,
                   store::GridLinkWriter issueGrids);
    Result<void> writeCommunityRows(const CommunityFeatures& c);
    Result<std::vector<int64_t>> writeBuildings(const CommunityFeatures& c);
    Result<int64_t> writeHousehold(const SynthHousehold& h);
    Result<void> writeIssuesStaffAndOrganisations(const CommunityFeatures& c);

    store::Project* project_;
    std::unique_ptr<Slots> slots_;
    store::LayerWriter communities_, grids_, compounds_, buildings_, roads_, water_, households_, issues_, staff_,
        organisations_;
    store::GridLinkWriter buildingGrids_, issueGrids_;
    store::Row row_;
};

template <class OnHousehold>
Result<void> DistrictWriter::writeCommunity(const CommunityFeatures& c, OnHousehold&& onHousehold) {
    if (auto r = writeCommunityRows(c); !r) return r;
    auto buildingIds = writeBuildings(c);
    if (!buildingIds) return std::unexpected(buildingIds.error());
    for (const SynthHousehold& h : c.households) {
        auto id = writeHousehold(h);
        if (!id) return std::unexpected(id.error());
        onHousehold(HouseholdWritten{h, *id, (*buildingIds)[h.building]});
    }
    return writeIssuesStaffAndOrganisations(c);
}

}  // namespace ga::synth
