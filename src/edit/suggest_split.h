#pragma once
// Proposing a split for a grid over the maximum, the way redistricting tools do (GerryChain's
// ReCom step): buildings are nodes weighted by households, Delaunay neighbours are joined by edges
// that cost little to cut across a road and much inside a block or compound; random spanning
// trees, drawn to keep costly edges, are cut at every edge that leaves both sides in range, and the
// cheapest, most compact cut wins. Its boundary then runs between the two sides' buildings.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "edit/workspace.h"
#include "geo/geometry.h"

namespace ga::edit {

struct SplitSuggestion {
    geo::Geometry line;                             ///< a LineString to split along (planSplit takes it as is)
    std::array<geo::Geometry, 2> parts;             ///< the two parts, larger household count first
    std::array<long long, 2> households{};          ///< per part
    std::array<std::vector<int64_t>, 2> buildings;  ///< building ids per part
    std::array<double, 2> compactness{};            ///< Polsby–Popper 4πA/P² per part (1 = a circle)
    double roadShare = 0;                           ///< share of the cut Delaunay edges that cross a road
};

struct SuggestOptions {
    int trees = 300;    ///< random spanning trees drawn
    uint64_t seed = 1;  ///< the same seed gives the same suggestion
};

/// A split of grid `code` into two parts both in the household range. Fails with a message when
/// no such split exists (too few buildings, or more than twice the maximum).
Result<SplitSuggestion> suggestSplit(const Workspace& workspace, const std::string& code,
                                     const SuggestOptions& options = {});

}  // namespace ga::edit
