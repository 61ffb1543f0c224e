#include "edit/snapper.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <queue>

#include "edit/planar.h"

namespace ga::edit {
namespace {

double dist(geo::Point a, geo::Point b) { return std::hypot(a.x - b.x, a.y - b.y); }

geo::Box around(geo::Point p, double r) { return {p.x - r, p.y - r, p.x + r, p.y + r}; }

bool isRoadSnap(const Snap& s) {
    return s.road >= 0 && (s.kind == SnapKind::RoadLine || s.kind == SnapKind::RoadVertex);
}

}  // namespace

Snap Snapper::snap(geo::Point p, double tolerance) const {
    const geo::Box box = around(p, tolerance);
    Snap best;
    best.point = p;
    double bestDist = tolerance;
    auto consider = [&](geo::Point v, SnapKind kind, int road, uint32_t ring, uint32_t segment) {
        // Earlier kinds win ties: a grid corner on a road's end is a grid corner.
        const double d = dist(v, p);
        if (d < bestDist || (d == bestDist && best.kind == SnapKind::None)) {
            bestDist = d;
            best = {v, kind, road, ring, segment};
        }
    };
    for (uint32_t s : ws_.gridsInBox(box))
        for (const geo::Point& v : ws_.grids()[s].geometry.points) consider(v, SnapKind::GridVertex, -1, 0, 0);
    for (uint32_t b : ws_.buildingsInBox(box))
        for (const geo::Point& v : ws_.buildings()[b].geometry.points) consider(v, SnapKind::BuildingCorner, -1, 0, 0);
    const std::vector<uint32_t> roads = ws_.roadsInBox(box);
    for (uint32_t r : roads) {
        const geo::Geometry& g = ws_.roads()[r].geometry;
        for (uint32_t k = 0; k < g.ringCount(); ++k) {
            const auto line = g.ring(k);
            for (uint32_t i = 0; i < line.size(); ++i)
                consider(line[i], SnapKind::RoadVertex, static_cast<int>(r), k, i + 1 < line.size() ? i : i - 1);
        }
    }
    if (best.kind != SnapKind::None) return best;
    for (uint32_t r : roads) {
        const geo::Geometry& g = ws_.roads()[r].geometry;
        for (uint32_t k = 0; k < g.ringCount(); ++k) {
            const auto line = g.ring(k);
            for (uint32_t i = 0; i + 1 < line.size(); ++i)
                consider(closestOnSegment(p, line[i], line[i + 1]), SnapKind::RoadLine, static_cast<int>(r), k, i);
        }
    }
    if (best.kind != SnapKind::None) return best;
    for (uint32_t s : ws_.gridsInBox(box)) {
        const geo::Geometry& g = ws_.grids()[s].geometry;
        for (size_t k = 0; k < g.ringCount(); ++k) {
            const auto ring = g.ring(k);
            for (size_t i = 0; i + 1 < ring.size(); ++i)
                consider(closestOnSegment(p, ring[i], ring[i + 1]), SnapKind::GridEdge, -1, 0, 0);
        }
    }
    return best;
}

std::optional<std::vector<geo::Point>> Snapper::traceAlongRoads(const Snap& a, const Snap& b) const {
    if (!isRoadSnap(a) || !isRoadSnap(b)) return std::nullopt;
    const double reach = std::max(200.0, 2 * dist(a.point, b.point));
    geo::Box box = around(a.point, reach);
    box.expand(around(b.point, reach));
    // The road network near both points as a graph over its vertices, with a and b spliced into
    // the segments they lie on.
    auto less = [](const geo::Point& u, const geo::Point& v) { return u.x < v.x || (u.x == v.x && u.y < v.y); };
    std::map<geo::Point, uint32_t, decltype(less)> ids(less);
    std::vector<geo::Point> nodes;
    std::vector<std::vector<std::pair<uint32_t, double>>> links;
    auto node = [&](geo::Point p) {
        auto [it, added] = ids.emplace(p, static_cast<uint32_t>(nodes.size()));
        if (added) {
            nodes.push_back(p);
            links.emplace_back();
        }
        return it->second;
    };
    auto link = [&](geo::Point p, geo::Point q) {
        const uint32_t i = node(p), j = node(q);
        if (i == j) return;
        links[i].push_back({j, dist(p, q)});
        links[j].push_back({i, dist(p, q)});
    };
    // Road segments near both points, cut where the snapped points lie and where roads cross
    // (road lines are not noded at junctions in imported data).
    struct Segment {
        geo::Point p, q;
        std::vector<geo::Point> cuts;
    };
    std::vector<Segment> segments;
    for (uint32_t r : ws_.roadsInBox(box)) {
        const geo::Geometry& g = ws_.roads()[r].geometry;
        for (uint32_t k = 0; k < g.ringCount(); ++k) {
            const auto line = g.ring(k);
            for (uint32_t i = 0; i + 1 < line.size(); ++i) {
                Segment seg{line[i], line[i + 1], {}};
                for (const Snap* s : {&a, &b})
                    if (s->road == static_cast<int>(r) && s->ring == k && s->segment == i) seg.cuts.push_back(s->point);
                segments.push_back(std::move(seg));
            }
        }
    }
    for (size_t i = 0; i < segments.size(); ++i)
        for (size_t j = i + 1; j < segments.size(); ++j)
            if (segmentsCrossProperly(segments[i].p, segments[i].q, segments[j].p, segments[j].q)) {
                const geo::Point x = crossingPoint(segments[i].p, segments[i].q, segments[j].p, segments[j].q);
                segments[i].cuts.push_back(x);
                segments[j].cuts.push_back(x);
            }
    for (Segment& seg : segments) {
        std::sort(seg.cuts.begin(), seg.cuts.end(),
                  [&](const geo::Point& u, const geo::Point& v) { return dist(seg.p, u) < dist(seg.p, v); });
        geo::Point from = seg.p;
        for (const geo::Point& c : seg.cuts) {
            link(from, c);
            from = c;
        }
        link(from, seg.q);
    }
    const auto from = ids.find(a.point), to = ids.find(b.point);
    if (from == ids.end() || to == ids.end()) return std::nullopt;
    std::vector<double> best(nodes.size(), std::numeric_limits<double>::infinity());
    std::vector<uint32_t> prev(nodes.size(), UINT32_MAX);
    using Item = std::pair<double, uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    best[from->second] = 0;
    queue.push({0, from->second});
    while (!queue.empty()) {
        const auto [d, v] = queue.top();
        queue.pop();
        if (d > best[v]) continue;
        if (v == to->second) break;
        for (const auto& [w, len] : links[v])
            if (d + len < best[w]) {
                best[w] = d + len;
                prev[w] = v;
                queue.push({best[w], w});
            }
    }
    if (!std::isfinite(best[to->second])) return std::nullopt;
    std::vector<geo::Point> path;
    for (uint32_t v = to->second; v != UINT32_MAX; v = prev[v]) path.push_back(nodes[v]);
    std::reverse(path.begin(), path.end());
    return path;
}

}  // namespace ga::edit
