#include "geo/geos.h"

#include <geos_c.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>
#include <fmt/format.h>

#include "geo/spatial_index.h"

namespace ga::geo {
namespace {

static_assert(sizeof(Point) == 2 * sizeof(double), "Point must be an interleaved x/y pair for GEOS buffers");

// One GEOS context per thread. The error handler keeps the last message so that the call that
// failed can return it as a ga::Error; GEOS itself never prints or aborts.
class Context {
public:
    Context() : handle_(GEOS_init_r()) { GEOSContext_setErrorMessageHandler_r(handle_, &Context::onError, this); }
    ~Context() { GEOS_finish_r(handle_); }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    GEOSContextHandle_t handle() const { return handle_; }
    void clearError() { error_.clear(); }
    std::string takeError() { return error_.empty() ? std::string("unknown GEOS error") : std::exchange(error_, {}); }

private:
    static void onError(const char* message, void* self) { static_cast<Context*>(self)->error_ = message; }

    GEOSContextHandle_t handle_;
    std::string error_;
};

Context& context() {
    thread_local Context ctx;
    return ctx;
}

GEOSContextHandle_t handle() { return context().handle(); }

// The guarded call for GEOS functions returning an owned geometry: null becomes an error that
// names the operation and carries GEOS's message.
template <class F>
Result<GeosGeometryPtr> produce(std::string_view what, F&& call) {
    Context& c = context();
    c.clearError();
    GEOSGeometry* g = call(c.handle());
    if (!g) return fail(fmt::format("GEOS {} failed: {}", what, c.takeError()));
    return GeosGeometryPtr(g);
}

// The guarded call for GEOS predicates, which return 0, 1, or 2 on an exception.
template <class F>
Result<bool> predicate(std::string_view what, F&& call) {
    Context& c = context();
    c.clearError();
    const char r = call(c.handle());
    if (r == 2) return fail(fmt::format("GEOS {} failed: {}", what, c.takeError()));
    return r == 1;
}

// Topological dimension of our geometry types: 0 points, 1 lines, 2 areas.
int dimensionOf(GeomType t) { return isPolygonal(t) ? 2 : isLineal(t) ? 1 : 0; }

GeomType singleOfDimension(int dim) {
    return dim == 2 ? GeomType::Polygon : dim == 1 ? GeomType::LineString : GeomType::Point;
}
GeomType multiOfDimension(int dim) {
    return dim == 2 ? GeomType::MultiPolygon : dim == 1 ? GeomType::MultiLineString : GeomType::MultiPoint;
}

Geometry emptyOfDimension(int dim) {
    Geometry g;
    g.type = singleOfDimension(dim);
    return g;
}

// ---- Geometry → GEOS -------------------------------------------------------------------------

// Rings shorter than this cannot be a GEOS LinearRing (after closing).
constexpr size_t kMinRingPoints = 4;

size_t closedSize(std::span<const Point> r) { return r.empty() ? 0 : r.size() + (r.front() == r.back() ? 0 : 1); }

Result<GEOSCoordSequence*> sequence(std::span<const Point> pts, bool close) {
    std::vector<Point> closed;
    if (close && !pts.empty() && !(pts.front() == pts.back())) {
        closed.assign(pts.begin(), pts.end());
        closed.push_back(pts.front());
        pts = closed;
    }
    Context& c = context();
    c.clearError();
    GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(c.handle(), reinterpret_cast<const double*>(pts.data()),
                                                           static_cast<unsigned>(pts.size()), 0, 0);
    if (!seq) return fail(fmt::format("GEOS coordinate sequence failed: {}", c.takeError()));
    return seq;
}

Result<GeosGeometryPtr> buildPoint(std::span<const Point> pts) {
    if (pts.empty()) return produce("empty point", [](GEOSContextHandle_t h) { return GEOSGeom_createEmptyPoint_r(h); });
    return produce("point", [&](GEOSContextHandle_t h) { return GEOSGeom_createPointFromXY_r(h, pts[0].x, pts[0].y); });
}

Result<GeosGeometryPtr> buildLine(std::span<const Point> pts) {
    if (pts.empty())
        return produce("empty line", [](GEOSContextHandle_t h) { return GEOSGeom_createEmptyLineString_r(h); });
    if (pts.size() < 2) return fail(fmt::format("a line needs at least 2 points, this one has {}", pts.size()));
    auto seq = sequence(pts, false);
    if (!seq) return std::unexpected(seq.error());
    return produce("line", [&](GEOSContextHandle_t h) { return GEOSGeom_createLineString_r(h, *seq); });
}

// Builds part `part` of a polygonal geometry. With `dropShort`, rings too short to be rings are
// left out (they enclose no area), and a part whose shell is too short becomes empty.
Result<GeosGeometryPtr> buildPolygon(const Geometry& g, size_t part, bool dropShort) {
    const auto [r0, r1] = g.partRings(part);
    std::vector<GeosGeometryPtr> rings;
    for (size_t r = r0; r < r1; ++r) {
        const auto ring = g.ring(r);
        if (closedSize(ring) < kMinRingPoints) {
            if (dropShort) {
                if (r == r0) break;
                continue;
            }
            return fail(fmt::format("ring {} of part {} has {} points; a polygon ring needs at least {}", r - r0,
                                    part, ring.size(), kMinRingPoints));
        }
        auto seq = sequence(ring, true);
        if (!seq) return std::unexpected(seq.error());
        auto lr = produce("linear ring", [&](GEOSContextHandle_t h) { return GEOSGeom_createLinearRing_r(h, *seq); });
        if (!lr) return lr;
        rings.push_back(std::move(*lr));
    }
    if (rings.empty())
        return produce("empty polygon", [](GEOSContextHandle_t h) { return GEOSGeom_createEmptyPolygon_r(h); });
    std::vector<GEOSGeometry*> holes;
    for (size_t i = 1; i < rings.size(); ++i) holes.push_back(rings[i].release());
    GEOSGeometry* shell = rings[0].release();
    return produce("polygon", [&](GEOSContextHandle_t h) {
        return GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size()));
    });
}

