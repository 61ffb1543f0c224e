#pragma once
// Reshaping shared boundaries. Grids share their boundary vertex for vertex, so moving a vertex
// (or a segment: its two ends) moves it in every grid that has it and no gap or overlap can open
// between them. A move that would fold a grid over itself or into another, or pull a vertex off
// the community line, is refused. Buildings follow the grid holding most of them.
#include <optional>
#include <vector>

#include "core/error.h"
#include "edit/edit_plan.h"
#include "edit/workspace.h"
#include "geo/geometry.h"
#include "store/project.h"

namespace ga::edit {

/// A boundary vertex found near a point.
struct BoundaryVertex {
    geo::Point at;
    std::vector<size_t> grids;  ///< slots of the grids holding it
    bool onCommunityLine = false;
};

/// The grid vertex nearest to `p` within `tolerance` (metres), with every grid holding it.
std::optional<BoundaryVertex> findBoundaryVertex(const Workspace& workspace, geo::Point p, double tolerance);

/// A boundary segment found near a point: its two ends and the grids holding both.
struct BoundarySegment {
    geo::Point a, b;
    std::vector<size_t> grids;
};

/// The grid edge nearest to `p` within `tolerance`.
std::optional<BoundarySegment> findBoundarySegment(const Workspace& workspace, geo::Point p, double tolerance);

/// The grids as they would be with the vertex at `from` moved to `to` (no checks): for a live
/// preview while dragging.
std::vector<std::pair<size_t, geo::Geometry>> previewMove(const Workspace& workspace,
                                                          std::span<const std::pair<geo::Point, geo::Point>> moves);

/// Moves boundary vertex `from` to `to` in every grid that has it.
Result<EditPlan> planMoveVertex(store::Project& project, const Workspace& workspace, geo::Point from, geo::Point to);

/// Moves boundary segment a–b by (dx, dy): both ends move, in every grid that has them.
Result<EditPlan> planMoveSegment(store::Project& project, const Workspace& workspace, geo::Point a, geo::Point b,
                                 double dx, double dy);

}  // namespace ga::edit
