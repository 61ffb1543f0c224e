#include "edit/move_buildings.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/json_writer.h"
#include "edit/building_partition.h"
#include "edit/merge.h"
#include "edit/plan_builder.h"
#include "edit/planar.h"
#include "edit/shared_vertices.h"
#include "geo/geos.h"

namespace ga::edit {

Result<EditPlan> planMoveBuildings(store::Project& project, const Workspace& ws, std::span<const int64_t> buildingIds,
                                   const std::string& target) {
    if (buildingIds.empty()) return fail("没有选择楼栋");
    std::vector<uint32_t> moving;
    std::string source;
    for (int64_t id : buildingIds) {
        const auto b = ws.buildingById(id);
        if (!b || ws.buildings()[*b].geometry.isEmpty()) return fail(fmt::format("没有楼栋 #{}", id));
        const std::string& grid = ws.buildings()[*b].grid;
        if (grid.empty()) return fail(fmt::format("楼栋 #{} 不属于任何网格", id));
        if (!source.empty() && grid != source)
            return fail(fmt::format("选中的楼栋分属网格 {} 和 {}，请一次只移一个网格的楼栋", source, grid));
        source = grid;
        if (std::find(moving.begin(), moving.end(), *b) == moving.end()) moving.push_back(static_cast<uint32_t>(*b));
    }
    if (source == target) return fail(fmt::format("楼栋已在网格 {} 中", target));
    const auto from = ws.gridByCode(source);
    const auto to = ws.gridByCode(target);
    if (!from) return fail(fmt::format("楼栋所在的网格 {} 不是现行网格", source));
    if (!to) return fail(fmt::format("没有编码为 {} 的现行网格", target));
    const auto neighbours = neighboursOf(ws, *from);
    if (std::none_of(neighbours.begin(), neighbours.end(), [&](const auto& n) { return n.first == *to; }))
        return fail(fmt::format("网格 {} 不是 {} 在同一社区内的相邻网格", target, source));
    std::vector<const geo::Geometry*> groupA, groupB;
    std::vector<uint32_t> staying;
    for (uint32_t b : ws.buildingsOfGrid(source)) {
        if (std::find(moving.begin(), moving.end(), b) != moving.end()) {
            groupA.push_back(&ws.buildings()[b].geometry);
        } else {
            groupB.push_back(&ws.buildings()[b].geometry);
            staying.push_back(b);
        }
    }
    if (groupB.empty()) return fail(fmt::format("这是网格 {} 的全部楼栋：请用合并或撤销网格", source));
    const geo::Geometry& sourceShape = ws.grids()[*from].geometry;
    const std::vector<geo::Geometry> seeds = sharedBoundary(sourceShape, ws.grids()[*to].geometry);
    auto regions = divideBetween(sourceShape, groupA, groupB, seeds);
    if (!regions) return std::unexpected(regions.error());
    auto& [moved, kept] = *regions;
    if (moved.isEmpty() || kept.isEmpty()) return fail("划分后有一侧为空，未执行");
    if (kept.partCount() != 1)
        return fail(fmt::format("移走这些楼栋会把网格 {} 分成 {} 块，未执行", source, kept.partCount()));

    EditPlan plan;
    plan.action = "move_buildings";
    PlanBuilder builder(project, ws);
    // The new boundary's ends on the grid's edge become vertices of every grid there.
    std::vector<geo::Point> added = verticesNotIn(moved, sourceShape);
    const std::vector<geo::Point> addedKept = verticesNotIn(kept, sourceShape);
    added.insert(added.end(), addedKept.begin(), addedKept.end());
    const size_t skip[] = {*from};
    builder.insertIntoNeighbours(added, skip);
    const geo::Geometry targetShape = builder.gridGeometry(*to);
    const geo::Geometry both[] = {targetShape, moved};
    auto joined = geo::unionAll(both);
    if (!joined) return std::unexpected(joined.error());
    if (joined->partCount() != 1)
        return fail(fmt::format("这些楼栋与网格 {} 之间隔着网格 {} 的其他楼栋，移过去会使 {} 分成 {} 块，未执行",
                                target, source, target, joined->partCount()));
    builder.setGridGeometry(*from, kept);
    builder.setGridAttribute(*from, "start_date", today());
    builder.setGridGeometry(*to, *joined);
    builder.setGridAttribute(*to, "start_date", today());
    for (uint32_t b : moving) builder.relinkBuilding(b, target);
    const PlannedGrid planned[] = {{source, kept, 0, RangeStatus::In, false},
                                   {target, *joined, 0, RangeStatus::In, false}};
    const std::string codes[] = {source};
    if (auto r = builder.relinkIssues(codes, planned); !r) return std::unexpected(r.error());
    if (auto r = builder.finish(plan); !r) return std::unexpected(r.error());
    if (auto r = applyRangePolicy(ws, plan, RangeCheck::NoWorse); !r) return std::unexpected(r.error());

    long long households = 0;
    JsonWriter j;
    j.beginObject().field("from", source).field("to", target).key("buildings").beginArray();
    for (uint32_t b : moving) {
        households += ws.buildings()[b].households;
        j.value(static_cast<long long>(ws.buildings()[b].id));
    }
    j.endArray().field("households", households).endObject();
    plan.target = fmt::format("{}→{}", source, target);
    plan.summary = fmt::format("把 {} 栋楼（{} 户）从网格 {} 移交给 {}", moving.size(), households, source, target);
    plan.detail = j.str();
    return plan;
}

}  // namespace ga::edit
