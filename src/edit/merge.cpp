#include "edit/merge.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/json_writer.h"
#include "edit/plan_builder.h"
#include "edit/planar.h"
#include "edit/shared_vertices.h"
#include "geo/geos.h"

namespace ga::edit {
namespace {

// A vertex this close to the line through its neighbours bends nothing (metres).
constexpr double kStraightTolerance = 1e-7;

// The community a grid belongs to as a comparable key: the community slot, else its code prefix.
std::string communityKey(const Workspace& ws, size_t slot) {
    if (const auto c = ws.communityOfGrid(slot)) return ws.communities()[*c].code;
    const std::string& code = ws.grids()[slot].code;
    return code.size() == 15 ? code.substr(0, 12) : ws.grids()[slot].community;
}

// Takes out of `merged` (and of the one neighbour sharing it) every vertex that now bends
// nothing: where the merged grids met a neighbour's straight edge, or where a split once ended.
void dropStraightVertices(PlanBuilder& builder, const Workspace& ws, geo::Geometry& merged,
                          const std::vector<size_t>& mergedSlots, const geo::Geometry* community) {
    std::vector<uint32_t> near = ws.gridsInBox(merged.bounds());
    std::erase_if(
        near, [&](uint32_t s) { return std::find(mergedSlots.begin(), mergedSlots.end(), s) != mergedSlots.end(); });
    for (const geo::Point& v : vertices(merged)) {
        geo::Point prev, next;
        if (!vertexNeighbours(merged, v, prev, next) || distanceToSegment(v, prev, next) > kStraightTolerance) continue;
        std::vector<uint32_t> holders;
        for (uint32_t s : near)
            if (hasVertex(builder.gridGeometry(s), v)) holders.push_back(s);
        if (holders.size() > 1) continue;
        if (holders.empty()) {
            if (community && hasVertex(*community, v)) continue;
            removeStraightVertex(merged, v, kStraightTolerance);
            continue;
        }
        geo::Geometry other = builder.gridGeometry(holders[0]);
        geo::Point oprev, onext;
        if (!vertexNeighbours(other, v, oprev, onext)) continue;
        const bool mirrored = (oprev == next && onext == prev) || (oprev == prev && onext == next);
        if (!mirrored) continue;
        if (removeStraightVertex(other, v, kStraightTolerance) && removeStraightVertex(merged, v, kStraightTolerance))
            builder.setGridGeometry(holders[0], std::move(other), false);
    }
}

Result<EditPlan> planMergeAs(store::Project& project, const Workspace& ws, const MergeRequest& req,
                             std::string_view action) {
    std::vector<size_t> slots;
    for (const std::string& code : req.codes) {
        const auto s = ws.gridByCode(code);
        if (!s) return fail(fmt::format("没有编码为 {} 的现行网格", code));
        if (std::find(slots.begin(), slots.end(), *s) != slots.end())
            return fail(fmt::format("网格 {} 重复列出", code));
        slots.push_back(*s);
    }
    if (slots.size() < 2) return fail("合并至少需要两个网格");
    const std::string key = communityKey(ws, slots[0]);
    for (size_t s : slots)
        if (communityKey(ws, s) != key)
            return fail(
                fmt::format("网格 {} 与 {} 不属于同一社区，不能合并", ws.grids()[slots[0]].code, ws.grids()[s].code));
    std::vector<geo::Geometry> shapes;
    for (size_t s : slots) shapes.push_back(ws.grids()[s].geometry);
    auto merged = geo::unionAll(shapes);
    if (!merged) return std::unexpected(merged.error());
    if (merged->partCount() != 1) {
        std::string list;
        for (const std::string& c : req.codes) list += (list.empty() ? "" : "、") + c;
        return fail(fmt::format("网格 {} 互不相邻（合并后会分成 {} 块），不能合并", list, merged->partCount()));
    }
    // The survivor: as asked, else the grid with most households (then the larger area).
    size_t survivor = slots[0];
    if (!req.into.empty()) {
        const auto s = ws.gridByCode(req.into);
        if (!s || std::find(slots.begin(), slots.end(), *s) == slots.end())
            return fail(fmt::format("保留的编码 {} 不在要合并的网格之中", req.into));
        survivor = *s;
    } else {
        for (size_t s : slots) {
            const long long hs = ws.householdsOfGrid(ws.grids()[s].code),
                            hb = ws.householdsOfGrid(ws.grids()[survivor].code);
            if (hs > hb || (hs == hb && stableArea(ws.grids()[s].geometry) > stableArea(ws.grids()[survivor].geometry)))
                survivor = s;
        }
    }
    auto pick = [&](const std::string& code, std::string_view what) -> Result<size_t> {
        if (code.empty()) return survivor;
        const auto s = ws.gridByCode(code);
        if (!s || std::find(slots.begin(), slots.end(), *s) == slots.end())
            return fail(fmt::format("{}来源 {} 不在要合并的网格之中", what, code));
        return *s;
    };
    auto nameSlot = pick(req.nameFrom, "名称");
    if (!nameSlot) return std::unexpected(nameSlot.error());
    auto staffSlot = pick(req.staffFrom, "网格员");
    if (!staffSlot) return std::unexpected(staffSlot.error());

    const store::EditGrid& keep = ws.grids()[survivor];
    EditPlan plan;
    plan.action = std::string(action);
    PlanBuilder builder(project, ws);
    const auto community = ws.communityOfGrid(survivor);
    geo::Geometry result = std::move(*merged);
    dropStraightVertices(builder, ws, result, slots, community ? &ws.communities()[*community].geometry : nullptr);
    builder.setGridGeometry(survivor, result);
    builder.setGridAttribute(survivor, "start_date", today());
    if (*nameSlot != survivor) builder.setGridAttribute(survivor, "name", ws.grids()[*nameSlot].name);
    std::vector<std::string> retired;
    for (size_t s : slots) {
        if (s == survivor) continue;
        builder.retireGrid(s);
        retired.push_back(ws.grids()[s].code);
        for (uint32_t b : ws.buildingsOfGrid(ws.grids()[s].code)) builder.relinkBuilding(b, keep.code);
    }
    const PlannedGrid planned{keep.code, result, 0, RangeStatus::In, false};
    if (auto r = builder.relinkIssues(retired, std::span<const PlannedGrid>(&planned, 1)); !r)
        return std::unexpected(r.error());
    for (size_t s : slots) {
        const std::string& code = ws.grids()[s].code;
        if (s == *staffSlot) {
            if (s != survivor)
                if (auto r = builder.moveStaff(code, keep.code); !r) return std::unexpected(r.error());
        } else if (auto r = builder.moveStaff(code, std::nullopt); !r) {
            return std::unexpected(r.error());
        }
    }
    if (auto r = builder.finish(plan); !r) return std::unexpected(r.error());
    if (auto r = applyRangePolicy(ws, plan, RangeCheck::Results); !r) return std::unexpected(r.error());

    long long total = 0;
    for (const PlannedGrid& g : plan.grids)
        if (g.code == keep.code) total = g.households;
    std::string list;
    JsonWriter j;
    j.beginObject().key("grids").beginArray();
    for (size_t s : slots) {
        list += (list.empty() ? "" : " + ") + ws.grids()[s].code;
        j.value(ws.grids()[s].code);
    }
    j.endArray().field("into", keep.code).field("households", total).key("retired").beginArray();
    for (const std::string& c : retired) j.value(c);
    j.endArray().endObject();
    plan.target = list;
    plan.summary = action == "retire_grid"
                       ? fmt::format("撤销网格 {}，并入 {}（{} 户）", retired.front(), keep.code, total)
                       : fmt::format("合并网格 {} → {}（{} 户）", list, keep.code, total);
    plan.detail = j.str();
    return plan;
}

}  // namespace

std::vector<std::pair<size_t, double>> neighboursOf(const Workspace& ws, size_t slot) {
    std::vector<std::pair<size_t, double>> out;
    const geo::Geometry& g = ws.grids()[slot].geometry;
    const std::string key = communityKey(ws, slot);
    for (uint32_t s : ws.gridsInBox(g.bounds())) {
        if (s == slot || communityKey(ws, s) != key) continue;
        const double len = sharedBoundaryLength(g, ws.grids()[s].geometry);
        if (len > 0) out.emplace_back(s, len);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

Result<EditPlan> planMerge(store::Project& project, const Workspace& ws, const MergeRequest& request) {
    return planMergeAs(project, ws, request, "merge");
}

Result<EditPlan> planRetire(store::Project& project, const Workspace& ws, const std::string& code,
                            const std::string& neighbour) {
    const auto slot = ws.gridByCode(code);
    if (!slot) return fail(fmt::format("没有编码为 {} 的现行网格", code));
    std::string into = neighbour;
    if (into.empty()) {
        const auto near = neighboursOf(ws, *slot);
        if (near.empty()) return fail(fmt::format("网格 {} 在本社区内没有相邻网格，它的区域无处可去", code));
        into = ws.grids()[near.front().first].code;
    }
    return planMergeAs(project, ws, {{code, into}, into, into, into}, "retire_grid");
}

}  // namespace ga::edit