Result<GeosGeometryPtr> buildPart(const Geometry& g, size_t part, GeomType single, bool dropShort) {
    if (single == GeomType::Polygon) return buildPolygon(g, part, dropShort);
    const auto [r0, r1] = g.partRings(part);
    const std::span<const Point> pts = r1 > r0 ? g.ring(r0) : std::span<const Point>{};
    if (single == GeomType::LineString) {
        if (dropShort && pts.size() < 2) return buildLine({});
        return buildLine(pts);
    }
    return buildPoint(pts);
}

// Converts our geometry to GEOS. With `dropShort` degenerate rings and lines are left out instead
// of refused (used before repairing).
Result<GeosGeometryPtr> build(const Geometry& g, bool dropShort) {
    const int dim = dimensionOf(g.type);
    const GeomType single = singleOfDimension(dim);
    if (g.type == single) {
        if (g.partCount() > 1)
            return fail(fmt::format("a {} has {} parts; only Multi types have several", typeName(g.type), g.partCount()));
        if (g.partCount() == 0) {
            if (dim == 2) return produce("empty polygon", [](GEOSContextHandle_t h) { return GEOSGeom_createEmptyPolygon_r(h); });
            if (dim == 1) return buildLine({});
            return buildPoint({});
        }
        return buildPart(g, 0, single, dropShort);
    }
    std::vector<GeosGeometryPtr> parts;
    for (size_t p = 0; p < g.partCount(); ++p) {
        auto part = buildPart(g, p, single, dropShort);
        if (!part) return part;
        Context& c = context();
        if (GEOSisEmpty_r(c.handle(), part->get()) == 1) continue;
        parts.push_back(std::move(*part));
    }
    std::vector<GEOSGeometry*> raw;
    for (auto& p : parts) raw.push_back(p.release());
    const int type = dim == 2 ? GEOS_MULTIPOLYGON : dim == 1 ? GEOS_MULTILINESTRING : GEOS_MULTIPOINT;
    return produce("collection", [&](GEOSContextHandle_t h) {
        return GEOSGeom_createCollection_r(h, type, raw.data(), static_cast<unsigned>(raw.size()));
    });
}

