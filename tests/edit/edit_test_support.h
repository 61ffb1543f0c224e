#pragma once
// Shared by the edit tests: a private copy of the built sample community 友好社区 (or a small
// project made on the spot), its workspace, and what the tests compare before and after.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "edit/edit_plan.h"
#include "edit/workspace.h"
#include "geo/geometry.h"
#include "store/project.h"

namespace ga::edit::test {

/// The sample's grid over the range (690 households) and its neighbours under it.
inline constexpr const char* kGrid006 = "320623001001006";
inline constexpr const char* kGrid001 = "320623001001001";
inline constexpr const char* kGrid002 = "320623001001002";

/// A fresh copy of the built sample in a temporary folder, opened with its workspace.
class SampleTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    /// Reloads the workspace from the project (as a new session would).
    void reload();
    /// The plan committed as the operator "tester"; the test stops when either fails.
    int64_t commit(const Result<EditPlan>& plan);
    const store::EditGrid& grid(const std::string& code) const;

    std::filesystem::path dir;
    std::optional<store::Project> project;
    std::optional<Workspace> ws;
};

/// Every row of the tables an edit can change (grids, buildings, issues, households' links,
/// staff's grids, the review queue and its candidates), values as text, geometry blobs as hex: equal snapshots mean
/// equal projects.
using Snapshot = std::map<std::string, std::vector<std::string>>;
Snapshot snapshot(store::Project& project);

/// A closed ring polygon from its corners.
geo::Geometry polygon(std::vector<geo::Point> corners);
/// A LineString.
geo::Geometry line(std::vector<geo::Point> points);

/// Sum of grid areas, and the gap and overlap area of the whole coverage (validate's figures).
struct CoverageFigures {
    double gridArea = 0, gapArea = 0, overlapArea = 0;
    size_t gaps = 0, overlaps = 0, cutBuildings = 0;
};
CoverageFigures coverage(const Workspace& ws);

/// The sample's north–south compound road through grid 006, pushed past the grid at both ends.
geo::Geometry innerRoadLine(const Workspace& ws);

}  // namespace ga::edit::test
