#include "model/map_model.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <future>
#include <memory>

#include "geo/hilbert.h"
#include "geo/wkb.h"
#include "model/feature_rows.h"
#include "model/label_point.h"
#include "store/map_reader.h"
#include "store/map_style_store.h"
#include "store/summary.h"

namespace ga::model {

RoadClass roadClassOf(std::string_view v) {
    auto is = [&](std::initializer_list<std::string_view> names) {
        return std::any_of(names.begin(), names.end(), [&](std::string_view n) { return v.starts_with(n); });
    };
    if (is({"motorway", "trunk", "primary", "快速", "高速", "主干", "国道", "省道"})) return RoadClass::Major;
    if (is({"secondary", "tertiary", "次干"})) return RoadClass::Secondary;
    if (is({"service", "track", "driveway", "小区", "巷", "弄", "胡同"})) return RoadClass::Service;
    if (is({"footway", "path", "cycleway", "pedestrian", "steps", "bridleway", "corridor", "步行", "人行"}))
        return RoadClass::Path;
    return RoadClass::Minor;
}

namespace {

int32_t dayOf(std::string_view date) {
    int y = 0;
    unsigned m = 0, d = 0;
    if (date.size() < 10 || date[4] != '-' || date[7] != '-') return IssuePoints::kNoDay;
    if (std::from_chars(date.data(), date.data() + 4, y).ec != std::errc{} ||
        std::from_chars(date.data() + 5, date.data() + 7, m).ec != std::errc{} ||
        std::from_chars(date.data() + 8, date.data() + 10, d).ec != std::errc{})
        return IssuePoints::kNoDay;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!ymd.ok()) return IssuePoints::kNoDay;
    return static_cast<int32_t>(std::chrono::sys_days{ymd}.time_since_epoch().count());
}

// Index of `value` in a small dictionary, added when new; a category list never nears 255 entries,
// and anything past that is folded into the last slot rather than overflowing.
uint8_t codeOf(std::vector<std::string>& dict, std::string_view value) {
    const auto it = std::find(dict.begin(), dict.end(), value);
    if (it != dict.end()) return static_cast<uint8_t>(it - dict.begin());
    if (dict.size() == 255) return 254;
    dict.emplace_back(value);
    return static_cast<uint8_t>(dict.size() - 1);
}

}  // namespace

// Reads the layers in dependency order (grids before buildings, which refer to them by code).
class ModelLoader {
public:
    ModelLoader(store::Project& p, MapModel& m, const LoadProgress& progress)
        : project_(p), m_(m), progress_(progress) {}

    Result<void> run() {
        const auto& s = project_.settings();
        m_.info_.name = s.name;
        m_.info_.srid = s.srid;
        m_.info_.range = s.range;
        auto attributions = store::dataAttributions(project_);
        if (!attributions) return std::unexpected(attributions.error());
        m_.info_.attributions = std::move(*attributions);
        if (s.srid == 0) return {};  // no CRS yet, so no geometry columns: an empty map
        // Issues (half a million in a district) are read on a second thread, through their own
        // connection, while the other layers are read here: on two cores the map is ready sooner.
        std::future<Result<IssueRows>> issues = readIssuesAside();
        const std::pair<store::Layer, Result<void> (ModelLoader::*)()> steps[] = {
            {store::Layer::Communities, &ModelLoader::loadCommunities},
            {store::Layer::Grids, &ModelLoader::loadGrids},
            {store::Layer::Compounds, &ModelLoader::loadCompounds},
            {store::Layer::Buildings, &ModelLoader::loadBuildings},
            {store::Layer::Roads, &ModelLoader::loadRoads},
            {store::Layer::Water, &ModelLoader::loadWater},
            {store::Layer::Organisations, &ModelLoader::loadOrganisations},
        };
        const int total = static_cast<int>(std::size(steps)) + 1;
        for (size_t i = 0; i < std::size(steps); ++i) {
            if (progress_) progress_(steps[i].first, static_cast<int>(i), total);
            if (auto r = (this->*steps[i].second)(); !r) return r;
        }
        if (progress_) progress_(store::Layer::Issues, total - 1, total);
        auto rows = issues.valid() ? issues.get() : readIssues(project_);
        if (!rows) return std::unexpected(rows.error());
        placeIssues(std::move(*rows));
        publish();
        return {};
    }

private:
    // Calls f(reader, geometry) for each row of `layer` with a non-empty geometry; the reader
    // gives the `columns` asked for, in that order.
    template <class F>
    Result<void> each(store::Layer layer, std::initializer_list<std::string_view> columns, F&& f) {
        const std::vector<std::string_view> cols(columns);
        return each(layer, std::span<const std::string_view>(cols), std::forward<F>(f));
    }
    template <class F>
    Result<void> each(store::Layer layer, std::span<const std::string_view> columns, F&& f) {
        auto reader = store::MapReader::create(project_, layer, columns);
        if (!reader) return std::unexpected(reader.error());
        return forEachFeature(project_, layer, *reader, [&](const store::MapReader& row, geo::Geometry g) {
            if (!originSet_) setOrigin(g.points.front());
            f(row, g);
        });
    }