// ---- GEOS → Geometry -------------------------------------------------------------------------

Result<void> readSequence(const GEOSGeometry* g, std::vector<Point>& out) {
    Context& c = context();
    c.clearError();
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(c.handle(), g);
    unsigned n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(c.handle(), seq, &n))
        return fail(fmt::format("GEOS coordinate read failed: {}", c.takeError()));
    out.resize(n);
    if (n > 0 && !GEOSCoordSeq_copyToBuffer_r(c.handle(), seq, reinterpret_cast<double*>(out.data()), 0, 0))
        return fail(fmt::format("GEOS coordinate copy failed: {}", c.takeError()));
    return {};
}

// Appends `g` (a Point, LineString, LinearRing or Polygon) as a new part of `out`; empty parts
// are skipped.
Result<void> appendPart(const GEOSGeometry* g, Geometry& out, std::vector<Point>& scratch) {
    GEOSContextHandle_t h = handle();
    if (GEOSisEmpty_r(h, g) == 1) return {};
    const int type = GEOSGeomTypeId_r(h, g);
    out.beginPart();
    if (type == GEOS_POLYGON) {
        const GEOSGeometry* shell = GEOSGetExteriorRing_r(h, g);
        if (auto r = readSequence(shell, scratch); !r) return r;
        out.addRing(scratch);
        const int holes = GEOSGetNumInteriorRings_r(h, g);
        for (int i = 0; i < holes; ++i) {
            if (auto r = readSequence(GEOSGetInteriorRingN_r(h, g, i), scratch); !r) return r;
            out.addRing(scratch);
        }
        return {};
    }
    if (auto r = readSequence(g, scratch); !r) return r;
    out.addRing(scratch);
    return {};
}

int geosDimension(int type) {
    switch (type) {
    case GEOS_POINT:
    case GEOS_MULTIPOINT: return 0;
    case GEOS_LINESTRING:
    case GEOS_LINEARRING:
    case GEOS_MULTILINESTRING: return 1;
    case GEOS_POLYGON:
    case GEOS_MULTIPOLYGON: return 2;
    default: return -1;
    }
}

// Appends every non-collection component of dimension `dim` as a part, recursing into collections.
Result<void> collect(const GEOSGeometry* g, int dim, Geometry& out, std::vector<Point>& scratch) {
    GEOSContextHandle_t h = handle();
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_POINT || type == GEOS_LINESTRING || type == GEOS_LINEARRING || type == GEOS_POLYGON) {
        if (geosDimension(type) != dim) return {};
        return appendPart(g, out, scratch);
    }
    const int n = GEOSGetNumGeometries_r(h, g);
    for (int i = 0; i < n; ++i)
        if (auto r = collect(GEOSGetGeometryN_r(h, g, i), dim, out, scratch); !r) return r;
    return {};
}

// Converts `g`, keeping only its components of dimension `dim`. A geometry that already has that
// dimension keeps its GEOS type; anything mixed becomes single or Multi by its part count.
Result<Geometry> extract(const GEOSGeometry* g, int dim) {
    if (!g) return fail("no GEOS geometry to convert");
    const int type = GEOSGeomTypeId_r(handle(), g);
    Geometry out;
    std::vector<Point> scratch;
    if (auto r = collect(g, dim, out, scratch); !r) return std::unexpected(r.error());
    if (geosDimension(type) == dim) {
        const bool multi = type == GEOS_MULTIPOINT || type == GEOS_MULTILINESTRING || type == GEOS_MULTIPOLYGON;
        out.type = multi ? multiOfDimension(dim) : singleOfDimension(dim);
    } else {
        out.type = out.partCount() > 1 ? multiOfDimension(dim) : singleOfDimension(dim);
    }
    return out;
}

// ---- Operations ------------------------------------------------------------------------------

bool boxesMeet(const Geometry& a, const Geometry& b) { return a.bounds().intersects(b.bounds()); }

