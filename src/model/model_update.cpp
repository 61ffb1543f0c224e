// MapModel::afterChanges: the model after an edit, made from the model before it. An edit names
// the rows it changed; only those grids and buildings are read again, and only the grids whose
// households could have changed are counted again. A layer the edit did not touch is shared with
// the model before; a layer whose attributes changed is copied with its geometry shared; a layer
// whose shapes changed is rebuilt from the old features' stored vertices plus the new rows, in
// the order and with the index a full load gives it.
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "geo/hilbert.h"
#include "geo/wkb.h"
#include "model/feature_rows.h"
#include "model/label_point.h"
#include "model/map_model.h"
#include "store/map_reader.h"
#include "store/summary.h"

namespace ga::model {
namespace {

std::optional<int64_t> integerOf(const store::CellValue* v) {
    if (!v) return std::nullopt;
    if (const auto* i = std::get_if<int64_t>(v)) return *i;
    return std::nullopt;
}

// The buildings a change to a household's link names before and after: links live in the
// households layer (building_id) or in the household_links table (building).
void addLinkedBuildings(const store::FeatureChange& c, std::set<int64_t>& out) {
    for (const auto* image : {&c.before, &c.after})
        if (*image)
            for (std::string_view column : {"building_id", "building"})
                if (auto id = integerOf((*image)->find(column))) out.insert(*id);
}

bool touchesGeometry(const store::FeatureChange& c) {
    return (c.before && c.before->find("geom")) || (c.after && c.after->find("geom"));
}

// True when the change's images hold no column but `columns` (and it neither adds nor deletes).
bool onlyColumns(const store::FeatureChange& c, std::initializer_list<std::string_view> columns) {
    if (!c.before || !c.after) return false;
    for (const auto* image : {&c.before, &c.after})
        for (const auto& [column, value] : (*image)->cells)
            if (std::find(columns.begin(), columns.end(), column) == columns.end()) return false;
    return true;
}

// Where one feature of a rebuilt layer comes from: feature `index` of `geometry`, which is the
// layer before (kept) or the rows read again.
struct Source {
    int64_t id;
    const FeatureGeometry* geometry;
    uint32_t index;
    bool kept;
};

// Fills `out` with the features of `sources` in the order a full load gives them (added in id
// order, then put in the Hilbert order of their boxes, as FeatureGeometry::sortSpatially does),
// copying each feature's stored vertices once, and builds its index. Returns the sources in that
// order.
std::vector<Source> placeAsLoaded(std::vector<Source> sources, FeatureGeometry& out) {
    std::sort(sources.begin(), sources.end(), [](const Source& a, const Source& b) { return a.id < b.id; });
    std::vector<geo::Box> boxes;
    boxes.reserve(sources.size());
    for (const Source& s : sources) boxes.push_back(s.geometry->bounds(s.index));
    std::vector<Source> placed;
    placed.reserve(sources.size());
    for (uint32_t i : geo::hilbertOrder(boxes)) {
        placed.push_back(sources[i]);
        out.addFrom(*sources[i].geometry, sources[i].index);
    }
    out.buildIndex();
    return placed;
}

}  // namespace

class ModelUpdate {
public:
    ModelUpdate(const MapModel& before, store::Project& project) : old_(before), project_(project) {}

    Result<MapModel> run(const store::ChangeSet& changes) {
        if (!collect(changes) || old_.info_.srid == 0 || old_.communities_->size() == 0)
            // Layers a grid edit never changes, or a map whose origin a grid could move: read it all.
            return MapModel::load(project_);
        MapModel m = old_;
        if (auto r = readGrids(); !r) return std::unexpected(r.error());
        if (auto r = readBuildings(); !r) return std::unexpected(r.error());
        findOldBuildings();
        if (auto r = recount(); !r) return std::unexpected(r.error());
        updateGrids(m);
        updateBuildings(m);
        return m;
    }

private:
    struct GridRow {
        Grid grid;
        geo::Geometry shape;
    };
    struct BuildingRow {
        Building building;
        std::string compound, grid;
        geo::Geometry shape;
    };

