#include "edit/suggest_split.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <numeric>
#include <optional>
#include <random>
#include <unordered_set>

#include "edit/building_partition.h"
#include "edit/planar.h"
#include "edit/shared_vertices.h"
#include "edit/split.h"
#include "geo/geos.h"

namespace ga::edit {
namespace {

// What cutting a Delaunay edge between two buildings costs: across a road little, between
// buildings of one compound much (a compound stays in one grid), elsewhere in a block between.
constexpr double kAcrossRoad = 1, kInBlock = 5, kInCompound = 20;
// Weights of the score's other terms against the cut cost.
constexpr double kSpreadWeight = 10, kBalanceWeight = 5;
// How many of the best partitions get a boundary drawn before giving up.
constexpr size_t kDrawn = 8;
// When the trees drawn give fewer partitions than that, up to this many times as many are drawn:
// a narrow window (614 households into two of 300–500 leaves 300–314 for one side) is hit
// by few cuts.
constexpr int kMoreTrees = 10;

struct Edge {
    uint32_t a, b;
    double cost;
    int road;      // slot of the road the edge crosses, -1 when none
    bool outside;  // the edge leaves the grid (across a notch of a concave grid)
};

struct Candidate {
    std::vector<char> side;  // per building: 1 on the first side
    long long first = 0, second = 0;
    double score = 0, roadShare = 0;
};

class UnionFind {
public:
    explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0u); }
    uint32_t find(uint32_t x) {
        while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
        return x;
    }
    bool join(uint32_t a, uint32_t b) {
        a = find(a);
        b = find(b);
        if (a == b) return false;
        parent_[a] = b;
        return true;
    }

private:
    std::vector<uint32_t> parent_;
};

// Mean squared distance of a side's buildings from their centre, against a disc of the grid's
// area (so the numbers compare across grids).
double spread(const std::vector<geo::Point>& reps, const std::vector<double>& weights, const std::vector<char>& side,
              char which, double gridArea) {
    double w = 0, cx = 0, cy = 0;
    for (size_t i = 0; i < reps.size(); ++i)
        if (side[i] == which) w += weights[i], cx += weights[i] * reps[i].x, cy += weights[i] * reps[i].y;
    if (w <= 0) return 0;
    cx /= w;
    cy /= w;
    double s = 0;
    for (size_t i = 0; i < reps.size(); ++i)
        if (side[i] == which)
            s += weights[i] * ((reps[i].x - cx) * (reps[i].x - cx) + (reps[i].y - cy) * (reps[i].y - cy));
    return s / w * 2 * std::numbers::pi / gridArea;
}

double polsbyPopper(const geo::Geometry& g) {
    const double p = geo::length(g);
    return p > 0 ? 4 * std::numbers::pi * stableArea(g) / (p * p) : 0;
}

// The line along which `a` and `b` meet, its ends pushed 1 m past the grid's edge so that it
// crosses it; nullopt unless they meet along one open line.
std::optional<geo::Geometry> meetingLine(const geo::Geometry& a, const geo::Geometry& b, double simplify) {
    const std::vector<geo::Geometry> chains = sharedBoundary(a, b);
    if (chains.size() != 1) return std::nullopt;
    auto pts = std::vector<geo::Point>(chains[0].points.begin(), chains[0].points.end());
    if (pts.size() < 2 || pts.front() == pts.back()) return std::nullopt;
    if (simplify > 0) pts = simplifyLine(pts, simplify);
    auto extend = [](geo::Point end, geo::Point inner) {
        const double dx = end.x - inner.x, dy = end.y - inner.y, len = std::hypot(dx, dy);
        return len > 0 ? geo::Point{end.x + dx / len, end.y + dy / len} : end;
    };
    pts.front() = extend(pts.front(), pts[1]);
    pts.back() = extend(pts.back(), pts[pts.size() - 2]);
    return geo::Geometry::lineString(pts);
}

// The road that carries most of a partition's cut edges, when it carries at least half of them.
std::optional<int> crossedRoad(const Candidate& c, const std::vector<Edge>& edges) {
    std::map<int, int> crossings;
    int cut = 0;
    for (const Edge& e : edges)
        if (c.side[e.a] != c.side[e.b]) {
            ++cut;
            if (e.road >= 0) ++crossings[e.road];
        }
    const auto best = std::max_element(crossings.begin(), crossings.end(),
                                       [](const auto& x, const auto& y) { return x.second < y.second; });
    if (best == crossings.end() || 2 * best->second < cut) return std::nullopt;
    return best->first;
}