// Builds a repaired GEOS geometry when `g` is invalid, for retrying an operation GEOS refused.
Result<GeosGeometryPtr> buildRepaired(const Geometry& g) {
    if (isValid(g)) return build(g, false);
    auto fixed = makeValid(g);
    if (!fixed) return std::unexpected(fixed.error());
    return build(*fixed, false);
}

// Runs a binary overlay; when GEOS refuses (typically a TopologyException on invalid input), the
// inputs are made valid and the overlay is tried once more.
template <class Op>
Result<GeosGeometryPtr> overlay(std::string_view what, const Geometry& a, const Geometry& b, Op op) {
    auto ga = build(a, false);
    auto gb = build(b, false);
    if (ga && gb) {
        auto r = produce(what, [&](GEOSContextHandle_t h) { return op(h, ga->get(), gb->get()); });
        if (r) return r;
    }
    auto fa = buildRepaired(a);
    if (!fa) return fail(fmt::format("{}: first input: {}", what, fa.error().message));
    auto fb = buildRepaired(b);
    if (!fb) return fail(fmt::format("{}: second input: {}", what, fb.error().message));
    return produce(what, [&](GEOSContextHandle_t h) { return op(h, fa->get(), fb->get()); });
}

}  // namespace

void GeosGeometryDeleter::operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(handle(), g); }

GeosGeometryPtr toGeos(const Geometry& g) {
    auto r = build(g, false);
    return r ? std::move(*r) : GeosGeometryPtr{};
}

Result<Geometry> fromGeos(const GEOSGeometry* g) {
    if (!g) return fail("no GEOS geometry to convert");
    const int type = GEOSGeomTypeId_r(handle(), g);
    return extract(g, type == GEOS_GEOMETRYCOLLECTION ? 2 : geosDimension(type));
}

bool isValid(const Geometry& g, std::string* reason) {
    auto built = build(g, false);
    if (!built) {
        if (reason) *reason = built.error().message;
        return false;
    }
    Context& c = context();
    c.clearError();
    char* why = nullptr;
    GEOSGeometry* location = nullptr;
    const char r = GEOSisValidDetail_r(c.handle(), built->get(), 0, &why, &location);
    GeosGeometryPtr where(location);
    if (r == 1) return true;
    if (reason) {
        if (r == 2) {
            *reason = fmt::format("validity check failed: {}", c.takeError());
        } else {
            double x = std::numeric_limits<double>::quiet_NaN(), y = x;
            if (where) {
                GEOSGeomGetX_r(c.handle(), where.get(), &x);
                GEOSGeomGetY_r(c.handle(), where.get(), &y);
            }
            *reason = fmt::format("{} at ({} {})", why ? why : "invalid", x, y);
        }
    }
    if (why) GEOSFree_r(c.handle(), why);
    return false;
}

Result<Geometry> makeValid(const Geometry& g) {
    if (g.isEmpty() || isValid(g)) return g;
    const int dim = dimensionOf(g.type);
    auto built = build(g, true);
    if (!built) return std::unexpected(built.error());
    Result<GeosGeometryPtr> fixed;
    if (dim == 2) {
        // The structure method unions shells and subtracts holes, so a bow-tie keeps both lobes
        // and the result is polygonal; collapsed parts are dropped rather than kept as lines.
        GEOSContextHandle_t h = handle();
        GEOSMakeValidParams* params = GEOSMakeValidParams_create_r(h);
        GEOSMakeValidParams_setMethod_r(h, params, GEOS_MAKE_VALID_STRUCTURE);
        GEOSMakeValidParams_setKeepCollapsed_r(h, params, 0);
        fixed = produce("make valid",
                        [&](GEOSContextHandle_t ctx) { return GEOSMakeValidWithParams_r(ctx, built->get(), params); });
        GEOSMakeValidParams_destroy_r(h, params);
    } else {
        fixed = produce("make valid", [&](GEOSContextHandle_t h) { return GEOSMakeValid_r(h, built->get()); });
    }
    if (!fixed) return std::unexpected(fixed.error());
    return extract(fixed->get(), dim);
}

