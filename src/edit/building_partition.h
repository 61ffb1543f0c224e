#pragma once
// Dividing an area between two groups of buildings so that the boundary runs through the gaps
// between them: every point goes to the group whose nearest building is closer (a Voronoi
// diagram of points along the outlines), and a building that line would still cut goes wholly to
// its own group. Moving buildings to a neighbour and suggested splits both draw their boundary so.
#include <array>
#include <span>

#include "core/error.h"
#include "geo/geometry.h"

namespace ga::edit {

/// Regions {A, B} tiling `area` exactly, each holding its group's buildings whole. `seedsA` are
/// lines that pull the area near them to A (the boundary with the grid buildings move to).
Result<std::array<geo::Geometry, 2>> divideBetween(const geo::Geometry& area,
                                                   std::span<const geo::Geometry* const> groupA,
                                                   std::span<const geo::Geometry* const> groupB,
                                                   std::span<const geo::Geometry> seedsA = {});

/// Spacing (m) of the points sampled along outlines for the Voronoi diagram.
inline constexpr double kOutlineSpacing = 2.0;

}  // namespace ga::edit