    // Sorts the change set's rows into what the map must read again; false when it changes a
    // layer only a full load reads.
    bool collect(const store::ChangeSet& changes) {
        for (const store::FeatureChange& c : changes.changes) {
            if (!c.table.empty()) {
                if (c.table == "household_links") addLinkedBuildings(c, linkBuildings_);
                continue;  // the review queue and other support tables are not drawn
            }
            switch (c.layer) {
                case store::Layer::Grids:
                    gridIds_.insert(c.id);
                    break;
                case store::Layer::Buildings:
                    buildingIds_.insert(c.id);
                    if (touchesGeometry(c) || !c.before || !c.after) reshaped_ = true;
                    break;
                case store::Layer::Households:
                    addLinkedBuildings(c, linkBuildings_);
                    break;
                case store::Layer::Issues:
                    // Grid edits re-file issues under their new grid, which the map does not show.
                    if (!onlyColumns(c, {"grid"})) return false;
                    break;
                case store::Layer::Staff:
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    // Reads rows `ids` of `layer` with `columns`, calling f(row, geometry) for each with a
    // non-empty geometry (the others are not on the map, as in a full load).
    template <class F>
    Result<void> read(store::Layer layer, std::span<const std::string_view> columns, const std::set<int64_t>& ids,
                      F&& f) {
        if (ids.empty()) return {};
        const std::vector<int64_t> list(ids.begin(), ids.end());
        auto reader = store::MapReader::create(project_, layer, columns, list);
        if (!reader) return std::unexpected(reader.error());
        return forEachFeature(project_, layer, *reader, std::forward<F>(f));
    }

    Result<void> readGrids() {
        const HouseholdRange range = old_.info_.range;
        return read(store::Layer::Grids, kGridColumns, gridIds_, [&](const store::MapReader& row, geo::Geometry g) {
            newGrids_.emplace(row.integer(0), GridRow{gridFromRow(row, range, nullptr), std::move(g)});
        });
    }

    Result<void> readBuildings() {
        return read(
            store::Layer::Buildings, kBuildingColumns, buildingIds_, [&](const store::MapReader& row, geo::Geometry g) {
                newBuildings_.emplace(row.integer(0), BuildingRow{buildingFromRow(row), std::string(compoundOfRow(row)),
                                                                  std::string(gridOfRow(row)), std::move(g)});
            });
    }

    // Where the changed buildings and the buildings of changed links were: one pass over the layer.
    void findOldBuildings() {
        if (buildingIds_.empty() && linkBuildings_.empty()) return;
        const auto& features = old_.buildings_->features;
        for (uint32_t i = 0; i < features.size(); ++i)
            if (buildingIds_.count(features[i].id) || linkBuildings_.count(features[i].id))
                oldBuilding_.emplace(features[i].id, i);
    }

    std::string oldGridCode(uint32_t grid) const {
        return grid == kNone ? std::string() : old_.grids_->features[grid].code;
    }

    // Counts again every grid whose households may have changed: the changed grids, the grids the
    // changed buildings left and joined, and the grids of buildings whose households were
    // (un)linked.
    Result<void> recount() {
        std::set<std::string> codes;
        for (const Grid& g : old_.grids_->features)
            if (gridIds_.count(g.id)) codes.insert(g.code);
        for (const auto& [id, row] : newGrids_) codes.insert(row.grid.code);
        for (int64_t id : buildingIds_) {
            if (const auto it = oldBuilding_.find(id); it != oldBuilding_.end())
                codes.insert(oldGridCode(old_.buildings_->features[it->second].grid));
            if (const auto it = newBuildings_.find(id); it != newBuildings_.end()) codes.insert(it->second.grid);
        }
        for (int64_t id : linkBuildings_) {
            if (const auto it = newBuildings_.find(id); it != newBuildings_.end())
                codes.insert(it->second.grid);
            else if (const auto old = oldBuilding_.find(id); old != oldBuilding_.end())
                codes.insert(oldGridCode(old_.buildings_->features[old->second].grid));
        }
        codes.erase(std::string());
        if (codes.empty()) return {};
        const std::vector<std::string> list(codes.begin(), codes.end());
        auto counts = store::gridCounts(project_, list);
        if (!counts) return std::unexpected(counts.error());
        for (store::GridCount& c : *counts) counts_.emplace(c.code, std::move(c));
        return {};
    }

    void applyCount(Grid& g) const {
        const auto it = counts_.find(g.code);
        if (it == counts_.end()) return;
        g.households = it->second.households;
        g.population = it->second.population;
        g.status = it->second.status;
    }

    void updateGrids(MapModel& m) {
        const FeatureLayer<Grid>& before = *old_.grids_;
        if (gridIds_.empty()) {
            if (counts_.empty()) return;
            auto layer = std::make_shared<FeatureLayer<Grid>>(before);
            for (Grid& g : layer->features) applyCount(g);
            m.grids_ = std::move(layer);
            return;
        }
        FeatureGeometry read(old_.origin_);
        std::vector<const GridRow*> rows;
        std::vector<Source> sources;
        for (uint32_t i = 0; i < before.size(); ++i)
            if (!gridIds_.count(before.features[i].id))
                sources.push_back({before.features[i].id, &before.geometry, i, true});
        for (const auto& [id, row] : newGrids_) {
            read.add(row.shape);
            rows.push_back(&row);
            sources.push_back({id, &read, static_cast<uint32_t>(rows.size() - 1), false});
        }
        auto layer = std::make_shared<FeatureLayer<Grid>>();
        layer->geometry = FeatureGeometry(old_.origin_);
        const std::vector<Source> placed = placeAsLoaded(std::move(sources), layer->geometry);
        m.gridByCode_.clear();
        layer->features.reserve(placed.size());
        for (uint32_t i = 0; i < placed.size(); ++i) {
            const Source& s = placed[i];
            layer->features.push_back(s.kept ? before.features[s.index] : rows[s.index]->grid);
            Grid& g = layer->features.back();
            applyCount(g);
            if (!s.kept) g.labelPoint = areaLabelPoint(layer->geometry, i);
            m.gridByCode_.emplace(g.code, i);
        }
        // A building refers to its grid by code: its index follows the code to the new layer.
        gridRemap_.assign(before.size(), kNone);
        for (uint32_t i = 0; i < before.size(); ++i)
            if (const auto it = m.gridByCode_.find(before.features[i].code); it != m.gridByCode_.end())
                gridRemap_[i] = it->second;
        m.grids_ = std::move(layer);
    }

    uint32_t gridIndex(const MapModel& m, const std::string& code) const {
        if (code.empty()) return kNone;
        const auto it = m.gridByCode_.find(code);
        return it == m.gridByCode_.end() ? kNone : it->second;
    }

    // The index of compound `name` in the new model's names, appended when new.
    uint32_t compoundIndex(MapModel& m, const std::string& name) {
        if (name.empty()) return kNone;
        if (compounds_.empty())
            for (uint32_t i = 0; i < m.compoundNames_->size(); ++i) compounds_.emplace((*m.compoundNames_)[i], i);
        const auto it = compounds_.find(name);
        if (it != compounds_.end()) return it->second;
        auto names = std::make_shared<std::vector<std::string>>(*m.compoundNames_);
        names->push_back(name);
        const auto at = static_cast<uint32_t>(names->size() - 1);
        compounds_.emplace(name, at);
        m.compoundNames_ = std::move(names);
        return at;
    }

    Building fromRow(MapModel& m, const BuildingRow& row) {
        Building b = row.building;
        b.compound = compoundIndex(m, row.compound);
        b.grid = gridIndex(m, row.grid);
        return b;
    }

    void updateBuildings(MapModel& m) {
        const FeatureLayer<Building>& before = *old_.buildings_;
        const bool remap = !gridRemap_.empty();
        if (buildingIds_.empty() && !remap) return;
        for (int64_t id : buildingIds_)
            if (oldBuilding_.count(id) != newBuildings_.count(id)) reshaped_ = true;
        if (!reshaped_) {
            // Attributes only (a grid edit reassigns buildings): the geometry stays shared.
            auto layer = std::make_shared<FeatureLayer<Building>>(before);
            if (remap)
                for (Building& b : layer->features)
                    if (b.grid != kNone) b.grid = gridRemap_[b.grid];
            for (const auto& [id, row] : newBuildings_) {
                Building& b = layer->features[oldBuilding_.at(id)];
                const Vec2f label = b.labelPoint;
                b = fromRow(m, row);
                b.labelPoint = label;
            }
            m.buildings_ = std::move(layer);
            return;
        }
        FeatureGeometry read(old_.origin_);
        std::vector<const BuildingRow*> rows;
        std::vector<Source> sources;
        sources.reserve(before.size() + newBuildings_.size());
        for (uint32_t i = 0; i < before.size(); ++i)
            if (!buildingIds_.count(before.features[i].id))
                sources.push_back({before.features[i].id, &before.geometry, i, true});
        for (const auto& [id, row] : newBuildings_) {
            read.add(row.shape);
            rows.push_back(&row);
            sources.push_back({id, &read, static_cast<uint32_t>(rows.size() - 1), false});
        }
        auto layer = std::make_shared<FeatureLayer<Building>>();
        layer->geometry = FeatureGeometry(old_.origin_);
        const std::vector<Source> placed = placeAsLoaded(std::move(sources), layer->geometry);
        layer->features.reserve(placed.size());
        for (uint32_t i = 0; i < placed.size(); ++i) {
            const Source& s = placed[i];
            if (s.kept) {
                layer->features.push_back(before.features[s.index]);
                Building& b = layer->features.back();
                if (remap && b.grid != kNone) b.grid = gridRemap_[b.grid];
            } else {
                layer->features.push_back(fromRow(m, *rows[s.index]));
                layer->features.back().labelPoint = layer->geometry.toLocal(labelPoint(layer->geometry, i));
            }
        }
        m.buildings_ = std::move(layer);
    }

    const MapModel& old_;
    store::Project& project_;
    std::set<int64_t> gridIds_, buildingIds_, linkBuildings_;
    bool reshaped_ = false;
    std::unordered_map<int64_t, GridRow> newGrids_;
    std::unordered_map<int64_t, BuildingRow> newBuildings_;
    std::unordered_map<int64_t, uint32_t> oldBuilding_;
    std::unordered_map<std::string, store::GridCount> counts_;
    std::vector<uint32_t> gridRemap_;  ///< old grid index -> new (only when the grid layer was rebuilt)
    std::unordered_map<std::string, uint32_t> compounds_;
};

Result<MapModel> MapModel::afterChanges(store::Project& project, const store::ChangeSet& changes) const {
    return ModelUpdate(*this, project).run(changes);
}

}  // namespace ga::model