Result<Geometry> unionAll(std::span<const Geometry> polys) {
    std::vector<GeosGeometryPtr> parts;
    for (size_t i = 0; i < polys.size(); ++i) {
        if (polys[i].isEmpty()) continue;
        if (!isPolygonal(polys[i].type))
            return fail(fmt::format("union: input {} is a {}, not a polygon", i, typeName(polys[i].type)));
        auto b = build(polys[i], false);
        if (!b) return fail(fmt::format("union: input {}: {}", i, b.error().message));
        parts.push_back(std::move(*b));
    }
    if (parts.empty()) return emptyOfDimension(2);
    auto collection = [](std::vector<GeosGeometryPtr>& owned) {
        std::vector<GEOSGeometry*> raw;
        for (auto& p : owned) raw.push_back(p.release());
        return produce("collection", [&](GEOSContextHandle_t h) {
            return GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, raw.data(), static_cast<unsigned>(raw.size()));
        });
    };
    auto all = collection(parts);
    if (!all) return std::unexpected(all.error());
    // Coverage union only drops shared edges; it is fast but trusts the input to be a clean
    // coverage. GEOS catches overlaps by comparing areas; unmatched vertices leave inner edges
    // and an invalid result, so the result is checked before it is trusted.
    auto coverage = produce("coverage union", [&](GEOSContextHandle_t h) { return GEOSCoverageUnion_r(h, all->get()); });
    if (coverage && GEOSisValid_r(handle(), coverage->get()) == 1) return extract(coverage->get(), 2);
    auto unary = produce("union", [&](GEOSContextHandle_t h) { return GEOSUnaryUnion_r(h, all->get()); });
    if (unary) return extract(unary->get(), 2);
    // GEOS refuses invalid polygons (a TopologyException): repair each and try once more.
    std::vector<GeosGeometryPtr> repaired;
    for (size_t i = 0; i < polys.size(); ++i) {
        if (polys[i].isEmpty()) continue;
        auto b = buildRepaired(polys[i]);
        if (!b) return fail(fmt::format("union: input {}: {}", i, b.error().message));
        repaired.push_back(std::move(*b));
    }
    auto fixedAll = collection(repaired);
    if (!fixedAll) return std::unexpected(fixedAll.error());
    auto retry = produce("union", [&](GEOSContextHandle_t h) { return GEOSUnaryUnion_r(h, fixedAll->get()); });
    if (!retry) return std::unexpected(retry.error());
    return extract(retry->get(), 2);
}

Result<Geometry> intersection(const Geometry& a, const Geometry& b) {
    const int dim = std::min(dimensionOf(a.type), dimensionOf(b.type));
    if (a.isEmpty() || b.isEmpty() || !boxesMeet(a, b)) return emptyOfDimension(dim);
    auto r = overlay("intersection", a, b, [](GEOSContextHandle_t h, const GEOSGeometry* x, const GEOSGeometry* y) {
        return GEOSIntersection_r(h, x, y);
    });
    if (!r) return std::unexpected(r.error());
    return extract(r->get(), dim);
}

Result<Geometry> difference(const Geometry& a, const Geometry& b) {
    const int dim = dimensionOf(a.type);
    if (a.isEmpty()) return emptyOfDimension(dim);
    if (b.isEmpty() || !boxesMeet(a, b)) return a;
    auto r = overlay("difference", a, b, [](GEOSContextHandle_t h, const GEOSGeometry* x, const GEOSGeometry* y) {
        return GEOSDifference_r(h, x, y);
    });
    if (!r) return std::unexpected(r.error());
    return extract(r->get(), dim);
}

double intersectionArea(const Geometry& a, const Geometry& b) {
    if (!isPolygonal(a.type) || !isPolygonal(b.type) || a.isEmpty() || b.isEmpty() || !boxesMeet(a, b)) return 0;
    auto r = overlay("intersection", a, b, [](GEOSContextHandle_t h, const GEOSGeometry* x, const GEOSGeometry* y) {
        return GEOSIntersection_r(h, x, y);
    });
    if (!r) return 0;
    double result = 0;
    return GEOSArea_r(handle(), r->get(), &result) ? result : 0;
}