    // The first coordinate read, rounded to a kilometre: every later coordinate of a district is
    // then a small float offset from it.
    void setOrigin(geo::Point first) {
        m_.origin_ = {std::round(first.x / 1000) * 1000, std::round(first.y / 1000) * 1000};
        originSet_ = true;
        resetOrigins();
    }

    void resetOrigins() {
        communities_.geometry = FeatureGeometry(m_.origin_);
        grids_.geometry = FeatureGeometry(m_.origin_);
        compounds_.geometry = FeatureGeometry(m_.origin_);
        buildings_.geometry = FeatureGeometry(m_.origin_);
        roads_.geometry = FeatureGeometry(m_.origin_);
        water_.geometry = FeatureGeometry(m_.origin_);
        organisations_.geometry = FeatureGeometry(m_.origin_);
    }

    // Hands the layers read to the model, which holds each as a shared constant from now on.
    void publish() {
        m_.communities_ = std::make_shared<const FeatureLayer<Community>>(std::move(communities_));
        m_.grids_ = std::make_shared<const FeatureLayer<Grid>>(std::move(grids_));
        m_.compounds_ = std::make_shared<const FeatureLayer<Compound>>(std::move(compounds_));
        m_.buildings_ = std::make_shared<const FeatureLayer<Building>>(std::move(buildings_));
        m_.roads_ = std::make_shared<const FeatureLayer<Road>>(std::move(roads_));
        m_.water_ = std::make_shared<const FeatureLayer<Water>>(std::move(water_));
        m_.organisations_ = std::make_shared<const FeatureLayer<Organisation>>(std::move(organisations_));
        m_.issues_ = std::make_shared<const IssuePoints>(std::move(issues_));
        m_.roadLabelLines_ = std::make_shared<const MergedLines>(std::move(roadLabelLines_));
        m_.compoundNames_ = std::make_shared<const std::vector<std::string>>(std::move(compoundNames_));
    }

    Result<void> loadCommunities() {
        auto& l = communities_;
        auto r =
            each(store::Layer::Communities, {"id", "code", "name"},
                 [&](const store::MapReader& row, const geo::Geometry& g) {
                     l.geometry.add(g);
                     l.features.push_back({row.integer(0), std::string(row.text(1)), std::string(row.text(2)), {}});
                 });
        if (!r) return r;
        finishPolygons(l);
        return {};
    }

    Result<void> loadGrids() {
        auto counts = store::gridCounts(project_);
        if (!counts) return std::unexpected(counts.error());
        std::unordered_map<std::string, const store::GridCount*> byCode;
        for (const auto& gc : *counts) byCode.emplace(gc.code, &gc);
        auto& l = grids_;
        const HouseholdRange range = project_.settings().range;
        auto r = each(store::Layer::Grids, kGridColumns, [&](const store::MapReader& row, const geo::Geometry& shape) {
            const auto it = byCode.find(std::string(row.text(1)));
            l.geometry.add(shape);
            l.features.push_back(gridFromRow(row, range, it != byCode.end() ? it->second : nullptr));
        });
        if (!r) return r;
        finishPolygons(l);
        for (uint32_t i = 0; i < l.size(); ++i) m_.gridByCode_.emplace(l.features[i].code, i);
        return {};
    }

    Result<void> loadCompounds() {
        auto& l = compounds_;
        auto r =
            each(store::Layer::Compounds, {"id", "name"}, [&](const store::MapReader& row, const geo::Geometry& g) {
                l.geometry.add(g);
                l.features.push_back({row.integer(0), std::string(row.text(1)), {}});
            });
        if (!r) return r;
        finishPolygons(l);
        return {};
    }

