#include "geo/geometry.h"

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

double length(const Geometry& g) {
    double total = 0;
    for (size_t r = 0; r < g.ringCount(); ++r) total += ringLength(g.ring(r));
    return total;
}

}  // namespace ga::geo