double intersectionArea(const GEOSGeometry* a, const GEOSGeometry* b) {
    if (!a || !b) return 0;
    auto r = produce("intersection", [&](GEOSContextHandle_t h) { return GEOSIntersection_r(h, a, b); });
    if (!r) return 0;
    double result = 0;
    return GEOSArea_r(handle(), r->get(), &result) ? result : 0;
}

Point pointOnSurface(const Geometry& g) {
    const Point centre = g.bounds().center();
    if (g.isEmpty()) return centre;
    auto built = build(g, false);
    if (!built) return centre;
    auto p = produce("point on surface", [&](GEOSContextHandle_t h) { return GEOSPointOnSurface_r(h, built->get()); });
    if (!p) return centre;
    Point out;
    GEOSContextHandle_t h = handle();
    if (!GEOSGeomGetX_r(h, p->get(), &out.x) || !GEOSGeomGetY_r(h, p->get(), &out.y)) return centre;
    return out;
}

// ---- Cutting, equality, Voronoi, Delaunay ----------------------------------------------------

namespace {

// Wraps owned geometries into one GeometryCollection (ownership passes to it).
Result<GeosGeometryPtr> collectionOf(std::vector<GeosGeometryPtr>& owned, int type = GEOS_GEOMETRYCOLLECTION) {
    std::vector<GEOSGeometry*> raw;
    for (auto& p : owned) raw.push_back(p.release());
    return produce("collection", [&](GEOSContextHandle_t h) {
        return GEOSGeom_createCollection_r(h, type, raw.data(), static_cast<unsigned>(raw.size()));
    });
}

Result<GeosGeometryPtr> multiPointOf(std::span<const Point> pts) {
    std::vector<GeosGeometryPtr> owned;
    owned.reserve(pts.size());
    for (const Point& p : pts) {
        auto g = buildPoint(std::span<const Point>(&p, 1));
        if (!g) return g;
        owned.push_back(std::move(*g));
    }
    return collectionOf(owned, GEOS_MULTIPOINT);
}

struct PointKey {
    size_t operator()(const Point& p) const {
        return std::hash<double>()(p.x) * 31 + std::hash<double>()(p.y);
    }
};

}  // namespace

Result<std::vector<Geometry>> cutPolygon(const Geometry& polygon, std::span<const Geometry> lines) {
    if (!isPolygonal(polygon.type)) return fail(fmt::format("cannot cut a {}", typeName(polygon.type)));
    auto poly = build(polygon, false);
    if (!poly) return std::unexpected(poly.error());
    std::vector<GeosGeometryPtr> linework;
    auto boundary = produce("boundary", [&](GEOSContextHandle_t h) { return GEOSBoundary_r(h, poly->get()); });
    if (!boundary) return std::unexpected(boundary.error());
    linework.push_back(std::move(*boundary));
    for (size_t i = 0; i < lines.size(); ++i) {
        if (!isLineal(lines[i].type)) return fail(fmt::format("cut line {} is a {}", i, typeName(lines[i].type)));
        if (lines[i].isEmpty()) continue;
        auto l = build(lines[i], false);
        if (!l) return fail(fmt::format("cut line {}: {}", i, l.error().message));
        linework.push_back(std::move(*l));
    }
    auto all = collectionOf(linework);
    if (!all) return std::unexpected(all.error());
    // A unary union of linework nodes it: every crossing becomes a vertex of both lines.
    auto noded = produce("noding", [&](GEOSContextHandle_t h) { return GEOSUnaryUnion_r(h, all->get()); });
    if (!noded) return std::unexpected(noded.error());
    const GEOSGeometry* input[] = {noded->get()};
    auto faces = produce("polygonize", [&](GEOSContextHandle_t h) { return GEOSPolygonize_r(h, input, 1); });
    if (!faces) return std::unexpected(faces.error());
    GEOSContextHandle_t h = handle();
    const GEOSPreparedGeometry* prepared = GEOSPrepare_r(h, poly->get());
    if (!prepared) return fail(fmt::format("GEOS prepare failed: {}", context().takeError()));
    std::vector<Geometry> out;
    Result<void> status;
    const int n = GEOSGetNumGeometries_r(h, faces->get());
    for (int i = 0; i < n && status; ++i) {
        const GEOSGeometry* face = GEOSGetGeometryN_r(h, faces->get(), i);
        GeosGeometryPtr inside(GEOSPointOnSurface_r(h, face));
        if (!inside || GEOSPreparedContains_r(h, prepared, inside.get()) != 1) continue;
        auto g = extract(face, 2);
        if (!g) status = std::unexpected(g.error());
        else out.push_back(std::move(*g));
    }
    GEOSPreparedGeom_destroy_r(h, prepared);
    if (!status) return std::unexpected(status.error());
    return out;
}

