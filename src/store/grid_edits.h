#pragma once
// What editing grids reads from a project: grids with their stored geometry, buildings with the
// households each counts, communities, roads; the issues and households that follow a change;
// and the next grid code a community may issue.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "geo/geometry.h"
#include "store/layers.h"
#include "store/project.h"

namespace ga::store {

struct EditGrid {
    int64_t id = 0;
    std::string code, name, community;
    geo::Geometry geometry;
    std::vector<uint8_t> blob;  ///< the geometry as stored, to tell whether it changed since
};

struct EditBuilding {
    int64_t id = 0;
    std::string grid;      ///< assigned grid code ("" when none)
    std::string compound;  ///< compound name ("" when none)
    std::string number;
    geo::Geometry geometry;
    long long households = 0;  ///< active linked households where it has any, else its attribute
    bool linked = false;       ///< the count comes from linked households
};

struct EditCommunity {
    int64_t id = 0;
    std::string code, name;
    geo::Geometry geometry;
};

struct EditRoad {
    int64_t id = 0;
    std::string name, roadClass;
    geo::Geometry geometry;
};

/// Active grids with a geometry, by id.
Result<std::vector<EditGrid>> readEditGrids(Project& project);
/// Buildings with a geometry, by id, with the households each counts.
Result<std::vector<EditBuilding>> readEditBuildings(Project& project);
/// Households `building` counts (linked active households, else its attribute).
Result<long long> buildingHouseholds(Project& project, int64_t building);
/// Communities with a geometry, by id.
Result<std::vector<EditCommunity>> readEditCommunities(Project& project);
/// Roads with a geometry, by id.
Result<std::vector<EditRoad>> readEditRoads(Project& project);

/// An issue's location and the grid it is linked to.
struct IssueLink {
    int64_t id = 0;
    geo::Point at;
    std::optional<std::string> grid;
};
/// Located issues linked to any of `codes`.
Result<std::vector<IssueLink>> issuesOfGrids(Project& project, std::span<const std::string> codes);
/// Located issues linked to no grid whose point lies in `box`.
Result<std::vector<IssueLink>> unlinkedIssuesIn(Project& project, const geo::Box& box);
/// Ids of the households (any state) linked to `building`.
Result<std::vector<int64_t>> householdsLinkedTo(Project& project, int64_t building);
/// Ids of the staff assigned to grid `code`.
Result<std::vector<int64_t>> staffIdsOfGrid(Project& project, const std::string& code);

/// The code of the next grid of `community` (12 digits): one past the highest sequence ever
/// issued there, so a retired code is never given out again. Fails past 999.
Result<std::string> nextGridCode(Project& project, std::string_view community);
/// An id for a new row of `layer` that no row has had, in the layer or in the edit history.
Result<int64_t> nextFeatureId(Project& project, Layer layer);

}  // namespace ga::store
