#pragma once
// Builds one planned community: its grids, parcels, compounds, buildings, village lanes,
// households with messy addresses and personal data, issues and grid staff. Each community has
// its own random stream, so the district comes out the same for a seed however it is built.
#include <cstddef>
#include <cstdint>

#include "synth/district_features.h"
#include "synth/district_plan.h"
#include "synth/name_pool.h"
#include "synth/road_network.h"

namespace ga::synth {

/// Every feature of community `index` of `plan`. Names are drawn from `names` (call in community
/// order for a deterministic district).
CommunityFeatures buildCommunity(const DistrictPlan& plan, size_t index, const RoadNetwork& roads, NamePool& names,
                                 uint64_t seed);

}  // namespace ga::synth