bool equalsTopologically(const Geometry& a, const Geometry& b) {
    auto ga = build(a, false);
    auto gb = build(b, false);
    if (!ga || !gb) return false;
    auto r = predicate("equals", [&](GEOSContextHandle_t h) { return GEOSEquals_r(h, ga->get(), gb->get()); });
    return r && *r;
}

Result<std::vector<Geometry>> voronoiCells(std::span<const Point> sites, const Box& envelope) {
    std::vector<Geometry> cells(sites.size());
    if (sites.empty()) return cells;
    auto mp = multiPointOf(sites);
    if (!mp) return std::unexpected(mp.error());
    Box env = envelope;
    for (const Point& p : sites) env.expand(p);
    const std::vector<Point> frame = {{env.minx, env.miny}, {env.maxx, env.miny}, {env.maxx, env.maxy},
                                      {env.minx, env.maxy}, {env.minx, env.miny}};
    auto envGeom = build(Geometry::polygon(std::span<const std::vector<Point>>(&frame, 1)), false);
    if (!envGeom) return std::unexpected(envGeom.error());
    auto diagram = produce("Voronoi diagram", [&](GEOSContextHandle_t h) {
        return GEOSVoronoiDiagram_r(h, mp->get(), envGeom->get(), 0.0, 0);
    });
    if (!diagram) return std::unexpected(diagram.error());
    // GEOS 3.11 does not keep the input order (GEOS_VORONOI_PRESERVE_ORDER came in 3.12): each
    // cell is matched to the sites it holds.
    std::vector<Box> siteBoxes(sites.size());
    for (size_t i = 0; i < sites.size(); ++i) siteBoxes[i].expand(sites[i]);
    const SpatialIndex siteIndex(siteBoxes);
    std::vector<uint32_t> near;
    GEOSContextHandle_t h = handle();
    const int n = GEOSGetNumGeometries_r(h, diagram->get());
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* cell = GEOSGetGeometryN_r(h, diagram->get(), i);
        auto g = extract(cell, 2);
        if (!g) return std::unexpected(g.error());
        const GEOSPreparedGeometry* prepared = GEOSPrepare_r(h, cell);
        if (!prepared) return fail(fmt::format("GEOS prepare failed: {}", context().takeError()));
        near.clear();
        siteIndex.query(g->bounds(), near);
        for (uint32_t id : near) {
            if (!cells[id].isEmpty()) continue;
            GeosGeometryPtr pt(GEOSGeom_createPointFromXY_r(h, sites[id].x, sites[id].y));
            if (pt && GEOSPreparedIntersects_r(h, prepared, pt.get()) == 1) cells[id] = *g;
        }
        GEOSPreparedGeom_destroy_r(h, prepared);
    }
    return cells;
}