    Result<void> loadBuildings() {
        auto& l = buildings_;
        std::unordered_map<std::string, uint32_t> compounds;
        std::string key;
        auto r =
            each(store::Layer::Buildings, kBuildingColumns, [&](const store::MapReader& row, const geo::Geometry& g) {
                Building b = buildingFromRow(row);
                if (const std::string_view name = compoundOfRow(row); !name.empty()) {
                    key.assign(name);
                    auto [it, added] = compounds.emplace(key, static_cast<uint32_t>(compoundNames_.size()));
                    if (added) compoundNames_.push_back(key);
                    b.compound = it->second;
                }
                if (const std::string_view grid = gridOfRow(row); !grid.empty()) {
                    key.assign(grid);
                    if (const auto it = m_.gridByCode_.find(key); it != m_.gridByCode_.end()) b.grid = it->second;
                }
                l.geometry.add(g);
                l.features.push_back(std::move(b));
            });
        if (!r) return r;
        l.sortSpatially();
        l.geometry.buildIndex();
        for (size_t i = 0; i < l.size(); ++i) l.features[i].labelPoint = l.geometry.toLocal(labelPoint(l.geometry, i));
        return {};
    }

    Result<void> loadRoads() {
        auto& l = roads_;
        auto r = each(store::Layer::Roads, {"id", "name", "class"},
                      [&](const store::MapReader& row, const geo::Geometry& g) {
                          l.geometry.add(g);
                          l.features.push_back({row.integer(0), std::string(row.text(1)), roadClassOf(row.text(2))});
                      });
        if (!r) return r;
        l.sortSpatially();
        l.geometry.buildIndex();
        std::vector<std::string> names;
        names.reserve(l.size());
        for (const Road& road : l.features) names.push_back(road.name);
        roadLabelLines_ = mergeLinesByName(l.geometry, names, 0.5);
        return {};
    }

    Result<void> loadWater() {
        auto& l = water_;
        auto r = each(store::Layer::Water, {"id", "name"}, [&](const store::MapReader& row, const geo::Geometry& g) {
            l.geometry.add(g);
            l.features.push_back({row.integer(0), std::string(row.text(1)), {}});
        });
        if (!r) return r;
        finishPolygons(l);
        return {};
    }

    Result<void> loadOrganisations() {
        auto& l = organisations_;
        auto r = each(store::Layer::Organisations, {"id", "name", "kind"},
                      [&](const store::MapReader& row, const geo::Geometry& g) {
                          l.geometry.add(g);
                          l.features.push_back({row.integer(0), std::string(row.text(1)), std::string(row.text(2))});
                      });
        if (!r) return r;
        l.sortSpatially();
        l.geometry.buildIndex();
        return {};
    }

    // Issues as read, in project coordinates; placed relative to the origin once every other
    // layer is in (the origin comes from the first of them).
    struct IssueRows {
        IssuePoints issues;  ///< attributes and their dictionaries; no points yet
        std::vector<geo::Point> at;
    };

    static Result<IssueRows> readIssues(store::Project& project) {
        IssueRows rows;
        IssuePoints& is = rows.issues;
        const std::string_view columns[] = {"id", "category", "state", "severity", "reported_at"};
        auto reader = store::MapReader::create(project, store::Layer::Issues, columns);
        if (!reader) return std::unexpected(reader.error());
        for (;;) {
            auto more = reader->next();
            if (!more) return fail(fmt::format("{}: {}", project.path(), more.error().message));
            if (!*more) return rows;
            auto g = geo::fromSpatialiteBlob(reader->geometry());
            if (!g)
                return fail(fmt::format("{}: layer issues, feature {}: {}", project.path(), reader->integer(0),
                                        g.error().message));
            if (g->isEmpty()) continue;
            rows.at.push_back(g->points.front());
            is.category.push_back(codeOf(is.categories, reader->text(1)));
            is.state.push_back(codeOf(is.states, reader->text(2)));
            is.severity.push_back(codeOf(is.severities, reader->text(3)));
            is.day.push_back(dayOf(reader->text(4)));
        }
    }

    // Reads the issues on a thread of their own with a second read-only connection; an invalid
    // future (no second connection) means they are read here afterwards.
    std::future<Result<IssueRows>> readIssuesAside() {
        auto other = store::Project::open(project_.path(), true);
        if (!other) return {};
        auto project = std::make_shared<store::Project>(std::move(*other));
        return std::async(std::launch::async, [project] { return readIssues(*project); });
    }

