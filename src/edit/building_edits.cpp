#include "edit/building_edits.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>

#include "core/json_writer.h"
#include "edit/plan_builder.h"
#include "edit/planar.h"
#include "geo/geos.h"
#include "geo/zone_assignment.h"
#include "store/grid_edits.h"

namespace ga::edit {
namespace {

store::CellValue text(const std::string& s) {
    return s.empty() ? store::CellValue(std::monostate{}) : store::CellValue(s);
}
store::CellValue number(const std::optional<long long>& n) {
    return n ? store::CellValue(static_cast<int64_t>(*n)) : store::CellValue(std::monostate{});
}

Result<void> checkFootprint(const geo::Geometry& footprint) {
    if (!geo::isPolygonal(footprint.type) || footprint.isEmpty()) return fail("楼栋轮廓须是多边形");
    std::string why;
    if (!geo::isValid(footprint, &why)) return fail(fmt::format("楼栋轮廓无效：{}", why));
    return {};
}

// The grid holding most of `footprint` ("" when none), and a warning when a boundary cuts it.
std::string gridFor(const Workspace& ws, const geo::Geometry& footprint, std::string_view name, EditPlan& plan) {
    const std::vector<uint32_t> near = ws.gridsInBox(footprint.bounds());
    std::vector<geo::Geometry> shapes;
    for (uint32_t s : near) shapes.push_back(ws.grids()[s].geometry);
    const int zone = geo::assignByLargestShare(std::span<const geo::Geometry>(&footprint, 1), shapes)[0];
    if (zone < 0) return {};
    int holders = 0;
    for (const geo::Geometry& g : shapes)
        if (geo::intersectionArea(footprint, g) > 0.01) ++holders;
    const std::string code = ws.grids()[near[static_cast<size_t>(zone)]].code;
    if (holders > 1)
        plan.warnings.push_back(fmt::format("楼栋 {} 跨网格边界，已归入 {}；可用“移交楼栋”调整边界", name, code));
    return code;
}

std::string nameOf(const BuildingAttributes& a, int64_t id) {
    const std::string n = a.compound + a.number;
    return n.empty() ? (a.name.empty() ? fmt::format("#{}", id) : a.name) : n;
}

}  // namespace

Result<EditPlan> planAddBuilding(store::Project& project, const Workspace& ws, const geo::Geometry& footprint,
                                 const BuildingAttributes& a) {
    if (auto ok = checkFootprint(footprint); !ok) return std::unexpected(ok.error());
    auto id = store::nextFeatureId(project, store::Layer::Buildings);
    if (!id) return std::unexpected(id.error());
    EditPlan plan;
    plan.action = "building_add";
    const std::string name = nameOf(a, *id);
    const std::string grid = gridFor(ws, footprint, name, plan);
    store::RowImage after;
    after.set("compound", text(a.compound));
    after.set("number", text(a.number));
    after.set("road", text(a.road));
    after.set("door", text(a.door));
    after.set("households", number(a.households));
    after.set("floors", number(a.floors));
    after.set("units", number(a.units));
    after.set("use", text(a.use));
    after.set("name", text(a.name));
    after.set("grid", text(grid));
    after.set("geom", storedBlob(footprint, ws.srid()));
    PlanBuilder builder(project, ws);
    builder.addChange({store::Layer::Buildings, *id, std::nullopt, std::move(after)});
    if (!grid.empty()) builder.adjustHouseholds(grid, a.households.value_or(0));
    if (auto r = builder.finish(plan); !r) return std::unexpected(r.error());
    if (auto r = applyRangePolicy(ws, plan, RangeCheck::NoWorse); !r) return std::unexpected(r.error());
    JsonWriter j;
    j.beginObject()
        .field("building", static_cast<long long>(*id))
        .field("grid", grid)
        .field("households", a.households.value_or(0))
        .endObject();
    plan.target = fmt::format("buildings:{}", *id);
    plan.summary =
        fmt::format("新增楼栋 {}（{} 户）{}", name, a.households.value_or(0), grid.empty() ? "" : "，属网格 " + grid);
    plan.detail = j.str();
    return plan;
}

Result<EditPlan> planReshapeBuilding(store::Project& project, const Workspace& ws, int64_t id,
                                     const geo::Geometry& footprint) {
    if (auto ok = checkFootprint(footprint); !ok) return std::unexpected(ok.error());
    const auto slot = ws.buildingById(id);
    if (!slot || ws.buildings()[*slot].geometry.isEmpty()) return fail(fmt::format("没有楼栋 #{}", id));
    const store::EditBuilding& b = ws.buildings()[*slot];
    const std::string columns[] = {"geom", "grid"};
    auto before = store::readColumns(project, store::Layer::Buildings, id, columns);
    if (!before) return std::unexpected(before.error());
    if (!*before) return fail(fmt::format("没有楼栋 #{}", id));
    EditPlan plan;
    plan.action = "building_reshape";
    const std::string name = b.compound + b.number;
    const std::string grid = gridFor(ws, footprint, name.empty() ? fmt::format("#{}", id) : name, plan);
    store::RowImage after;
    after.set("geom", storedBlob(footprint, ws.srid()));
    after.set("grid", text(grid));
    PlanBuilder builder(project, ws);
    builder.addChange({store::Layer::Buildings, id, std::move(**before), std::move(after)});
    if (grid != b.grid) {
        if (!b.grid.empty()) builder.adjustHouseholds(b.grid, -b.households);
        if (!grid.empty()) builder.adjustHouseholds(grid, b.households);
    }
    if (auto r = builder.finish(plan); !r) return std::unexpected(r.error());
    if (auto r = applyRangePolicy(ws, plan, RangeCheck::NoWorse); !r) return std::unexpected(r.error());
    JsonWriter j;
    j.beginObject()
        .field("building", static_cast<long long>(id))
        .field("grid_before", b.grid)
        .field("grid", grid)
        .endObject();
    plan.target = fmt::format("buildings:{}", id);
    plan.summary = fmt::format("修改楼栋 {} 的轮廓{}", name.empty() ? fmt::format("#{}", id) : name,
                               grid != b.grid ? fmt::format("，改属网格 {}", grid) : "");
    plan.detail = j.str();
    return plan;
}

Result<EditPlan> planDeleteBuilding(store::Project& project, const Workspace& ws, int64_t id) {
    const auto slot = ws.buildingById(id);
    if (!slot || ws.buildings()[*slot].geometry.isEmpty()) return fail(fmt::format("没有楼栋 #{}", id));
    const store::EditBuilding& b = ws.buildings()[*slot];
    auto households = store::householdsLinkedTo(project, id);
    if (!households) return std::unexpected(households.error());
    auto row = store::readRow(project, store::Layer::Buildings, id);
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(fmt::format("没有楼栋 #{}", id));
    EditPlan plan;
    plan.action = "building_delete";
    PlanBuilder builder(project, ws);
    // Unlinked, with the reason the geocoder gives for a building that is not there, and queued
    // for review unless queued already.
    const std::string columns[] = {"building", "level", "confidence", "reason", "method"};
    const std::string queueColumns[] = {"household"};
    const std::string now =
        fmt::format("{:%FT%TZ}", std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    for (int64_t h : *households) {
        store::FeatureChange unlinked;
        unlinked.table = "household_links";
        unlinked.id = h;
        auto before = store::readSupportRow(project, unlinked.table, h, columns);
        if (!before) return std::unexpected(before.error());
        if (!*before) continue;
        unlinked.before = std::move(**before);
        unlinked.after.emplace();
        unlinked.after->set("building", std::monostate{});
        unlinked.after->set("level", std::monostate{});
        unlinked.after->set("confidence", std::monostate{});
        unlinked.after->set("reason", std::string(kReviewReason));
        unlinked.after->set("method", std::monostate{});
        builder.addChange(std::move(unlinked));
        store::FeatureChange queued;
        queued.table = "review_queue";
        queued.id = h;
        auto inQueue = store::readSupportRow(project, queued.table, h, queueColumns);
        if (!inQueue) return std::unexpected(inQueue.error());
        if (*inQueue) continue;
        queued.after.emplace();
        queued.after->set("reason", std::string(kReviewReason));
        queued.after->set("level", std::string(kReviewLevel));
        queued.after->set("queued_at", now);
        builder.addChange(std::move(queued));
    }
    // Review candidates naming the building would go with it (ON DELETE CASCADE) and not come
    // back on undo: they are deleted as rows of the edit first, so that undo puts them back.
    auto candidates = store::readSupportRowsWhere(project, "review_candidates", "building", id);
    if (!candidates) return std::unexpected(candidates.error());
    for (auto& [key, candidate] : *candidates) {
        store::FeatureChange gone;
        gone.table = "review_candidates";
        gone.id = key;
        gone.before = std::move(candidate);
        builder.addChange(std::move(gone));
    }
    builder.addChange({store::Layer::Buildings, id, std::move(**row), std::nullopt});
    if (!b.grid.empty()) builder.adjustHouseholds(b.grid, -b.households);
    if (auto r = builder.finish(plan); !r) return std::unexpected(r.error());
    if (auto r = applyRangePolicy(ws, plan, RangeCheck::NoWorse); !r) return std::unexpected(r.error());
    const std::string name = b.compound + b.number;
    JsonWriter j;
    j.beginObject()
        .field("building", static_cast<long long>(id))
        .field("grid", b.grid)
        .field("households_to_review", static_cast<long long>(households->size()))
        .endObject();
    plan.target = fmt::format("buildings:{}", id);
    plan.summary = fmt::format("删除楼栋 {}；{} 户退回地址匹配复核", name.empty() ? fmt::format("#{}", id) : name,
                               households->size());
    plan.detail = j.str();
    return plan;
}

}  // namespace ga::edit