Result<std::vector<std::pair<uint32_t, uint32_t>>> delaunayEdges(std::span<const Point> points) {
    std::vector<std::pair<uint32_t, uint32_t>> out;
    if (points.size() < 2) return out;
    std::unordered_map<Point, uint32_t, PointKey> indexOf;
    for (uint32_t i = 0; i < points.size(); ++i) indexOf.emplace(points[i], i);
    if (indexOf.size() == 2) {
        auto it = indexOf.begin();
        const uint32_t a = it->second, b = (++it)->second;
        out.emplace_back(std::min(a, b), std::max(a, b));
        return out;
    }
    auto mp = multiPointOf(points);
    if (!mp) return std::unexpected(mp.error());
    auto edges = produce("Delaunay triangulation",
                         [&](GEOSContextHandle_t h) { return GEOSDelaunayTriangulation_r(h, mp->get(), 0.0, 1); });
    if (!edges) return std::unexpected(edges.error());
    auto lines = extract(edges->get(), 1);
    if (!lines) return std::unexpected(lines.error());
    for (size_t r = 0; r < lines->ringCount(); ++r) {
        const auto ring = lines->ring(r);
        for (size_t k = 1; k < ring.size(); ++k) {
            const auto a = indexOf.find(ring[k - 1]), b = indexOf.find(ring[k]);
            if (a == indexOf.end() || b == indexOf.end() || a->second == b->second) continue;
            out.emplace_back(std::min(a->second, b->second), std::max(a->second, b->second));
        }
    }
    return out;
}

// ---- PreparedPolygon -------------------------------------------------------------------------

struct PreparedPolygon::Impl {
    GeosGeometryPtr geometry;
    const GEOSPreparedGeometry* prepared = nullptr;

    Impl() = default;
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    ~Impl() {
        if (prepared) GEOSPreparedGeom_destroy_r(handle(), prepared);
    }

    // A prepared predicate against a single point. GEOS 3.11 has no GEOSPreparedContainsXY,
    // so a point is built for the test.
    template <class Pred>
    bool testPoint(Point p, Pred pred) const {
        GEOSContextHandle_t h = handle();
        GeosGeometryPtr pt(GEOSGeom_createPointFromXY_r(h, p.x, p.y));
        return pt && pred(h, prepared, pt.get()) == 1;
    }
};

Result<PreparedPolygon> PreparedPolygon::create(const Geometry& polygon) {
    if (!isPolygonal(polygon.type))
        return fail(fmt::format("cannot prepare a {} as a polygon", typeName(polygon.type)));
    auto built = build(polygon, false);
    if (!built) return std::unexpected(built.error());
    PreparedPolygon out;
    out.impl_ = std::make_unique<Impl>();
    out.impl_->geometry = std::move(*built);
    Context& c = context();
    c.clearError();
    out.impl_->prepared = GEOSPrepare_r(c.handle(), out.impl_->geometry.get());
    if (!out.impl_->prepared) return fail(fmt::format("GEOS prepare failed: {}", c.takeError()));
    out.bounds_ = polygon.bounds();
    return out;
}

PreparedPolygon::PreparedPolygon(PreparedPolygon&&) noexcept = default;
PreparedPolygon& PreparedPolygon::operator=(PreparedPolygon&&) noexcept = default;
PreparedPolygon::~PreparedPolygon() = default;

bool PreparedPolygon::containsPoint(Point p) const {
    if (!bounds_.contains(p)) return false;
    return impl_->testPoint(p, GEOSPreparedContains_r);
}

bool PreparedPolygon::coversPoint(Point p) const {
    if (!bounds_.contains(p)) return false;
    return impl_->testPoint(p, GEOSPreparedIntersects_r);
}

bool PreparedPolygon::contains(const Geometry& g) const {
    if (g.isEmpty() || !bounds_.intersects(g.bounds())) return false;
    auto built = build(g, false);
    return built && contains(built->get());
}

bool PreparedPolygon::contains(const GEOSGeometry* g) const {
    if (!g) return false;
    auto r = predicate("prepared contains", [&](GEOSContextHandle_t h) { return GEOSPreparedContains_r(h, impl_->prepared, g); });
    return r && *r;
}

bool PreparedPolygon::intersects(const Geometry& g) const {
    if (g.isEmpty() || !bounds_.intersects(g.bounds())) return false;
    auto built = build(g, false);
    return built && intersects(built->get());
}

bool PreparedPolygon::intersects(const GEOSGeometry* g) const {
    if (!g) return false;
    auto r = predicate("prepared intersects",
                       [&](GEOSContextHandle_t h) { return GEOSPreparedIntersects_r(h, impl_->prepared, g); });
    return r && *r;
}

const GEOSGeometry* PreparedPolygon::geometry() const { return impl_->geometry.get(); }

}  // namespace ga::geo
