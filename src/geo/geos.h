#pragma once
// The one guarded boundary to the GEOS C API. Only reentrant `_r` functions are called, with one
// GEOSContextHandle per thread (a thread_local RAII holder); GEOS errors are captured by the
// context's message handler and returned as ga::Error. Nothing outside this file includes geos_c.h.
#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "geo/geometry.h"

// Opaque GEOS types, declared as geos_c.h does so callers need not include it.
struct GEOSGeom_t;
typedef struct GEOSGeom_t GEOSGeometry;
struct GEOSPrepGeom_t;
typedef struct GEOSPrepGeom_t GEOSPreparedGeometry;

namespace ga::geo {

/// Destroys a GEOS geometry with the calling thread's context.
struct GeosGeometryDeleter {
    void operator()(GEOSGeometry* g) const;
};
/// An owned GEOS geometry (null when conversion failed).
using GeosGeometryPtr = std::unique_ptr<GEOSGeometry, GeosGeometryDeleter>;
/// Same type under the name the rest of the code base uses for RAII wrappers.
using GeosGeometry = GeosGeometryPtr;

/// Builds a GEOS geometry through coordinate sequences (no WKT); unclosed rings are closed, empty
/// input gives an empty GEOS geometry of the same type. Null when GEOS refuses the geometry (a ring
/// with fewer than 4 points, a line with one point).
GeosGeometryPtr toGeos(const Geometry& g);
/// Converts back; GeometryCollections keep their polygonal parts only (the overlay results that
/// matter here are areas), and one without any gives an empty Polygon.
Result<Geometry> fromGeos(const GEOSGeometry* g);

/// True when GEOS considers `g` valid; otherwise `reason` (if given) receives GEOS's reason,
/// e.g. "Self-intersection at (1 1)".
bool isValid(const Geometry& g, std::string* reason = nullptr);
/// GEOSMakeValid, keeping the input's dimension: polygons stay (Multi)Polygon (parts that collapse
/// to lines or points are dropped, so a zero-area polygon becomes an empty one), lines stay lineal.
Result<Geometry> makeValid(const Geometry& g);
/// Union of polygons: GEOSCoverageUnion when the inputs form a clean coverage, else unary union.
Result<Geometry> unionAll(std::span<const Geometry> polys);
/// a ∩ b in the lower dimension of the two: of two polygons only the shared area (edges and
/// corners they merely touch at are dropped). Invalid inputs are repaired and retried when GEOS
/// refuses them.
Result<Geometry> intersection(const Geometry& a, const Geometry& b);
/// a − b in a's dimension; invalid inputs are repaired and retried when GEOS refuses them.
Result<Geometry> difference(const Geometry& a, const Geometry& b);
/// Area of a ∩ b; 0 when they do not overlap or GEOS fails.
double intersectionArea(const Geometry& a, const Geometry& b);
/// Same, for geometries already converted (no conversion per call in hot loops).
double intersectionArea(const GEOSGeometry* a, const GEOSGeometry* b);
/// A point guaranteed inside a polygonal geometry (GEOSPointOnSurface); the box centre when GEOS
/// fails, (NaN, NaN) for an empty geometry.
Point pointOnSurface(const Geometry& g);

/// The pieces `polygon` falls into when cut along `lines` (noding the lines with its boundary,
/// then GEOSPolygonize): the faces of that arrangement lying inside the polygon. The pieces share
/// their noded edges vertex for vertex, so they form a clean coverage of the polygon and keep its
/// own vertices exactly; parts of the lines outside it and dangling ends are ignored. A polygon
/// the lines do not cut comes back as one piece.
Result<std::vector<Geometry>> cutPolygon(const Geometry& polygon, std::span<const Geometry> lines);
/// Topological equality (GEOSEquals): the same point set whatever the vertex order, ring start or
/// extra collinear vertices; false when GEOS fails.
bool equalsTopologically(const Geometry& a, const Geometry& b);
/// The Voronoi cell of every site (GEOSVoronoiDiagram), covering at least `envelope`; cell i
/// belongs to sites[i] (sites at the same place get the same cell).
Result<std::vector<Geometry>> voronoiCells(std::span<const Point> sites, const Box& envelope);
/// The edges of the Delaunay triangulation of `points` as index pairs (first < second); a point
/// repeated takes the index of its first occurrence.
Result<std::vector<std::pair<uint32_t, uint32_t>>> delaunayEdges(std::span<const Point> points);

/// A polygon prepared once (GEOSPrepare) for many containment / intersection tests. GEOS builds
/// a prepared geometry's indexes lazily on first use without locking, so one PreparedPolygon
/// must not be queried from several threads at once; build one per thread instead.
class PreparedPolygon {
public:
    /// Fails for a geometry GEOS cannot build.
    static Result<PreparedPolygon> create(const Geometry& polygon);

    PreparedPolygon(PreparedPolygon&&) noexcept;
    PreparedPolygon& operator=(PreparedPolygon&&) noexcept;
    ~PreparedPolygon();

    /// True when `p` lies in the interior of the polygon (not on its boundary).
    bool containsPoint(Point p) const;
    /// True when the polygon contains `p` or `p` lies on its boundary.
    bool coversPoint(Point p) const;
    /// True when `g` is wholly inside the polygon (GEOSPreparedContains).
    bool contains(const Geometry& g) const;
    bool contains(const GEOSGeometry* g) const;
    /// True when `g` and the polygon share at least one point.
    bool intersects(const Geometry& g) const;
    bool intersects(const GEOSGeometry* g) const;
    /// The GEOS polygon this was prepared from (owned by this object).
    const GEOSGeometry* geometry() const;
    /// Bounding box of the prepared polygon.
    const Box& bounds() const { return bounds_; }

private:
    PreparedPolygon() = default;
    struct Impl;
    std::unique_ptr<Impl> impl_;
    Box bounds_;
};

}  // namespace ga::geo
