#include "geo/geometry.h"

#include <algorithm>
#include <cmath>

namespace ga::geo {
namespace {
double ringArea(std::span<const Point> r) {
    double s = 0;
    for (size_t i = 1; i < r.size(); ++i) s += r[i - 1].x * r[i].y - r[i].x * r[i - 1].y;
    return s / 2;
}
double ringLength(std::span<const Point> r) {
    double s = 0;
    for (size_t i = 1; i < r.size(); ++i) s += std::hypot(r[i].x - r[i - 1].x, r[i].y - r[i - 1].y);
    return s;
}
}  // namespace

std::string_view typeName(GeomType t) {
    switch (t) {
    case GeomType::Point: return "Point";
    case GeomType::LineString: return "LineString";
    case GeomType::Polygon: return "Polygon";
    case GeomType::MultiPoint: return "MultiPoint";
    case GeomType::MultiLineString: return "MultiLineString";
    case GeomType::MultiPolygon: return "MultiPolygon";
    }
    return "Geometry";
}

double area(const Geometry& g) {
    if (!isPolygonal(g.type)) return 0;
    double total = 0;
    for (size_t p = 0; p < g.partCount(); ++p) {
        const auto [r0, r1] = g.partRings(p);
        for (size_t r = r0; r < r1; ++r) {
            const double a = std::abs(ringArea(g.ring(r)));
            total += r == r0 ? a : -a;
        }
    }
    return total;
}

Point closestOnSegment(Point p, Point a, Point b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0;
    return {a.x + t * dx, a.y + t * dy};
}

std::optional<Point> middleOfLines(std::span<const Geometry> lines) {
    double sx = 0, sy = 0, total = 0;
    for (const Geometry& g : lines)
        for (size_t r = 0; r < g.ringCount(); ++r) {
            const auto ring = g.ring(r);
            for (size_t i = 0; i + 1 < ring.size(); ++i) {
                const double len = std::hypot(ring[i + 1].x - ring[i].x, ring[i + 1].y - ring[i].y);
                sx += len * (ring[i].x + ring[i + 1].x) / 2;
                sy += len * (ring[i].y + ring[i + 1].y) / 2;
                total += len;
            }
        }
    if (!(total > 0)) return std::nullopt;
    const Point centre{sx / total, sy / total};
    std::optional<Point> best;
    double bestD2 = 0;
    for (const Geometry& g : lines)
        for (size_t r = 0; r < g.ringCount(); ++r) {
            const auto ring = g.ring(r);
            for (size_t i = 0; i + 1 < ring.size(); ++i) {
                const Point q = closestOnSegment(centre, ring[i], ring[i + 1]);
                const double d2 = (q.x - centre.x) * (q.x - centre.x) + (q.y - centre.y) * (q.y - centre.y);
                if (!best || d2 < bestD2) {
                    best = q;
                    bestD2 = d2;
                }
            }
        }
    return best;
}

double length(const Geometry& g) {
    double total = 0;
    for (size_t r = 0; r < g.ringCount(); ++r) total += ringLength(g.ring(r));
    return total;
}

}  // namespace ga::geo
