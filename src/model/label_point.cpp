#include "model/label_point.h"

#include <algorithm>
#include <cmath>
#include <queue>

namespace ga::model {
namespace {

// Signed distance from (x, y) (origin-relative) to the polygon's boundary: positive inside.
double signedDistance(const FeatureGeometry& g, size_t feature, double x, double y) {
    bool inside = false;
    double best = std::numeric_limits<double>::infinity();
    const auto [first, last] = g.rings(feature);
    for (uint32_t r = first; r < last; ++r) {
        const auto pts = g.ring(r);
        for (size_t i = 0, j = pts.size() - 1; i < pts.size(); j = i++) {
            const double ax = pts[i].x, ay = pts[i].y, bx = pts[j].x, by = pts[j].y;
            if ((ay > y) != (by > y) && x < (bx - ax) * (y - ay) / (by - ay) + ax) inside = !inside;
            const double dx = bx - ax, dy = by - ay;
            const double len2 = dx * dx + dy * dy;
            double t = len2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / len2 : 0;
            t = t < 0 ? 0 : t > 1 ? 1 : t;
            const double ex = ax + t * dx - x, ey = ay + t * dy - y;
            best = std::min(best, ex * ex + ey * ey);
        }
    }
    return (inside ? 1 : -1) * std::sqrt(best);
}

struct Cell {
    double x, y, half, d, potential;
};

Cell makeCell(const FeatureGeometry& g, size_t feature, double x, double y, double half) {
    const double d = signedDistance(g, feature, x, y);
    return {x, y, half, d, d + half * std::sqrt(2.0)};
}

}  // namespace

geo::Point poleOfInaccessibility(const FeatureGeometry& g, size_t feature, double precision) {
    const geo::Box& box = g.bounds(feature);
    if (box.isEmpty() || g.kind(feature) != ShapeKind::Polygon) return box.center();
    const geo::Point o = g.origin();
    const double minx = box.minx - o.x, miny = box.miny - o.y;
    const double size = std::min(box.width(), box.height());
    if (size <= 0) return box.center();
    const double half = size / 2;

    auto cmp = [](const Cell& a, const Cell& b) { return a.potential < b.potential; };
    std::priority_queue<Cell, std::vector<Cell>, decltype(cmp)> queue(cmp);
    for (double x = minx; x < minx + box.width(); x += size)
        for (double y = miny; y < miny + box.height(); y += size)
            queue.push(makeCell(g, feature, x + half, y + half, half));

    // Start from the centroid of the box: a good first guess for compact shapes.
    Cell best = makeCell(g, feature, minx + box.width() / 2, miny + box.height() / 2, 0);
    // Bounded work even for pathological rings: a label point need not be perfect.
    for (int iterations = 0; !queue.empty() && iterations < 4000; ++iterations) {
        const Cell c = queue.top();
        queue.pop();
        if (c.d > best.d) best = c;
        if (c.potential - best.d <= precision) continue;
        const double h = c.half / 2;
        queue.push(makeCell(g, feature, c.x - h, c.y - h, h));
        queue.push(makeCell(g, feature, c.x + h, c.y - h, h));
        queue.push(makeCell(g, feature, c.x - h, c.y + h, h));
        queue.push(makeCell(g, feature, c.x + h, c.y + h, h));
    }
    return {best.x + o.x, best.y + o.y};
}

geo::Point labelPoint(const FeatureGeometry& g, size_t feature) {
    const geo::Box& box = g.bounds(feature);
    if (box.isEmpty() || g.kind(feature) != ShapeKind::Polygon) return box.center();
    // Area centroid of the exterior rings (shoelace), in origin-relative coordinates.
    double a = 0, cx = 0, cy = 0;
    const auto [first, last] = g.rings(feature);
    for (uint32_t r = first; r < last; ++r) {
        const auto pts = g.ring(r);
        for (size_t i = 0, j = pts.size() - 1; i < pts.size(); j = i++) {
            const double cross = static_cast<double>(pts[j].x) * pts[i].y - static_cast<double>(pts[i].x) * pts[j].y;
            a += cross;
            cx += (pts[j].x + pts[i].x) * cross;
            cy += (pts[j].y + pts[i].y) * cross;
        }
    }
    if (std::abs(a) > 1e-9) {
        const geo::Point c{cx / (3 * a) + g.origin().x, cy / (3 * a) + g.origin().y};
        if (g.contains(feature, c)) return c;
    }
    return poleOfInaccessibility(g, feature, std::max(0.1, std::min(box.width(), box.height()) / 20));
}

geo::Point areaLabelPoint(const FeatureGeometry& g, size_t feature) {
    const geo::Box& b = g.bounds(feature);
    return poleOfInaccessibility(g, feature, std::max(1.0, std::min(b.width(), b.height()) / 40));
}

}  // namespace ga::model
