#pragma once
// A 2-D geometry as flat arrays: compact for 200k buildings in memory and cheap to draw.
// Conversion to GEOS, WKB and SpatiaLite blobs lives beside it (geos.h, wkb.h).
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace ga::geo {

/// Values are the OGC / WKB type codes.
enum class GeomType : uint8_t { Point = 1, LineString = 2, Polygon = 3, MultiPoint = 4, MultiLineString = 5, MultiPolygon = 6 };

struct Point {
    double x = 0, y = 0;
    friend bool operator==(const Point&, const Point&) = default;
};

struct Box {
    double minx = std::numeric_limits<double>::infinity(), miny = std::numeric_limits<double>::infinity();
    double maxx = -std::numeric_limits<double>::infinity(), maxy = -std::numeric_limits<double>::infinity();

    bool isEmpty() const { return minx > maxx; }
    double width() const { return maxx - minx; }
    double height() const { return maxy - miny; }
    Point center() const { return {(minx + maxx) / 2, (miny + maxy) / 2}; }
    void expand(Point p) {
        if (p.x < minx) minx = p.x;
        if (p.y < miny) miny = p.y;
        if (p.x > maxx) maxx = p.x;
        if (p.y > maxy) maxy = p.y;
    }
    void expand(const Box& b) {
        if (b.isEmpty()) return;
        expand(Point{b.minx, b.miny});
        expand(Point{b.maxx, b.maxy});
    }
    bool intersects(const Box& b) const { return !(b.minx > maxx || b.maxx < minx || b.miny > maxy || b.maxy < miny); }
    bool contains(Point p) const { return p.x >= minx && p.x <= maxx && p.y >= miny && p.y <= maxy; }
};

/// Rings (polygon rings, line strings, or single points) are runs of `points`; `ringEnds[i]` is
/// the end offset of ring i in `points`, `partEnds[j]` the end offset of part j in `ringEnds`.
/// A Polygon has one part (exterior ring first); a LineString one part of one ring; a Point one
/// ring of one point.
struct Geometry {
    GeomType type = GeomType::Point;
    std::vector<Point> points;
    std::vector<uint32_t> ringEnds;
    std::vector<uint32_t> partEnds;

    bool isEmpty() const { return points.empty(); }
    size_t partCount() const { return partEnds.size(); }
    size_t ringCount() const { return ringEnds.size(); }
    size_t ringBegin(size_t ring) const { return ring == 0 ? 0 : ringEnds[ring - 1]; }
    std::span<const Point> ring(size_t i) const {
        return {points.data() + ringBegin(i), points.data() + ringEnds[i]};
    }
    /// Index range [first, last) of the rings of part `p`.
    std::pair<size_t, size_t> partRings(size_t p) const { return {p == 0 ? 0 : partEnds[p - 1], partEnds[p]}; }

    Box bounds() const {
        Box b;
        for (const Point& p : points) b.expand(p);
        return b;
    }

    /// Appends a ring to the current (last) part.
    void addRing(std::span<const Point> ring) {
        points.insert(points.end(), ring.begin(), ring.end());
        ringEnds.push_back(static_cast<uint32_t>(points.size()));
        partEnds.back() = static_cast<uint32_t>(ringEnds.size());
    }
    /// Starts a new, empty part.
    void beginPart() { partEnds.push_back(static_cast<uint32_t>(ringEnds.size())); }

    static Geometry point(Point p) {
        Geometry g;
        g.type = GeomType::Point;
        g.beginPart();
        g.addRing(std::span<const Point>(&p, 1));
        return g;
    }
    static Geometry lineString(std::span<const Point> pts) {
        Geometry g;
        g.type = GeomType::LineString;
        g.beginPart();
        g.addRing(pts);
        return g;
    }
    /// A polygon from its exterior ring (closed or not; it is closed here) and holes.
    static Geometry polygon(std::span<const std::vector<Point>> rings) {
        Geometry g;
        g.type = GeomType::Polygon;
        g.beginPart();
        for (const auto& r : rings) g.addClosedRing(r);
        return g;
    }
    void addClosedRing(std::span<const Point> r) {
        addRing(r);
        if (!r.empty() && !(r.front() == r.back())) {
            points.push_back(r.front());
            ringEnds.back() = static_cast<uint32_t>(points.size());
        }
    }

    friend bool operator==(const Geometry&, const Geometry&) = default;
};

/// "Point", "MultiPolygon", ... for messages.
std::string_view typeName(GeomType t);

/// True for Polygon and MultiPolygon.
inline bool isPolygonal(GeomType t) { return t == GeomType::Polygon || t == GeomType::MultiPolygon; }
inline bool isLineal(GeomType t) { return t == GeomType::LineString || t == GeomType::MultiLineString; }
inline bool isPuntal(GeomType t) { return t == GeomType::Point || t == GeomType::MultiPoint; }

/// Closest point to `p` on segment a–b.
Point closestOnSegment(Point p, Point a, Point b);

/// The point of `lines` nearest their length-weighted centre: on a straight road its middle, on
/// a bent or branching one a point of it near the middle. Where something said to be "on 人民路"
/// is put.
/// Nullopt when the lines have no length.
std::optional<Point> middleOfLines(std::span<const Geometry> lines);

/// Planar area (shoelace), holes subtracted; 0 for non-polygons.
double area(const Geometry& g);
/// Planar length of lines, perimeter of polygons.
double length(const Geometry& g);

}  // namespace ga::geo
