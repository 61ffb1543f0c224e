#include "edit/shared_vertices.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <utility>

namespace ga::edit {
namespace {

// Rebuilds `g` ring by ring through `edit`, which may change a ring's points (closed rings stay
// closed: edit sees them closed and must return them closed).
bool rebuild(geo::Geometry& g, const std::function<bool(std::vector<geo::Point>&)>& edit) {
    geo::Geometry out;
    out.type = g.type;
    bool changed = false;
    std::vector<geo::Point> ring;
    for (size_t p = 0; p < g.partCount(); ++p) {
        out.beginPart();
        const auto [r0, r1] = g.partRings(p);
        for (size_t r = r0; r < r1; ++r) {
            const auto pts = g.ring(r);
            ring.assign(pts.begin(), pts.end());
            if (edit(ring)) changed = true;
            out.addRing(ring);
        }
    }
    if (changed) g = std::move(out);
    return changed;
}

using Segment = std::pair<geo::Point, geo::Point>;

bool lessPoint(const geo::Point& u, const geo::Point& v) { return u.x < v.x || (u.x == v.x && u.y < v.y); }

struct SegmentLess {
    bool operator()(const Segment& a, const Segment& b) const {
        if (!(a.first == b.first)) return lessPoint(a.first, b.first);
        return lessPoint(a.second, b.second);
    }
};

// A segment with its ends in a fixed order, so both directions compare equal.
Segment normalised(geo::Point a, geo::Point b) { return lessPoint(a, b) ? Segment{a, b} : Segment{b, a}; }

std::vector<Segment> commonSegments(const geo::Geometry& a, const geo::Geometry& b) {
    std::set<Segment, SegmentLess> inB;
    for (size_t r = 0; r < b.ringCount(); ++r) {
        const auto ring = b.ring(r);
        for (size_t i = 0; i + 1 < ring.size(); ++i) inB.insert(normalised(ring[i], ring[i + 1]));
    }
    std::vector<Segment> out;
    for (size_t r = 0; r < a.ringCount(); ++r) {
        const auto ring = a.ring(r);
        for (size_t i = 0; i + 1 < ring.size(); ++i)
            if (inB.count(normalised(ring[i], ring[i + 1]))) out.push_back({ring[i], ring[i + 1]});
    }
    return out;
}

}  // namespace

double sharedBoundaryLength(const geo::Geometry& a, const geo::Geometry& b) {
    if (!a.bounds().intersects(b.bounds())) return 0;
    double len = 0;
    for (const auto& [p, q] : commonSegments(a, b)) len += std::hypot(q.x - p.x, q.y - p.y);
    return len;
}

std::vector<geo::Geometry> sharedBoundary(const geo::Geometry& a, const geo::Geometry& b) {
    std::vector<geo::Geometry> out;
    if (!a.bounds().intersects(b.bounds())) return out;
    // Chain the segments (in a's direction) end to start; a closed chain starts anywhere.
    std::vector<Segment> segs = commonSegments(a, b);
    std::map<geo::Point, size_t, decltype(&lessPoint)> byStart(&lessPoint);
    std::map<geo::Point, int, decltype(&lessPoint)> ends(&lessPoint);
    for (size_t i = 0; i < segs.size(); ++i) {
        byStart[segs[i].first] = i;
        ++ends[segs[i].second];
    }
    std::vector<char> used(segs.size(), 0);
    auto chainFrom = [&](size_t first) {
        std::vector<geo::Point> pts = {segs[first].first};
        size_t cur = first;
        for (;;) {
            used[cur] = 1;
            pts.push_back(segs[cur].second);
            const auto next = byStart.find(segs[cur].second);
            if (next == byStart.end() || used[next->second]) break;
            cur = next->second;
        }
        out.push_back(geo::Geometry::lineString(pts));
    };
    // Open chains start where no segment ends.
    for (size_t i = 0; i < segs.size(); ++i)
        if (!used[i] && !ends.count(segs[i].first)) chainFrom(i);
    for (size_t i = 0; i < segs.size(); ++i)
        if (!used[i]) chainFrom(i);
    return out;
}

double distanceToSegment(geo::Point p, geo::Point a, geo::Point b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

bool insertVertices(geo::Geometry& g, std::span<const geo::Point> points, double tolerance) {
    if (points.empty() || !geo::isPolygonal(g.type)) return false;
    const geo::Box box = g.bounds();
    std::vector<geo::Point> candidates;
    for (const geo::Point& p : points)
        if (p.x >= box.minx - tolerance && p.x <= box.maxx + tolerance && p.y >= box.miny - tolerance &&
            p.y <= box.maxy + tolerance && !hasVertex(g, p))
            candidates.push_back(p);
    if (candidates.empty()) return false;
    return rebuild(g, [&](std::vector<geo::Point>& ring) {
        bool changed = false;
        for (const geo::Point& p : candidates) {
            for (size_t i = 0; i + 1 < ring.size(); ++i) {
                if (ring[i] == p || ring[i + 1] == p) break;
                if (distanceToSegment(p, ring[i], ring[i + 1]) <= tolerance) {
                    ring.insert(ring.begin() + static_cast<std::ptrdiff_t>(i) + 1, p);
                    changed = true;
                    break;
                }
            }
        }
        return changed;
    });
}

std::vector<geo::Point> vertices(const geo::Geometry& g) {
    std::vector<geo::Point> out;
    for (size_t r = 0; r < g.ringCount(); ++r) {
        const auto ring = g.ring(r);
        const bool closed = ring.size() > 1 && ring.front() == ring.back();
        out.insert(out.end(), ring.begin(), closed ? ring.end() - 1 : ring.end());
    }
    return out;
}

bool hasVertex(const geo::Geometry& g, geo::Point p) {
    return std::find(g.points.begin(), g.points.end(), p) != g.points.end();
}

std::vector<geo::Point> verticesNotIn(const geo::Geometry& a, const geo::Geometry& b) {
    std::vector<geo::Point> have = vertices(b);
    auto less = [](const geo::Point& u, const geo::Point& v) { return u.x < v.x || (u.x == v.x && u.y < v.y); };
    std::sort(have.begin(), have.end(), less);
    std::vector<geo::Point> out;
    for (const geo::Point& p : vertices(a))
        if (!std::binary_search(have.begin(), have.end(), p, less)) out.push_back(p);
    return out;
}

bool vertexNeighbours(const geo::Geometry& g, geo::Point p, geo::Point& before, geo::Point& after) {
    for (size_t r = 0; r < g.ringCount(); ++r) {
        const auto ring = g.ring(r);
        const size_t n = ring.size();
        if (n < 4) continue;
        for (size_t i = 0; i + 1 < n; ++i) {
            if (!(ring[i] == p)) continue;
            before = i == 0 ? ring[n - 2] : ring[i - 1];
            after = ring[i + 1];
            return true;
        }
    }
    return false;
}

bool removeStraightVertex(geo::Geometry& g, geo::Point p, double tolerance) {
    return rebuild(g, [&](std::vector<geo::Point>& ring) {
        const size_t n = ring.size();
        // A closed ring of n points has n - 1 corners; keep at least three.
        if (n < 5 || !(ring.front() == ring.back())) return false;
        for (size_t i = 0; i + 1 < n; ++i) {
            if (!(ring[i] == p)) continue;
            const geo::Point prev = i == 0 ? ring[n - 2] : ring[i - 1];
            const geo::Point next = ring[i + 1];
            if (distanceToSegment(p, prev, next) > tolerance) return false;
            if (i == 0) {
                ring.erase(ring.begin());
                ring.back() = ring.front();
            } else {
                ring.erase(ring.begin() + static_cast<std::ptrdiff_t>(i));
            }
            return true;
        }
        return false;
    });
}

bool moveVertex(geo::Geometry& g, geo::Point from, geo::Point to) {
    bool moved = false;
    for (geo::Point& p : g.points)
        if (p == from) {
            p = to;
            moved = true;
        }
    return moved;
}

}  // namespace ga::edit
