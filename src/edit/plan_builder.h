#pragma once
// Turns an operation's geometric result into an EditPlan: row changes with the values the rows
// hold now (read from the project, so a commit can tell when they changed since), the vertices a
// new boundary adds on neighbours, buildings, issues and staff following their grid, and the
// household rule applied to the grids it leaves.
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "edit/edit_plan.h"
#include "edit/workspace.h"
#include "store/project.h"

namespace ga::edit {

/// Today's local date (YYYY-MM-DD): the start of a grid version, the end of the one before.
std::string today();

/// The geometry as grids and buildings store it: a MultiPolygon SpatiaLite blob.
std::vector<uint8_t> storedBlob(const geo::Geometry& polygonal, int srid);

/// `g` typed as a MultiPolygon (the layers' geometry type); parts unchanged.
geo::Geometry asMultiPolygon(geo::Geometry g);

class PlanBuilder {
public:
    PlanBuilder(store::Project& project, const Workspace& workspace) : project_(project), ws_(workspace) {}

    /// Grid `slot` will have `geometry`. `newVersion` false: only vertices were added (no version).
    void setGridGeometry(size_t slot, geo::Geometry geometry, bool newVersion = true);
    /// Grid `slot` will have attribute `column` = `value` (name, start_date ...).
    void setGridAttribute(size_t slot, std::string column, store::CellValue value);
    /// The geometry grid `slot` will have (the workspace's unless set).
    const geo::Geometry& gridGeometry(size_t slot) const;
    /// Adds a new grid; returns its future row id.
    Result<int64_t> addGrid(const std::string& code, const std::string& name, const std::string& community,
                            geo::Geometry geometry);
    /// Deletes grid `slot` (it is retired: its row goes to grid_history on commit).
    void retireGrid(size_t slot);

    /// Inserts `points` into the boundary of every grid near them except `skip` (where a new
    /// boundary ends on a neighbour's edge), so neighbours keep sharing vertices.
    void insertIntoNeighbours(std::span<const geo::Point> points, std::span<const size_t> skip);

    /// Building `slot` will be linked to grid `code`.
    void relinkBuilding(size_t slot, const std::string& code);
    /// Issues linked to `fromCodes` are linked to the grid of `to` containing them (NULL when none).
    Result<void> relinkIssues(std::span<const std::string> fromCodes, std::span<const PlannedGrid> to);
    /// Issues linked to no grid inside `grid`'s box are linked to it when it contains them.
    Result<void> linkLooseIssues(const PlannedGrid& grid);
    /// Staff of grid `from` move to grid `to` (nullopt: they are left without a grid).
    Result<void> moveStaff(const std::string& from, const std::optional<std::string>& to);
    /// Adds a prepared change (buildings, households).
    void addChange(store::FeatureChange change) { extra_.push_back(std::move(change)); }
    /// Grid `code` gains (or loses) `delta` households besides buildings moving between grids
    /// (a building added or deleted).
    void adjustHouseholds(const std::string& code, long long delta) { householdDelta_[code] += delta; }

    /// Fills `plan.changes` (grids first, then links) and `plan.grids` with every grid changed,
    /// created or gaining or losing households, counted after the edit. Fails when a grid changed
    /// in the project since the workspace was loaded.
    Result<void> finish(EditPlan& plan);

    store::Project& project() { return project_; }
    const Workspace& workspace() const { return ws_; }

private:
    struct PendingGrid {
        std::optional<geo::Geometry> geometry;
        std::vector<std::pair<std::string, store::CellValue>> attributes;
        bool newVersion = false;
        bool retired = false;
    };
    struct NewGrid {
        int64_t id;
        std::string code, name, community;
        geo::Geometry geometry;
    };

    store::Project& project_;
    const Workspace& ws_;
    std::map<size_t, PendingGrid> pending_;
    std::vector<NewGrid> added_;
    std::map<size_t, std::string> buildingGrid_;
    std::vector<store::FeatureChange> extra_;
    std::map<std::string, long long> householdDelta_;
    int64_t nextGridId_ = 0;
};

/// How the household rule judges the grids an edit leaves.
enum class RangeCheck {
    Results,   ///< split, merge: every resulting grid must be in range
    NoWorse,   ///< reshapes, moved or changed buildings: no grid may end further from the range
    WarnOnly,  ///< a new grid over uncovered ground: warned, never refused
};

/// Applies the project's out-of-range policy to the grids `plan` leaves: what `check` finds is
/// refused under "refuse" and becomes a warning under "warn".
Result<void> applyRangePolicy(const Workspace& workspace, EditPlan& plan, RangeCheck check);

/// "拆分", "合并" ... : the Chinese name of an action for summaries.
std::string_view actionName(std::string_view action);

}  // namespace ga::edit