// A road's centre line, its ends pushed on along their direction until they are 2 m outside
// `box` (the grid's box).
std::optional<geo::Geometry> roadLine(const geo::Geometry& road, geo::Box box) {
    if (road.ringCount() != 1 || road.ring(0).size() < 2) return std::nullopt;
    std::vector<geo::Point> pts(road.ring(0).begin(), road.ring(0).end());
    box.minx -= 2;
    box.miny -= 2;
    box.maxx += 2;
    box.maxy += 2;
    auto extend = [&](geo::Point end, geo::Point inner) {
        const double dx = end.x - inner.x, dy = end.y - inner.y, len = std::hypot(dx, dy);
        if (len == 0 || !box.contains(end)) return end;
        const double ux = dx / len, uy = dy / len;
        double t = std::numeric_limits<double>::infinity();
        if (ux > 0) t = std::min(t, (box.maxx - end.x) / ux);
        if (ux < 0) t = std::min(t, (box.minx - end.x) / ux);
        if (uy > 0) t = std::min(t, (box.maxy - end.y) / uy);
        if (uy < 0) t = std::min(t, (box.miny - end.y) / uy);
        return geo::Point{end.x + t * ux, end.y + t * uy};
    };
    pts.front() = extend(pts.front(), pts[1]);
    pts.back() = extend(pts.back(), pts[pts.size() - 2]);
    return geo::Geometry::lineString(pts);
}

// Part p of a polygonal geometry as a polygon of its own.
geo::Geometry partOf(const geo::Geometry& g, size_t p) {
    geo::Geometry out;
    out.type = geo::GeomType::Polygon;
    out.beginPart();
    const auto [first, last] = g.partRings(p);
    for (size_t r = first; r < last; ++r) out.addRing(g.ring(r));
    return out;
}

// The Voronoi division can leave a region in pieces: a corner of the grid nearer to the far
// side's buildings than to its own, cut off by the other region. A piece holding none of its
// group's buildings goes to the other region; nullopt when a group's buildings lie in more than
// one piece (the partition is not contiguous on the ground).
std::optional<std::array<geo::Geometry, 2>> joinStrayPieces(
    std::array<geo::Geometry, 2> regions, const std::array<std::vector<const geo::Geometry*>, 2>& groups) {
    for (size_t side = 0; side < 2; ++side) {
        if (regions[side].partCount() <= 1) continue;
        std::vector<geo::Geometry> kept, stray;
        for (size_t p = 0; p < regions[side].partCount(); ++p) {
            geo::Geometry piece = partOf(regions[side], p);
            auto prepared = geo::PreparedPolygon::create(piece);
            if (!prepared) return std::nullopt;
            const bool holds = std::any_of(groups[side].begin(), groups[side].end(), [&](const geo::Geometry* b) {
                return prepared->coversPoint(geo::pointOnSurface(*b));
            });
            (holds ? kept : stray).push_back(std::move(piece));
        }
        if (kept.size() != 1) return std::nullopt;
        regions[side] = std::move(kept.front());
        stray.push_back(std::move(regions[1 - side]));
        auto joined = geo::unionAll(stray);
        if (!joined) return std::nullopt;
        regions[1 - side] = std::move(*joined);
    }
    if (regions[0].partCount() != 1 || regions[1].partCount() != 1) return std::nullopt;
    return regions;
}

}  // namespace

