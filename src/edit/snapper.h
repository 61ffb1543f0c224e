#pragma once
// Snapping for the drawing tools: a point near a grid vertex, a building corner or a road snaps
// to it, and two clicks on roads can be joined along the road network (tracing a split line
// along a road).
#include <cstdint>
#include <optional>
#include <vector>

#include "edit/workspace.h"
#include "geo/geometry.h"

namespace ga::edit {

enum class SnapKind { None, GridVertex, BuildingCorner, RoadVertex, RoadLine, GridEdge };

struct Snap {
    geo::Point point;
    SnapKind kind = SnapKind::None;
    int road = -1;         ///< road slot for road snaps
    uint32_t ring = 0;     ///< ring of the road (a MultiLineString part)
    uint32_t segment = 0;  ///< segment within the ring
};

class Snapper {
public:
    explicit Snapper(const Workspace& workspace) : ws_(workspace) {}

    /// What `p` snaps to within `tolerance` (metres): the nearest vertex (grid, building corner,
    /// road), else the nearest point on a road or grid edge; kind None and `p` itself when nothing
    /// is that near.
    Snap snap(geo::Point p, double tolerance) const;

    /// The shortest way along roads from `a` to `b` (both snapped to roads), as its points from a
    /// to b; nullopt when either is not on a road or the roads near them do not connect.
    std::optional<std::vector<geo::Point>> traceAlongRoads(const Snap& a, const Snap& b) const;

private:
    const Workspace& ws_;
};

}  // namespace ga::edit