    void placeIssues(IssueRows rows) {
        IssuePoints& is = issues_;
        is = std::move(rows.issues);
        if (!rows.at.empty() && !originSet_) setOrigin(rows.at.front());
        std::vector<geo::Box> boxes;
        boxes.reserve(rows.at.size());
        is.points.reserve(rows.at.size());
        for (const geo::Point& p : rows.at) {
            is.points.push_back({static_cast<float>(p.x - m_.origin_.x), static_cast<float>(p.y - m_.origin_.y)});
            boxes.push_back({p.x, p.y, p.x, p.y});
            is.extent.expand(p);
        }
        const std::vector<uint32_t> order = geo::hilbertOrder(boxes);
        const auto permute = [&](auto& v) {
            std::remove_reference_t<decltype(v)> sorted;
            sorted.reserve(v.size());
            for (uint32_t i : order) sorted.push_back(v[i]);
            v = std::move(sorted);
        };
        permute(is.points);
        permute(is.category);
        permute(is.state);
        permute(is.severity);
        permute(is.day);
        permute(boxes);
        is.index = geo::SpatialIndex(boxes);
    }

    // Layers of few, large polygons get a pole of inaccessibility as label point (other shapes
    // their box centre).
    template <class Attr>
    void finishPolygons(FeatureLayer<Attr>& l) {
        l.sortSpatially();
        l.geometry.buildIndex();
        for (size_t i = 0; i < l.size(); ++i) l.features[i].labelPoint = areaLabelPoint(l.geometry, i);
    }

    store::Project& project_;
    MapModel& m_;
    const LoadProgress& progress_;
    bool originSet_ = false;
    FeatureLayer<Community> communities_;
    FeatureLayer<Grid> grids_;
    FeatureLayer<Compound> compounds_;
    FeatureLayer<Building> buildings_;
    FeatureLayer<Road> roads_;
    FeatureLayer<Water> water_;
    FeatureLayer<Organisation> organisations_;
    IssuePoints issues_;
    MergedLines roadLabelLines_;
    std::vector<std::string> compoundNames_;
};

Result<MapModel> MapModel::load(store::Project& project, const LoadProgress& progress) {
    MapModel m;
    ModelLoader loader(project, m, progress);
    if (auto r = loader.run(); !r) return std::unexpected(r.error());
    return m;
}

geo::Box MapModel::fullExtent() const {
    geo::Box b;
    for (store::Layer l :
         {store::Layer::Communities, store::Layer::Grids, store::Layer::Compounds, store::Layer::Buildings,
          store::Layer::Roads, store::Layer::Water, store::Layer::Organisations, store::Layer::Issues})
        b.expand(layerExtent(l));
    return b;
}

geo::Box MapModel::layerExtent(store::Layer layer) const {
    switch (layer) {
        case store::Layer::Communities:
            return communities_->geometry.extent();
        case store::Layer::Grids:
            return grids_->geometry.extent();
        case store::Layer::Compounds:
            return compounds_->geometry.extent();
        case store::Layer::Buildings:
            return buildings_->geometry.extent();
        case store::Layer::Roads:
            return roads_->geometry.extent();
        case store::Layer::Water:
            return water_->geometry.extent();
        case store::Layer::Organisations:
            return organisations_->geometry.extent();
        case store::Layer::Issues:
            return issues_->extent;
        case store::Layer::Households:
        case store::Layer::Staff:
            return {};
    }
    return {};
}

std::optional<uint32_t> MapModel::gridAt(geo::Point p) const {
    std::optional<uint32_t> best;
    double bestArea = std::numeric_limits<double>::infinity();
    grids_->geometry.index().visit({p.x, p.y, p.x, p.y}, [&](uint32_t i) {
        if (!grids_->geometry.contains(i, p)) return;
        const geo::Box& b = grids_->geometry.bounds(i);
        const double a = b.width() * b.height();
        if (a < bestArea) bestArea = a, best = i;
    });
    return best;
}

std::optional<uint32_t> MapModel::buildingAt(geo::Point p, double tolerance) const {
    std::optional<uint32_t> best;
    double bestDistance = std::numeric_limits<double>::infinity();
    const auto& g = buildings_->geometry;
    g.index().visit({p.x - tolerance, p.y - tolerance, p.x + tolerance, p.y + tolerance}, [&](uint32_t i) {
        const double d = g.distance(i, p);
        if (d <= tolerance && d < bestDistance) bestDistance = d, best = i;
    });
    return best;
}

std::optional<uint32_t> MapModel::gridByCode(std::string_view code) const {
    const auto it = gridByCode_.find(std::string(code));
    if (it == gridByCode_.end()) return std::nullopt;
    return it->second;
}

}  // namespace ga::model
