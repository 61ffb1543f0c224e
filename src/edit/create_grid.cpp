#include "edit/create_grid.h"

#include <fmt/format.h>

#include "core/grid_code.h"
#include "core/json_writer.h"
#include "edit/grid_names.h"
#include "edit/plan_builder.h"
#include "edit/planar.h"
#include "edit/shared_vertices.h"
#include "edit/split.h"
#include "geo/geos.h"
#include "geo/zone_assignment.h"
#include "store/grid_edits.h"

namespace ga::edit {

Result<CreateGridPreview> previewCreateGrid(const Workspace& ws, const geo::Geometry& drawn,
                                            const std::string& community) {
    if (!geo::isPolygonal(drawn.type) || drawn.isEmpty()) return fail("新网格须画成一个多边形");
    std::string why;
    if (!geo::isValid(drawn, &why)) return fail(fmt::format("所画多边形无效：{}", why));
    std::optional<size_t> c;
    if (!community.empty()) {
        for (size_t i = 0; i < ws.communities().size(); ++i)
            if (ws.communities()[i].code == community || ws.communities()[i].name == community) c = i;
        if (!c) return fail(fmt::format("没有社区 {}", community));
    } else {
        // Only communities whose box meets the drawing are overlaid (a district has hundreds).
        double best = 0;
        const geo::Box box = drawn.bounds();
        for (size_t i = 0; i < ws.communities().size(); ++i) {
            if (!box.intersects(ws.communities()[i].geometry.bounds())) continue;
            const double a = geo::intersectionArea(drawn, ws.communities()[i].geometry);
            if (a > best) best = a, c = i;
        }
        if (!c) return fail("所画范围不在任何社区内");
    }
    const store::EditCommunity& home = ws.communities()[*c];
    auto inside = geo::intersection(drawn, home.geometry);
    if (!inside) return std::unexpected(inside.error());
    std::vector<geo::Geometry> covered;
    for (uint32_t s : ws.gridsInBox(inside->bounds())) covered.push_back(ws.grids()[s].geometry);
    geo::Geometry area = std::move(*inside);
    if (!covered.empty()) {
        auto u = geo::unionAll(covered);
        if (!u) return std::unexpected(u.error());
        auto rest = geo::difference(area, *u);
        if (!rest) return std::unexpected(rest.error());
        area = std::move(*rest);
    }
    if (area.isEmpty() || stableArea(area) < kMinPartArea) return fail("所画范围内没有未被网格覆盖的区域");
    if (area.partCount() != 1)
        return fail(fmt::format("所画范围内未覆盖的区域有 {} 块，请一次只画一块", area.partCount()));
    CreateGridPreview preview;
    preview.community = *c;
    // Buildings no grid holds yet go to the new grid when it holds most of them.
    std::vector<uint32_t> loose;
    std::vector<geo::Geometry> footprints;
    for (uint32_t b : ws.buildingsInBox(area.bounds()))
        if (ws.buildings()[b].grid.empty()) {
            loose.push_back(b);
            footprints.push_back(ws.buildings()[b].geometry);
        }
    const std::vector<int> zone = geo::assignByLargestShare(footprints, std::span<const geo::Geometry>(&area, 1));
    for (size_t i = 0; i < loose.size(); ++i)
        if (zone[i] == 0) {
            preview.buildings.push_back(loose[i]);
            preview.households += ws.buildings()[loose[i]].households;
        }
    preview.status = ws.range().classify(preview.households);
    preview.area = std::move(area);
    return preview;
}

Result<EditPlan> planCreateGrid(store::Project& project, const Workspace& ws, const geo::Geometry& drawn,
                                const std::string& community) {
    auto preview = previewCreateGrid(ws, drawn, community);
    if (!preview) return std::unexpected(preview.error());
    const std::optional<size_t> c = preview->community;
    const store::EditCommunity& home = ws.communities()[*c];
    const geo::Geometry& area = preview->area;
    auto code = store::nextGridCode(project, home.code);
    if (!code) return std::unexpected(code.error());
    const int seq = GridCode::parse(*code)->sequence();
    std::string model;
    for (size_t s = 0; s < ws.grids().size() && model.empty(); ++s)
        if (ws.communityOfGrid(s) == c) model = ws.grids()[s].name;
    EditPlan plan;
    plan.action = "create_grid";
    PlanBuilder builder(project, ws);
    const std::string name = gridNameFor(model, home.name, seq);
    const std::string communityAttr = [&] {
        for (size_t s = 0; s < ws.grids().size(); ++s)
            if (ws.communityOfGrid(s) == c) return ws.grids()[s].community;
        return home.name;
    }();
    if (auto r = builder.addGrid(*code, name, communityAttr, area); !r) return std::unexpected(r.error());
    builder.insertIntoNeighbours(vertices(area), {});
    for (uint32_t b : preview->buildings) builder.relinkBuilding(b, *code);
    if (auto r = builder.linkLooseIssues({*code, area, 0, RangeStatus::In, true}); !r)
        return std::unexpected(r.error());
    if (auto r = builder.finish(plan); !r) return std::unexpected(r.error());
    if (auto r = applyRangePolicy(ws, plan, RangeCheck::WarnOnly); !r) return std::unexpected(r.error());
    JsonWriter j;
    j.beginObject().field("code", *code).field("name", name).field("area_m2", stableArea(area)).endObject();
    plan.target = *code;
    plan.summary = fmt::format("新建网格 {}（{}，{:.0f} m²）", *code, name, stableArea(area));
    plan.detail = j.str();
    return plan;
}

}  // namespace ga::edit
