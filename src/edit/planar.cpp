#include "edit/planar.h"

#include <algorithm>
#include <cmath>
#include <span>

#include "edit/shared_vertices.h"

namespace ga::edit {
namespace {

double cross(geo::Point o, geo::Point a, geo::Point b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

int sign(double v) { return (v > 0) - (v < 0); }

bool onSegment(geo::Point p, geo::Point a, geo::Point b) {
    return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y &&
           p.y <= std::max(a.y, b.y);
}

// Winding number of `ring` around p; `onBoundary` is set when p lies within `tolerance` of an edge.
int winding(std::span<const geo::Point> ring, geo::Point p, double tolerance, bool& onBoundary) {
    int w = 0;
    for (size_t i = 0; i + 1 < ring.size(); ++i) {
        const geo::Point a = ring[i], b = ring[i + 1];
        if (distanceToSegment(p, a, b) <= tolerance) {
            onBoundary = true;
            return 0;
        }
        if (a.y <= p.y) {
            if (b.y > p.y && cross(a, b, p) > 0) ++w;
        } else if (b.y <= p.y && cross(a, b, p) < 0) {
            --w;
        }
    }
    return w;
}

// True when p lies inside a part's shell and outside its holes, or on any ring (`onBoundary`).
bool insideRings(const geo::Geometry& g, geo::Point p, double tolerance, bool& onBoundary) {
    onBoundary = false;
    for (size_t part = 0; part < g.partCount(); ++part) {
        const auto [r0, r1] = g.partRings(part);
        if (r0 == r1) continue;
        const bool inShell = winding(g.ring(r0), p, tolerance, onBoundary) != 0;
        if (onBoundary) return true;
        if (!inShell) continue;
        bool inHole = false;
        for (size_t r = r0 + 1; r < r1 && !inHole; ++r) {
            inHole = winding(g.ring(r), p, tolerance, onBoundary) != 0;
            if (onBoundary) return true;
        }
        if (!inHole) return true;
    }
    return false;
}

}  // namespace

bool segmentsIntersect(geo::Point a, geo::Point b, geo::Point c, geo::Point d) {
    const int d1 = sign(cross(c, d, a)), d2 = sign(cross(c, d, b));
    const int d3 = sign(cross(a, b, c)), d4 = sign(cross(a, b, d));
    if (d1 * d2 < 0 && d3 * d4 < 0) return true;
    if (d1 == 0 && onSegment(a, c, d)) return true;
    if (d2 == 0 && onSegment(b, c, d)) return true;
    if (d3 == 0 && onSegment(c, a, b)) return true;
    if (d4 == 0 && onSegment(d, a, b)) return true;
    return false;
}

bool segmentsCrossProperly(geo::Point a, geo::Point b, geo::Point c, geo::Point d) {
    const int d1 = sign(cross(c, d, a)), d2 = sign(cross(c, d, b));
    const int d3 = sign(cross(a, b, c)), d4 = sign(cross(a, b, d));
    return d1 * d2 < 0 && d3 * d4 < 0;
}

geo::Point crossingPoint(geo::Point a, geo::Point b, geo::Point c, geo::Point d) {
    const double den = (b.x - a.x) * (d.y - c.y) - (b.y - a.y) * (d.x - c.x);
    if (den == 0) return a;
    const double t = ((c.x - a.x) * (d.y - c.y) - (c.y - a.y) * (d.x - c.x)) / den;
    return {a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
}

bool covers(const geo::Geometry& g, geo::Point p, double tolerance) {
    if (!geo::isPolygonal(g.type)) return false;
    bool boundary = false;
    return insideRings(g, p, tolerance, boundary);
}

bool containsStrictly(const geo::Geometry& g, geo::Point p, double tolerance) {
    if (!geo::isPolygonal(g.type)) return false;
    bool boundary = false;
    const bool in = insideRings(g, p, tolerance, boundary);
    return in && !boundary;
}

bool lineMeetsPolygonInterior(const geo::Geometry& l, const geo::Geometry& g) {
    if (l.isEmpty() || g.isEmpty() || !l.bounds().intersects(g.bounds())) return false;
    for (size_t r = 0; r < l.ringCount(); ++r)
        if (polylineMeetsPolygonInterior(l.ring(r), g)) return true;
    return false;
}

bool polylineMeetsPolygonInterior(std::span<const geo::Point> line, const geo::Geometry& g) {
    for (const geo::Point& p : line)
        if (containsStrictly(g, p)) return true;
    for (size_t i = 0; i + 1 < line.size(); ++i) {
        for (size_t r = 0; r < g.ringCount(); ++r) {
            const auto ring = g.ring(r);
            for (size_t k = 0; k + 1 < ring.size(); ++k)
                if (segmentsCrossProperly(line[i], line[i + 1], ring[k], ring[k + 1])) return true;
        }
        // A segment through two corners crosses no edge properly: its midpoint tells.
        const geo::Point mid{(line[i].x + line[i + 1].x) / 2, (line[i].y + line[i + 1].y) / 2};
        if (containsStrictly(g, mid)) return true;
    }
    return false;
}

bool selfIntersects(std::span<const geo::Point> line) {
    const size_t n = line.size();
    for (size_t i = 0; i + 1 < n; ++i) {
        for (size_t j = i + 1; j + 1 < n; ++j) {
            if (j == i + 1) {
                // Neighbours share a point; they fold back when the next one runs back along this.
                const double c = cross(line[i], line[i + 1], line[j + 1]);
                const double dot = (line[i + 1].x - line[i].x) * (line[j + 1].x - line[j].x) +
                                   (line[i + 1].y - line[i].y) * (line[j + 1].y - line[j].y);
                if (c == 0 && dot < 0) return true;
                continue;
            }
            // The closing segment of a closed line meets the first at the shared end.
            if (i == 0 && j + 2 == n && line.front() == line.back()) continue;
            if (segmentsIntersect(line[i], line[i + 1], line[j], line[j + 1])) return true;
        }
    }
    return false;
}

double stableArea(const geo::Geometry& g) {
    if (!geo::isPolygonal(g.type)) return 0;
    double total = 0;
    for (size_t part = 0; part < g.partCount(); ++part) {
        const auto [r0, r1] = g.partRings(part);
        for (size_t r = r0; r < r1; ++r) {
            const auto ring = g.ring(r);
            if (ring.size() < 3) continue;
            const geo::Point o = ring[0];
            double s2 = 0;
            for (size_t i = 1; i + 1 < ring.size(); ++i)
                s2 += (ring[i].x - o.x) * (ring[i + 1].y - o.y) - (ring[i + 1].x - o.x) * (ring[i].y - o.y);
            const double a = std::abs(s2) / 2;
            total += r == r0 ? a : -a;
        }
    }
    return total;
}

geo::Point centroid(const geo::Geometry& g) {
    double a = 0, cx = 0, cy = 0;
    for (size_t r = 0; r < g.ringCount(); ++r) {
        const auto ring = g.ring(r);
        if (ring.size() < 3) continue;
        // Relative to the first point, for precision with coordinates in the millions.
        const geo::Point o = ring[0];
        for (size_t i = 0; i + 1 < ring.size(); ++i) {
            const double x0 = ring[i].x - o.x, y0 = ring[i].y - o.y, x1 = ring[i + 1].x - o.x, y1 = ring[i + 1].y - o.y;
            const double c = x0 * y1 - x1 * y0;
            a += c;
            cx += (x0 + x1) * c + 3 * o.x * c;
            cy += (y0 + y1) * c + 3 * o.y * c;
        }
    }
    if (std::abs(a) < 1e-12) return g.bounds().center();
    return {cx / (3 * a), cy / (3 * a)};
}

std::vector<geo::Point> simplifyLine(std::span<const geo::Point> line, double tolerance) {
    if (line.size() < 3) return {line.begin(), line.end()};
    std::vector<char> keep(line.size(), 0);
    keep.front() = keep.back() = 1;
    std::vector<std::pair<size_t, size_t>> stack = {{0, line.size() - 1}};
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        double worst = 0;
        size_t at = a;
        for (size_t i = a + 1; i < b; ++i) {
            const double d = distanceToSegment(line[i], line[a], line[b]);
            if (d > worst) worst = d, at = i;
        }
        if (worst > tolerance) {
            keep[at] = 1;
            stack.push_back({a, at});
            stack.push_back({at, b});
        }
    }
    std::vector<geo::Point> out;
    for (size_t i = 0; i < line.size(); ++i)
        if (keep[i]) out.push_back(line[i]);
    return out;
}

std::vector<geo::Geometry> ringsAsLines(const geo::Geometry& g) {
    std::vector<geo::Geometry> out;
    for (size_t r = 0; r < g.ringCount(); ++r) {
        const auto ring = g.ring(r);
        if (ring.size() >= 2) out.push_back(geo::Geometry::lineString(ring));
    }
    return out;
}

}  // namespace ga::edit
