#include "edit/reshape.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/json_writer.h"
#include "edit/plan_builder.h"
#include "edit/planar.h"
#include "edit/shared_vertices.h"
#include "edit/validation.h"
#include "geo/geos.h"
#include "geo/zone_assignment.h"

namespace ga::edit {
namespace {

geo::Box around(geo::Point p, double r) { return {p.x - r, p.y - r, p.x + r, p.y + r}; }

std::vector<size_t> holdersOf(const Workspace& ws, geo::Point v) {
    std::vector<size_t> out;
    for (uint32_t s : ws.gridsInBox(around(v, 1e-6)))
        if (hasVertex(ws.grids()[s].geometry, v)) out.push_back(s);
    return out;
}

// True when a boundary edge at `v` is held by one grid only: `v` lies on the outline of the
// coverage (the community line, or the edge of a gap), which a move would change.
bool onOutline(const Workspace& ws, const std::vector<size_t>& holders, geo::Point v) {
    std::map<std::pair<double, double>, int> edgeEnds;
    for (size_t s : holders) {
        const geo::Geometry& g = ws.grids()[s].geometry;
        for (size_t r = 0; r < g.ringCount(); ++r) {
            const auto ring = g.ring(r);
            for (size_t i = 0; i + 1 < ring.size(); ++i) {
                if (ring[i] == v) ++edgeEnds[{ring[i + 1].x, ring[i + 1].y}];
                if (ring[i + 1] == v) ++edgeEnds[{ring[i].x, ring[i].y}];
            }
        }
    }
    for (const auto& [end, n] : edgeEnds)
        if (n < 2) return true;
    return edgeEnds.empty();
}

std::string pointText(geo::Point p) { return fmt::format("({:.2f}, {:.2f})", p.x, p.y); }

Result<EditPlan> planMoves(store::Project& project, const Workspace& ws,
                           std::span<const std::pair<geo::Point, geo::Point>> moves) {
    std::map<size_t, geo::Geometry> changed;
    for (const auto& [from, to] : moves) {
        const std::vector<size_t> holders = holdersOf(ws, from);
        if (holders.empty()) return fail(fmt::format("{} 处没有网格边界顶点", pointText(from)));
        if (onOutline(ws, holders, from))
            return fail(fmt::format("顶点 {} 在网格覆盖的外缘（社区边界或空隙旁），移动它会改变社区的覆盖，未执行",
                                    pointText(from)));
        for (size_t s : holders) {
            auto it = changed.find(s);
            if (it == changed.end()) it = changed.emplace(s, ws.grids()[s].geometry).first;
            moveVertex(it->second, from, to);
        }
    }
    double before = 0, after = 0;
    for (const auto& [s, g] : changed) {
        std::string why;
        if (!geo::isValid(g, &why))
            return fail(fmt::format("移动后网格 {} 的边界会自相交（{}），未执行", ws.grids()[s].code, why));
        before += stableArea(ws.grids()[s].geometry);
        after += stableArea(g);
    }
    if (std::abs(after - before) > std::max(kAreaNoise, 1e-9 * before))
        return fail(fmt::format("移动会在网格间留下 {:.2f} m² 的空隙或重叠，未执行", std::abs(after - before)));
    // No grid may now reach into a neighbour.
    for (const auto& [s, g] : changed) {
        for (uint32_t n : ws.gridsInBox(g.bounds())) {
            if (n == s) continue;
            const auto other = changed.find(n);
            if (other != changed.end() && n < s) continue;
            const geo::Geometry& og = other != changed.end() ? other->second : ws.grids()[n].geometry;
            const double overlap = geo::intersectionArea(g, og);
            if (overlap > kAreaNoise)
                return fail(fmt::format("移动后网格 {} 与 {} 会重叠 {:.2f} m²，未执行", ws.grids()[s].code,
                                        ws.grids()[n].code, overlap));
        }
    }

    EditPlan plan;
    plan.action = "reshape";
    PlanBuilder builder(project, ws);
    std::vector<size_t> slots;
    std::vector<geo::Geometry> shapes;
    std::vector<PlannedGrid> planned;
    std::vector<std::string> codes;
    for (const auto& [s, g] : changed) {
        builder.setGridGeometry(s, g);
        builder.setGridAttribute(s, "start_date", today());
        slots.push_back(s);
        shapes.push_back(g);
        codes.push_back(ws.grids()[s].code);
        planned.push_back({ws.grids()[s].code, g, 0, RangeStatus::In, false});
    }
    // Buildings of these grids follow the grid now holding most of them.
    geo::Box box;
    for (size_t s : slots) box.expand(ws.grids()[s].geometry.bounds());
    for (const auto& g : shapes) box.expand(g.bounds());
    std::vector<uint32_t> affected;
    std::vector<geo::Geometry> footprints;
    for (uint32_t b : ws.buildingsInBox(box)) {
        const std::string& grid = ws.buildings()[b].grid;
        if (!grid.empty() && std::find(codes.begin(), codes.end(), grid) == codes.end()) continue;
        affected.push_back(b);
        footprints.push_back(ws.buildings()[b].geometry);
    }
    const std::vector<int> zone = geo::assignByLargestShare(footprints, shapes);
    for (size_t i = 0; i < affected.size(); ++i) {
        if (zone[i] < 0) continue;
        builder.relinkBuilding(affected[i], codes[static_cast<size_t>(zone[i])]);
        const store::EditBuilding& b = ws.buildings()[affected[i]];
        int holders = 0;
        for (const geo::Geometry& g : shapes)
            if (geo::intersectionArea(b.geometry, g) > 0.01) ++holders;
        if (holders > 1) {
            const std::string name = b.compound + b.number;
            plan.warnings.push_back(fmt::format("楼栋 {} 被新边界切开，已归入 {}",
                                                name.empty() ? fmt::format("#{}", b.id) : name,
                                                codes[static_cast<size_t>(zone[i])]));
        }
    }
    if (auto r = builder.relinkIssues(codes, planned); !r) return std::unexpected(r.error());
    if (auto r = builder.finish(plan); !r) return std::unexpected(r.error());
    if (auto r = applyRangePolicy(ws, plan, RangeCheck::NoWorse); !r) return std::unexpected(r.error());

    std::string list;
    for (const std::string& c : codes) list += (list.empty() ? "" : "、") + c;
    JsonWriter j;
    j.beginObject().key("moves").beginArray();
    for (const auto& [from, to] : moves)
        j.beginObject()
            .field("from_x", from.x)
            .field("from_y", from.y)
            .field("to_x", to.x)
            .field("to_y", to.y)
            .endObject();
    j.endArray().key("grids").beginArray();
    for (const std::string& c : codes) j.value(c);
    j.endArray().endObject();
    plan.target = list;
    const double dist = std::hypot(moves[0].second.x - moves[0].first.x, moves[0].second.y - moves[0].first.y);
    plan.summary = fmt::format("调整网格 {} 的共用边界（{} 个顶点，移动 {:.1f} m）", list, moves.size(), dist);
    plan.detail = j.str();
    return plan;
}

}  // namespace

std::optional<BoundaryVertex> findBoundaryVertex(const Workspace& ws, geo::Point p, double tolerance) {
    std::optional<geo::Point> best;
    double bestDist = tolerance;
    for (uint32_t s : ws.gridsInBox(around(p, tolerance)))
        for (const geo::Point& v : ws.grids()[s].geometry.points) {
            const double d = std::hypot(v.x - p.x, v.y - p.y);
            if (d <= bestDist) {
                bestDist = d;
                best = v;
            }
        }
    if (!best) return std::nullopt;
    BoundaryVertex out;
    out.at = *best;
    out.grids = holdersOf(ws, *best);
    out.onCommunityLine = onOutline(ws, out.grids, *best);
    return out;
}

std::optional<BoundarySegment> findBoundarySegment(const Workspace& ws, geo::Point p, double tolerance) {
    std::optional<BoundarySegment> best;
    double bestDist = tolerance;
    for (uint32_t s : ws.gridsInBox(around(p, tolerance))) {
        const geo::Geometry& g = ws.grids()[s].geometry;
        for (size_t r = 0; r < g.ringCount(); ++r) {
            const auto ring = g.ring(r);
            for (size_t i = 0; i + 1 < ring.size(); ++i) {
                const double d = distanceToSegment(p, ring[i], ring[i + 1]);
                if (d <= bestDist) {
                    bestDist = d;
                    best = BoundarySegment{ring[i], ring[i + 1], {}};
                }
            }
        }
    }
    if (!best) return std::nullopt;
    auto holdsEdge = [&](const geo::Geometry& g) {
        for (size_t r = 0; r < g.ringCount(); ++r) {
            const auto ring = g.ring(r);
            for (size_t i = 0; i + 1 < ring.size(); ++i)
                if ((ring[i] == best->a && ring[i + 1] == best->b) || (ring[i] == best->b && ring[i + 1] == best->a))
                    return true;
        }
        return false;
    };
    for (size_t s : holdersOf(ws, best->a))
        if (holdsEdge(ws.grids()[s].geometry)) best->grids.push_back(s);
    return best;
}

std::vector<std::pair<size_t, geo::Geometry>> previewMove(const Workspace& ws,
                                                          std::span<const std::pair<geo::Point, geo::Point>> moves) {
    std::map<size_t, geo::Geometry> changed;
    for (const auto& [from, to] : moves)
        for (size_t s : holdersOf(ws, from)) {
            auto it = changed.find(s);
            if (it == changed.end()) it = changed.emplace(s, ws.grids()[s].geometry).first;
            moveVertex(it->second, from, to);
        }
    return {changed.begin(), changed.end()};
}

Result<EditPlan> planMoveVertex(store::Project& project, const Workspace& ws, geo::Point from, geo::Point to) {
    const std::pair<geo::Point, geo::Point> move[] = {{from, to}};
    return planMoves(project, ws, move);
}

Result<EditPlan> planMoveSegment(store::Project& project, const Workspace& ws, geo::Point a, geo::Point b, double dx,
                                 double dy) {
    const std::pair<geo::Point, geo::Point> moves[] = {{a, {a.x + dx, a.y + dy}}, {b, {b.x + dx, b.y + dy}}};
    return planMoves(project, ws, moves);
}

}  // namespace ga::edit
