#pragma once
// Grids of a community share their boundaries vertex for vertex: where two grids meet, both rings
// hold the same vertices. These helpers keep it so: a vertex a new boundary adds on a neighbour's
// edge is inserted into the neighbour too, a vertex that no longer bends anything is taken out of
// both, and a moved vertex moves in every grid that has it.
#include <span>
#include <vector>

#include "geo/geometry.h"

namespace ga::edit {

/// How far a computed crossing may lie off the segment it was computed on (metres): a few ulps of
/// projected coordinates in the millions, far below anything drawn.
inline constexpr double kOnSegmentTolerance = 1e-6;

/// Inserts every point of `points` that lies within `tolerance` of a ring segment of `g` (and is
/// not a vertex already) into that segment. True when `g` changed.
bool insertVertices(geo::Geometry& g, std::span<const geo::Point> points, double tolerance = kOnSegmentTolerance);

/// Every vertex of `g` (closing points once).
std::vector<geo::Point> vertices(const geo::Geometry& g);

/// The vertices of `a` that are not vertices of `b`.
std::vector<geo::Point> verticesNotIn(const geo::Geometry& a, const geo::Geometry& b);

/// True when `g` has a vertex exactly at `p`.
bool hasVertex(const geo::Geometry& g, geo::Point p);

/// The two ring neighbours of the vertex at `p` (the first ring holding it); false when `g` has
/// no vertex there.
bool vertexNeighbours(const geo::Geometry& g, geo::Point p, geo::Point& before, geo::Point& after);

/// Removes the vertex at `p` from every ring holding it, when it lies within `tolerance` of the
/// straight line between its neighbours and the ring keeps at least three corners. True when
/// removed.
bool removeStraightVertex(geo::Geometry& g, geo::Point p, double tolerance);

/// Moves every vertex of `g` at `from` to `to`. True when one moved.
bool moveVertex(geo::Geometry& g, geo::Point from, geo::Point to);

/// Length of the boundary `a` and `b` share: the ring segments both hold (either direction).
double sharedBoundaryLength(const geo::Geometry& a, const geo::Geometry& b);

/// The shared segments of `a` and `b` chained into lines (each a LineString).
std::vector<geo::Geometry> sharedBoundary(const geo::Geometry& a, const geo::Geometry& b);

/// Distance from `p` to the segment a–b.
double distanceToSegment(geo::Point p, geo::Point a, geo::Point b);

}  // namespace ga::edit