Result<SplitSuggestion> suggestSplit(const Workspace& ws, const std::string& code, const SuggestOptions& options) {
    const auto slot = ws.gridByCode(code);
    if (!slot) return fail(fmt::format("没有编码为 {} 的现行网格", code));
    const geo::Geometry& grid = ws.grids()[*slot].geometry;
    const HouseholdRange& range = ws.range();
    const std::vector<uint32_t>& members = ws.buildingsOfGrid(code);
    long long total = 0;
    for (uint32_t b : members) total += ws.buildings()[b].households;
    if (members.size() < 2) return fail(fmt::format("网格 {} 的楼栋不足两栋，无法拆分", code));
    if (total < 2LL * range.min)
        return fail(fmt::format("网格 {} 只有 {} 户，拆成两块都达不到 {} 户的下限", code, total, range.min));
    if (total > 2LL * range.max)
        return fail(
            fmt::format("网格 {} 有 {} 户，拆成两块仍超出 {} 户的上限；请先拆出一块再拆", code, total, range.max));

    const size_t n = members.size();
    std::vector<geo::Point> reps(n);
    std::vector<double> weights(n);
    std::vector<long long> households(n);
    for (size_t i = 0; i < n; ++i) {
        const store::EditBuilding& b = ws.buildings()[members[i]];
        reps[i] = centroid(b.geometry);
        weights[i] = std::max(1.0, stableArea(b.geometry));
        households[i] = b.households;
    }
    auto delaunay = geo::delaunayEdges(reps);
    if (!delaunay) return std::unexpected(delaunay.error());
    // Road segments near the grid, to price the edges that cross them.
    struct RoadSegment {
        geo::Point p, q;
        int road;
    };
    std::vector<RoadSegment> roadSegments;
    for (uint32_t r : ws.roadsInBox(grid.bounds())) {
        const geo::Geometry& road = ws.roads()[r].geometry;
        for (size_t k = 0; k < road.ringCount(); ++k) {
            const auto line = road.ring(k);
            for (size_t i = 0; i + 1 < line.size(); ++i)
                roadSegments.push_back({line[i], line[i + 1], static_cast<int>(r)});
        }
    }
    auto inside = geo::PreparedPolygon::create(grid);
    if (!inside) return std::unexpected(inside.error());
    std::vector<Edge> edges;
    for (const auto& [a, b] : *delaunay) {
        int road = -1;
        for (const RoadSegment& s : roadSegments)
            if (segmentsIntersect(reps[a], reps[b], s.p, s.q)) {
                road = s.road;
                break;
            }
        const std::string& ca = ws.buildings()[members[a]].compound;
        const bool compound = !ca.empty() && ca == ws.buildings()[members[b]].compound;
        const geo::Point ends[] = {reps[a], reps[b]};
        const bool outside = !inside->contains(geo::Geometry::lineString(ends));
        edges.push_back({a, b, road >= 0 ? kAcrossRoad : compound ? kInCompound : kInBlock, road, outside});
    }
    const double gridArea = stableArea(grid);

    // Random spanning trees that prefer costly edges (they stay uncut), each cut where it balances.
    std::mt19937_64 rng(options.seed);
    std::uniform_real_distribution<double> jitter(0.5, 1.5);
    std::vector<Candidate> found;
    std::unordered_set<std::string> seen;
    std::vector<size_t> order(edges.size());
    std::vector<std::vector<uint32_t>> adjacent(n);
    std::uniform_real_distribution<double> anyOrder(0, 1);
    for (int t = 0; t < options.trees || (found.size() < kDrawn && t < kMoreTrees * options.trees); ++t) {
        // Jitter keeps the edge classes apart (a road always cut before a block, a block before a
        // compound), so those trees cut along the cheap seams only; where no seam gives both sides
        // a count in range (a few large compounds, a narrow window), every other tree is drawn
        // uniformly instead and may cut inside a block or a compound. The score still ranks them.
        std::vector<double> key(edges.size());
        const bool uniform = t % 2 == 1;
        // An edge that leaves the grid joins buildings whose parts could not meet inside it: it
        // is taken last, only where nothing else connects them.
        for (size_t e = 0; e < edges.size(); ++e)
            key[e] = edges[e].outside ? 1e9 : uniform ? anyOrder(rng) : -edges[e].cost * jitter(rng);
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return key[x] < key[y]; });
        UnionFind uf(n);
        for (auto& a : adjacent) a.clear();
        for (size_t e : order)
            if (uf.join(edges[e].a, edges[e].b)) {
                adjacent[edges[e].a].push_back(edges[e].b);
                adjacent[edges[e].b].push_back(edges[e].a);
            }
        // Root at 0: visiting order, parents and subtree household sums.
        std::vector<uint32_t> visit, parent(n, UINT32_MAX);
        std::vector<size_t> enter(n), leave(n);
        std::vector<std::pair<uint32_t, size_t>> stack = {{0u, 0}};
        parent[0] = 0;
        size_t clock = 0;
        enter[0] = clock++;
        visit.push_back(0);
        while (!stack.empty()) {
            auto& [v, next] = stack.back();
            if (next < adjacent[v].size()) {
                const uint32_t w = adjacent[v][next++];
                if (parent[w] != UINT32_MAX) continue;
                parent[w] = v;
                enter[w] = clock++;
                visit.push_back(w);
                stack.push_back({w, 0});
            } else {
                leave[v] = clock;
                stack.pop_back();
            }
        }
        if (visit.size() != n) continue;  // the triangulation left a building out
        std::vector<long long> sub(households);
        for (auto it = visit.rbegin(); it != visit.rend(); ++it)
            if (*it != 0) sub[parent[*it]] += sub[*it];
        for (uint32_t c = 1; c < n; ++c) {
            const long long a = sub[c], b = total - a;
            if (range.classify(a) != RangeStatus::In || range.classify(b) != RangeStatus::In) continue;
            Candidate cand;
            cand.side.assign(n, 0);
            for (uint32_t v = 0; v < n; ++v) cand.side[v] = enter[v] >= enter[c] && enter[v] < leave[c];
            const std::string keyText(cand.side.begin(), cand.side.end());
            std::string flipped = keyText;
            for (char& ch : flipped) ch = static_cast<char>(1 - ch);
            if (seen.count(keyText) || seen.count(flipped)) continue;
            seen.insert(keyText);
            double cost = 0;
            int cut = 0, roads = 0;
            for (const Edge& e : edges)
                if (cand.side[e.a] != cand.side[e.b]) cost += e.cost, ++cut, roads += e.road >= 0;
            cand.first = a;
            cand.second = b;
            cand.roadShare = cut > 0 ? static_cast<double>(roads) / cut : 0;
            cand.score = cost +
                         kSpreadWeight * (spread(reps, weights, cand.side, 1, gridArea) +
                                          spread(reps, weights, cand.side, 0, gridArea)) +
                         kBalanceWeight * static_cast<double>(std::llabs(a - b)) / static_cast<double>(total);
            found.push_back(std::move(cand));
        }
    }
    if (found.empty())
        return fail(
            fmt::format("找不到把网格 {}（{} 户）分成两块且都在 {}–{} 户的划分", code, total, range.min, range.max));
    std::sort(found.begin(), found.end(), [](const Candidate& x, const Candidate& y) { return x.score < y.score; });

    // Draw the boundary of the best partitions until one splits the grid as planned: along the
    // road the cut crosses when that road alone divides the two sides, else through the gaps
    // between their buildings.
    auto accept = [&](const Candidate& c, geo::Geometry line) -> std::optional<SplitSuggestion> {
        auto preview = previewSplit(ws, code, line);
        if (!preview || preview->pieces.size() != 2 || !preview->cutBuildings.empty()) return std::nullopt;
        const std::array<long long, 2> counts = {preview->households[0], preview->households[1]};
        if (!((counts[0] == c.first && counts[1] == c.second) || (counts[0] == c.second && counts[1] == c.first)))
            return std::nullopt;
        SplitSuggestion s;
        s.line = std::move(line);
        const size_t big = counts[0] >= counts[1] ? 0 : 1;
        for (size_t p = 0; p < 2; ++p) {
            const size_t from = p == 0 ? big : 1 - big;
            s.parts[p] = preview->pieces[from];
            s.households[p] = counts[from];
            s.compactness[p] = polsbyPopper(s.parts[p]);
            for (size_t i = 0; i < preview->buildings.size(); ++i)
                if (preview->buildingPiece[i] == static_cast<int>(from))
                    s.buildings[p].push_back(ws.buildings()[preview->buildings[i]].id);
        }
        s.roadShare = c.roadShare;
        return s;
    };
    for (size_t k = 0; k < found.size() && k < kDrawn; ++k) {
        const Candidate& c = found[k];
        if (auto road = crossedRoad(c, edges))
            if (auto line = roadLine(ws.roads()[static_cast<size_t>(*road)].geometry, grid.bounds()))
                if (auto s = accept(c, std::move(*line))) return *s;
        std::array<std::vector<const geo::Geometry*>, 2> groups;
        for (size_t i = 0; i < n; ++i) groups[c.side[i] ? 0 : 1].push_back(&ws.buildings()[members[i]].geometry);
        auto divided = divideBetween(grid, groups[0], groups[1]);
        if (!divided) continue;
        auto regions = joinStrayPieces(std::move(*divided), groups);
        if (!regions) continue;
        for (double simplify : {1.0, 0.0}) {
            auto line = meetingLine((*regions)[0], (*regions)[1], simplify);
            if (!line) break;
            if (auto s = accept(c, std::move(*line))) return *s;
        }
    }
    return fail(fmt::format("网格 {} 的候选划分都画不出一条干净的分界线", code));
}

}  // namespace ga::edit
