#pragma once
// Small planar predicates the edit tools run per mouse move, without a round trip through GEOS.
#include <span>
#include <vector>

#include "geo/geometry.h"

namespace ga::edit {

/// True when segments a–b and c–d share a point.
bool segmentsIntersect(geo::Point a, geo::Point b, geo::Point c, geo::Point d);
/// True when segments a–b and c–d cross at a single point inside both (not at an end, not along).
bool segmentsCrossProperly(geo::Point a, geo::Point b, geo::Point c, geo::Point d);
/// Where the lines through a–b and c–d meet (the segments are assumed to cross).
geo::Point crossingPoint(geo::Point a, geo::Point b, geo::Point c, geo::Point d);

/// True when `p` lies inside polygonal `g` or on its boundary (within `tolerance`).
bool covers(const geo::Geometry& g, geo::Point p, double tolerance = 1e-9);
/// True when `p` lies strictly inside polygonal `g` (farther than `tolerance` from its boundary).
bool containsStrictly(const geo::Geometry& g, geo::Point p, double tolerance = 1e-9);

/// True when line `l` (a LineString) crosses a ring edge of polygonal `g` or has a vertex inside it.
bool lineMeetsPolygonInterior(const geo::Geometry& l, const geo::Geometry& g);
/// The same for a polyline given by its points.
bool polylineMeetsPolygonInterior(std::span<const geo::Point> line, const geo::Geometry& g);

/// True when the polyline crosses or overlaps itself (segments other than neighbours meet, or
/// neighbours fold back over each other).
bool selfIntersects(std::span<const geo::Point> line);

using geo::closestOnSegment;

/// Area of polygonal `g` (holes subtracted), summed relative to each ring's first vertex: with
/// projected coordinates in the millions the plain shoelace loses about 1e-3 m² to rounding,
/// which would hide slivers and fake them.
double stableArea(const geo::Geometry& g);

/// Area-weighted centroid of polygonal `g` (box centre when degenerate).
geo::Point centroid(const geo::Geometry& g);

/// Douglas–Peucker simplification of a polyline: drops vertices within `tolerance` of the line
/// through the kept ones; the ends stay.
std::vector<geo::Point> simplifyLine(std::span<const geo::Point> line, double tolerance);

/// The boundary rings of polygonal `g` as one LineString each.
std::vector<geo::Geometry> ringsAsLines(const geo::Geometry& g);

}  // namespace ga::edit
