#include "edit/workspace.h"

#include <fmt/format.h>

#include <algorithm>

#include "geo/wkb.h"

namespace ga::edit {
namespace {

std::string textCell(const store::CellValue* v) {
    if (!v) return {};
    if (const auto* s = std::get_if<std::string>(v)) return *s;
    if (const auto* i = std::get_if<int64_t>(v)) return std::to_string(*i);
    return {};
}

std::optional<long long> integerCell(const store::CellValue* v) {
    if (!v) return std::nullopt;
    if (const auto* i = std::get_if<int64_t>(v)) return *i;
    if (const auto* d = std::get_if<double>(v)) return static_cast<long long>(*d);
    if (const auto* s = std::get_if<std::string>(v)) {
        try {
            return std::stoll(*s);
        } catch (const std::exception&) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

Result<geo::Geometry> geometryCell(const store::CellValue* v, std::string_view what) {
    const auto* blob = v ? std::get_if<std::vector<uint8_t>>(v) : nullptr;
    if (!blob) return geo::Geometry{geo::GeomType::MultiPolygon, {}, {}, {}};
    auto g = geo::fromSpatialiteBlob(*blob);
    if (!g) return fail(fmt::format("{}: {}", what, g.error().message));
    return g;
}

const std::vector<uint32_t> kNone;

}  // namespace

Result<Workspace> Workspace::load(store::Project& project) {
    Workspace w;
    w.srid_ = project.settings().srid;
    w.range_ = project.settings().range;
    w.policy_ = project.settings().outOfRange;
    if (w.srid_ == 0) return fail(fmt::format("{}: the project has no CRS yet; import grids first", project.path()));
    auto grids = store::readEditGrids(project);
    if (!grids) return std::unexpected(grids.error());
    auto buildings = store::readEditBuildings(project);
    if (!buildings) return std::unexpected(buildings.error());
    auto communities = store::readEditCommunities(project);
    if (!communities) return std::unexpected(communities.error());
    auto roads = store::readEditRoads(project);
    if (!roads) return std::unexpected(roads.error());
    w.grids_ = std::move(*grids);
    w.buildings_ = std::move(*buildings);
    w.communities_ = std::move(*communities);
    w.roads_ = std::move(*roads);
    w.indexGrids();
    w.indexBuildings();
    std::vector<geo::Box> roadBoxes(w.roads_.size());
    for (size_t i = 0; i < w.roads_.size(); ++i) roadBoxes[i] = w.roads_[i].geometry.bounds();
    w.roadIndex_ = geo::SpatialIndex(roadBoxes);
    return w;
}

void Workspace::indexGrids() {
    std::vector<geo::Box> boxes(grids_.size());
    gridByCode_.clear();
    for (size_t i = 0; i < grids_.size(); ++i) {
        boxes[i] = grids_[i].geometry.bounds();
        gridByCode_[grids_[i].code] = i;
    }
    gridIndex_ = geo::SpatialIndex(boxes);
}

void Workspace::indexBuildings() {
    std::vector<geo::Box> boxes(buildings_.size());
    buildingById_.clear();
    for (size_t i = 0; i < buildings_.size(); ++i) {
        boxes[i] = buildings_[i].geometry.bounds();
        buildingById_[buildings_[i].id] = i;
    }
    buildingIndex_ = geo::SpatialIndex(boxes);
    indexBuildingGrids();
}

void Workspace::indexBuildingGrids() {
    buildingsByGrid_.clear();
    for (size_t i = 0; i < buildings_.size(); ++i)
        if (!buildings_[i].grid.empty() && !buildings_[i].geometry.isEmpty())
            buildingsByGrid_[buildings_[i].grid].push_back(static_cast<uint32_t>(i));
}

void Workspace::unlinkBuilding(size_t slot) {
    const std::string& grid = buildings_[slot].grid;
    if (grid.empty()) return;
    const auto it = buildingsByGrid_.find(grid);
    if (it != buildingsByGrid_.end()) std::erase(it->second, static_cast<uint32_t>(slot));
}

std::optional<size_t> Workspace::gridByCode(std::string_view code) const {
    const auto it = gridByCode_.find(std::string(code));
    return it == gridByCode_.end() ? std::nullopt : std::optional<size_t>(it->second);
}

std::optional<size_t> Workspace::buildingById(int64_t id) const {
    const auto it = buildingById_.find(id);
    return it == buildingById_.end() ? std::nullopt : std::optional<size_t>(it->second);
}

std::optional<size_t> Workspace::communityOfGrid(size_t grid) const {
    const store::EditGrid& g = grids_[grid];
    if (g.code.size() == 15)
        for (size_t c = 0; c < communities_.size(); ++c)
            if (communities_[c].code == std::string_view(g.code).substr(0, 12)) return c;
    if (!g.community.empty())
        for (size_t c = 0; c < communities_.size(); ++c)
            if (communities_[c].code == g.community || communities_[c].name == g.community) return c;
    return std::nullopt;
}

const std::vector<uint32_t>& Workspace::buildingsOfGrid(std::string_view code) const {
    const auto it = buildingsByGrid_.find(std::string(code));
    return it == buildingsByGrid_.end() ? kNone : it->second;
}

long long Workspace::householdsOfGrid(std::string_view code) const {
    long long n = 0;
    for (uint32_t b : buildingsOfGrid(code)) n += buildings_[b].households;
    return n;
}

std::vector<uint32_t> Workspace::gridsInBox(const geo::Box& box) const {
    std::vector<uint32_t> out;
    gridIndex_.query(box, out);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<uint32_t> Workspace::buildingsInBox(const geo::Box& box) const {
    std::vector<uint32_t> out;
    buildingIndex_.query(box, out);
    std::erase_if(out, [&](uint32_t b) { return buildings_[b].geometry.isEmpty(); });
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<uint32_t> Workspace::roadsInBox(const geo::Box& box) const {
    std::vector<uint32_t> out;
    roadIndex_.query(box, out);
    std::sort(out.begin(), out.end());
    return out;
}

Result<void> Workspace::apply(const store::ChangeSet& changes) {
    bool gridsChanged = false, buildingShapes = false;
    // Households linked by this change set, per building: what a re-inserted building counts.
    std::unordered_map<int64_t, long long> linkedHere;
    for (const store::FeatureChange& c : changes.changes)
        if (c.table == "household_links" && c.after)
            if (auto b = integerCell(c.after->find("building"))) ++linkedHere[*b];
    for (const store::FeatureChange& c : changes.changes) {
        if (!c.table.empty()) continue;
        if (c.layer == store::Layer::Grids) {
            gridsChanged = true;
            auto it =
                std::find_if(grids_.begin(), grids_.end(), [&](const store::EditGrid& g) { return g.id == c.id; });
            if (!c.after) {
                if (it != grids_.end()) grids_.erase(it);
                continue;
            }
            if (it == grids_.end()) {
                grids_.push_back({});
                it = std::prev(grids_.end());
                it->id = c.id;
            }
            const store::RowImage& a = *c.after;
            if (const auto* v = a.find("code")) it->code = textCell(v);
            if (const auto* v = a.find("name")) it->name = textCell(v);
            if (const auto* v = a.find("community")) it->community = textCell(v);
            if (const auto* v = a.find("geom")) {
                auto g = geometryCell(v, fmt::format("grid {}", it->code));
                if (!g) return std::unexpected(g.error());
                it->geometry = std::move(*g);
                const auto* blob = std::get_if<std::vector<uint8_t>>(v);
                it->blob = blob ? *blob : std::vector<uint8_t>{};
            }
        } else if (c.layer == store::Layer::Buildings) {
            const auto slot = buildingById(c.id);
            if (!c.after) {
                if (slot) {
                    unlinkBuilding(*slot);
                    buildings_[*slot].geometry = geo::Geometry{};
                    buildingShapes = true;
                }
                continue;
            }
            store::EditBuilding* b = nullptr;
            if (slot) {
                b = &buildings_[*slot];
            } else {
                buildings_.push_back({});
                b = &buildings_.back();
                b->id = c.id;
                buildingById_[c.id] = buildings_.size() - 1;
                buildingShapes = true;
            }
            const store::RowImage& a = *c.after;
            if (const auto* v = a.find("grid")) {
                const size_t at = static_cast<size_t>(b - buildings_.data());
                unlinkBuilding(at);
                b->grid = textCell(v);
                if (!b->grid.empty()) buildingsByGrid_[b->grid].push_back(static_cast<uint32_t>(at));
            }
            if (const auto* v = a.find("compound")) b->compound = textCell(v);
            if (const auto* v = a.find("number")) b->number = textCell(v);
            if (const auto* v = a.find("geom")) {
                auto g = geometryCell(v, fmt::format("building #{}", c.id));
                if (!g) return std::unexpected(g.error());
                b->geometry = std::move(*g);
                buildingShapes = true;
            }
            const auto linked = linkedHere.find(c.id);
            if (!c.before && linked != linkedHere.end()) {
                b->households = linked->second;
                b->linked = true;
            } else if (const auto* v = a.find("households"); v && !b->linked) {
                b->households = integerCell(v).value_or(0);
            }
        }
    }
    if (gridsChanged) indexGrids();
    if (buildingShapes) indexBuildings();
    return {};
}

}  // namespace ga::edit
