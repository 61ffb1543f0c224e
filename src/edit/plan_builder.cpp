#include "edit/plan_builder.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <set>

#include "edit/shared_vertices.h"
#include "geo/wkb.h"
#include "geo/zone_assignment.h"
#include "store/grid_edits.h"

namespace ga::edit {
namespace {

store::CellValue textOrNull(const std::string& s) {
    return s.empty() ? store::CellValue(std::monostate{}) : store::CellValue(s);
}

// How far a household count lies outside the range (0 inside).
long long distanceFromRange(const HouseholdRange& r, long long n) {
    if (n < r.min) return r.min - n;
    if (n > r.max) return n - r.max;
    return 0;
}

}  // namespace

std::string today() {
    const std::time_t now = std::time(nullptr);
    return fmt::format("{:%F}", fmt::localtime(now));
}

geo::Geometry asMultiPolygon(geo::Geometry g) {
    if (geo::isPolygonal(g.type)) g.type = geo::GeomType::MultiPolygon;
    return g;
}

std::vector<uint8_t> storedBlob(const geo::Geometry& polygonal, int srid) {
    return geo::toSpatialiteBlob(asMultiPolygon(polygonal), srid);
}

std::string_view actionName(std::string_view action) {
    if (action == "split") return "拆分";
    if (action == "merge") return "合并";
    if (action == "reshape") return "调整边界";
    if (action == "move_buildings") return "移交楼栋";
    if (action == "create_grid") return "新建网格";
    if (action == "retire_grid") return "撤销网格";
    if (action == "building_add") return "新增楼栋";
    if (action == "building_reshape") return "修改楼栋轮廓";
    if (action == "building_delete") return "删除楼栋";
    if (action == "undo") return "撤销";
    return action;
}

void PlanBuilder::setGridGeometry(size_t slot, geo::Geometry geometry, bool newVersion) {
    PendingGrid& p = pending_[slot];
    p.geometry = std::move(geometry);
    p.newVersion = p.newVersion || newVersion;
}

void PlanBuilder::setGridAttribute(size_t slot, std::string column, store::CellValue value) {
    PendingGrid& p = pending_[slot];
    p.newVersion = true;
    for (auto& [c, v] : p.attributes)
        if (c == column) {
            v = std::move(value);
            return;
        }
    p.attributes.emplace_back(std::move(column), std::move(value));
}

const geo::Geometry& PlanBuilder::gridGeometry(size_t slot) const {
    const auto it = pending_.find(slot);
    if (it != pending_.end() && it->second.geometry) return *it->second.geometry;
    return ws_.grids()[slot].geometry;
}

Result<int64_t> PlanBuilder::addGrid(const std::string& code, const std::string& name, const std::string& community,
                                     geo::Geometry geometry) {
    if (nextGridId_ == 0) {
        auto id = store::nextFeatureId(project_, store::Layer::Grids);
        if (!id) return std::unexpected(id.error());
        nextGridId_ = *id;
    }
    const int64_t id = nextGridId_++;
    added_.push_back({id, code, name, community, std::move(geometry)});
    return id;
}

void PlanBuilder::retireGrid(size_t slot) {
    pending_[slot].retired = true;
    pending_[slot].newVersion = true;
}

void PlanBuilder::insertIntoNeighbours(std::span<const geo::Point> points, std::span<const size_t> skip) {
    if (points.empty()) return;
    geo::Box box;
    for (const geo::Point& p : points) box.expand(p);
    box.minx -= 1;
    box.miny -= 1;
    box.maxx += 1;
    box.maxy += 1;
    for (uint32_t slot : ws_.gridsInBox(box)) {
        if (std::find(skip.begin(), skip.end(), slot) != skip.end()) continue;
        const auto it = pending_.find(slot);
        if (it != pending_.end() && it->second.retired) continue;
        geo::Geometry g = gridGeometry(slot);
        if (insertVertices(g, points)) setGridGeometry(slot, std::move(g), false);
    }
}

void PlanBuilder::relinkBuilding(size_t slot, const std::string& code) { buildingGrid_[slot] = code; }

Result<void> PlanBuilder::relinkIssues(std::span<const std::string> fromCodes, std::span<const PlannedGrid> to) {
    auto issues = store::issuesOfGrids(project_, fromCodes);
    if (!issues) return std::unexpected(issues.error());
    std::vector<geo::Point> pts;
    for (const auto& i : *issues) pts.push_back(i.at);
    std::vector<geo::Geometry> zones;
    for (const PlannedGrid& g : to) zones.push_back(g.geometry);
    const std::vector<int> zone = geo::assignPoints(pts, zones);
    for (size_t i = 0; i < issues->size(); ++i) {
        const auto& issue = (*issues)[i];
        const std::optional<std::string> after =
            zone[i] >= 0 ? std::optional<std::string>(to[static_cast<size_t>(zone[i])].code) : std::nullopt;
        if (after == issue.grid) continue;
        store::FeatureChange c{store::Layer::Issues, issue.id, store::RowImage{}, store::RowImage{}};
        c.before->set("grid", issue.grid ? store::CellValue(*issue.grid) : store::CellValue(std::monostate{}));
        c.after->set("grid", after ? store::CellValue(*after) : store::CellValue(std::monostate{}));
        extra_.push_back(std::move(c));
    }
    return {};
}

Result<void> PlanBuilder::linkLooseIssues(const PlannedGrid& grid) {
    auto issues = store::unlinkedIssuesIn(project_, grid.geometry.bounds());
    if (!issues) return std::unexpected(issues.error());
    std::vector<geo::Point> pts;
    for (const auto& i : *issues) pts.push_back(i.at);
    const std::vector<int> zone = geo::assignPoints(pts, std::span<const geo::Geometry>(&grid.geometry, 1));
    for (size_t i = 0; i < issues->size(); ++i) {
        if (zone[i] < 0) continue;
        store::FeatureChange c{store::Layer::Issues, (*issues)[i].id, store::RowImage{}, store::RowImage{}};
        c.before->set("grid", std::monostate{});
        c.after->set("grid", grid.code);
        extra_.push_back(std::move(c));
    }
    return {};
}

Result<void> PlanBuilder::moveStaff(const std::string& from, const std::optional<std::string>& to) {
    auto staff = store::staffIdsOfGrid(project_, from);
    if (!staff) return std::unexpected(staff.error());
    for (int64_t id : *staff) {
        store::FeatureChange c{store::Layer::Staff, id, store::RowImage{}, store::RowImage{}};
        c.before->set("grid", from);
        c.after->set("grid", to ? store::CellValue(*to) : store::CellValue(std::monostate{}));
        extra_.push_back(std::move(c));
    }
    return {};
}

Result<void> PlanBuilder::finish(EditPlan& plan) {
    const int srid = ws_.srid();
    // Grids that change or go: their stored geometry must still be what the workspace holds.
    for (auto& [slot, p] : pending_) {
        const store::EditGrid& g = ws_.grids()[slot];
        // The whole row: a commit then refuses if anything of the grid changed meanwhile.
        auto current = store::readRow(project_, store::Layer::Grids, g.id);
        if (!current) return std::unexpected(current.error());
        const store::CellValue* geom = *current ? (*current)->find("geom") : nullptr;
        const auto* blob = geom ? std::get_if<std::vector<uint8_t>>(geom) : nullptr;
        if (!*current || !blob || *blob != g.blob)
            return fail(fmt::format("网格 {} 在载入后已被修改（另一编辑或另一程序），请重新载入后再编辑", g.code));
        store::FeatureChange c{store::Layer::Grids, g.id, std::move(**current), std::nullopt, p.newVersion};
        if (!p.retired) {
            c.after = c.before;
            if (p.geometry) c.after->set("geom", storedBlob(*p.geometry, srid));
            for (auto& [col, v] : p.attributes) c.after->set(col, v);
        } else {
            plan.retired.push_back(g.code);
        }
        plan.changes.changes.push_back(std::move(c));
    }
    for (const NewGrid& n : added_) {
        store::RowImage after;
        after.set("code", n.code);
        after.set("name", textOrNull(n.name));
        after.set("community", textOrNull(n.community));
        after.set("start_date", today());
        after.set("geom", storedBlob(n.geometry, srid));
        plan.changes.changes.push_back({store::Layer::Grids, n.id, std::nullopt, std::move(after), true});
    }
    // Households per grid after the edit: the workspace's counts with the moved buildings moved.
    std::map<std::string, long long> households;
    auto countOf = [&](const std::string& code) -> long long& {
        auto it = households.find(code);
        if (it == households.end()) it = households.emplace(code, ws_.householdsOfGrid(code)).first;
        return it->second;
    };
    for (const auto& [slot, code] : buildingGrid_) {
        const store::EditBuilding& b = ws_.buildings()[slot];
        if (b.grid == code) continue;
        if (!b.grid.empty()) countOf(b.grid) -= b.households;
        if (!code.empty()) countOf(code) += b.households;
        store::FeatureChange c{store::Layer::Buildings, b.id, store::RowImage{}, store::RowImage{}};
        c.before->set("grid", textOrNull(b.grid));
        c.after->set("grid", textOrNull(code));
        plan.changes.changes.push_back(std::move(c));
    }
    for (store::FeatureChange& c : extra_) plan.changes.changes.push_back(std::move(c));
    extra_.clear();
    for (const auto& [code, delta] : householdDelta_) countOf(code) += delta;
    std::set<std::string> listed;
    for (const auto& [slot, p] : pending_) {
        const store::EditGrid& g = ws_.grids()[slot];
        // Neighbours that only gained a vertex are not results of the edit.
        if (!p.newVersion && !p.retired && !households.count(g.code)) continue;
        listed.insert(g.code);
        if (p.retired) continue;
        const long long n = countOf(g.code);
        plan.grids.push_back({g.code, gridGeometry(slot), n, ws_.range().classify(n), false});
    }
    for (const NewGrid& n : added_) {
        listed.insert(n.code);
        const long long h = countOf(n.code);
        plan.grids.push_back({n.code, n.geometry, h, ws_.range().classify(h), true});
    }
    // Grids whose shape stays but whose households change (buildings added, deleted or moved).
    for (const auto& [code, n] : households) {
        if (listed.count(code)) continue;
        const auto slot = ws_.gridByCode(code);
        if (!slot) continue;
        plan.grids.push_back({code, ws_.grids()[*slot].geometry, n, ws_.range().classify(n), false});
    }
    return {};
}

Result<void> applyRangePolicy(const Workspace& ws, EditPlan& plan, RangeCheck check) {
    const HouseholdRange& range = ws.range();
    std::vector<std::string> problems;
    for (const PlannedGrid& g : plan.grids) {
        if (g.status == RangeStatus::In) continue;
        if (check == RangeCheck::NoWorse && !g.created) {
            const long long before = ws.householdsOfGrid(g.code);
            if (distanceFromRange(range, g.households) <= distanceFromRange(range, before)) continue;
        }
        problems.push_back(fmt::format("网格 {} 将有 {} 户，{} {}–{} 户的标准", g.code, g.households,
                                       g.status == RangeStatus::Under ? "低于" : "超出", range.min, range.max));
    }
    if (problems.empty()) return {};
    std::string joined;
    for (const std::string& p : problems) joined += (joined.empty() ? "" : "；") + p;
    if (ws.outOfRange() == OutOfRangePolicy::Refuse && check != RangeCheck::WarnOnly)
        return fail(fmt::format("{}被拒绝（项目设置：户数超出范围时拒绝）：{}", actionName(plan.action), joined));
    for (std::string& p : problems) plan.warnings.push_back(std::move(p));
    return {};
}

}  // namespace ga::edit
