#pragma once
// The map as the workstation draws it: every layer needed for drawing loaded from a project into
// compact memory, each with a spatial index, plus the lookups the app needs (identify, grid by
// code, extents). Data flows one way: store -> MapModel -> render. A MapModel is immutable after
// load(), so render threads may share it (std::shared_ptr<const MapModel>). After an edit,
// afterChanges() makes the next model from this one: the layers the edit did not touch are
// shared, not copied (each layer is held by a shared pointer to const).
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.h"
#include "core/household_range.h"
#include "model/feature_geometry.h"
#include "model/line_merge.h"
#include "store/edit_history.h"
#include "store/layers.h"
#include "store/project.h"

namespace ga::model {

inline constexpr uint32_t kNone = 0xffffffff;

struct Community {
    int64_t id = 0;
    std::string code, name;
    geo::Point labelPoint;
};

struct Grid {
    int64_t id = 0;
    std::string code, name, community;
    long long households = 0;  ///< from store::gridCounts (linked households, else building attribute)
    long long population = 0;
    RangeStatus status = RangeStatus::Under;
    geo::Point labelPoint;
};

struct Compound {
    int64_t id = 0;
    std::string name;
    geo::Point labelPoint;
};

struct Building {
    int64_t id = 0;
    std::string number;         ///< the building number in its compound, else its door number (58号)
    uint32_t compound = kNone;  ///< index into MapModel::compoundNames()
    int32_t households = 0;
    uint32_t grid = kNone;  ///< index into MapModel::grids()
    Vec2f labelPoint;       ///< origin-relative, like the geometry
};

/// Road classes the map styles differently; OSM `highway` values and Chinese names map onto them.
enum class RoadClass : uint8_t { Major, Secondary, Minor, Service, Path };
RoadClass roadClassOf(std::string_view value);

struct Road {
    int64_t id = 0;
    std::string name;
    RoadClass roadClass = RoadClass::Minor;
};

struct Water {
    int64_t id = 0;
    std::string name;
    geo::Point labelPoint;  ///< polygons: pole of inaccessibility; lines: box centre
};

struct Organisation {
    int64_t id = 0;
    std::string name, kind;
};

/// A layer: geometry and one attribute record per feature, in the same order (spatial order,
/// see FeatureGeometry::sortSpatially; a feature's store id is in its record).
template <class Attr>
struct FeatureLayer {
    FeatureGeometry geometry;
    std::vector<Attr> features;
    size_t size() const { return features.size(); }

    /// Puts geometry and records in spatial order together.
    void sortSpatially() {
        const std::vector<uint32_t> order = geometry.sortSpatially();
        std::vector<Attr> sorted;
        sorted.reserve(order.size());
        for (uint32_t i : order) sorted.push_back(std::move(features[i]));
        features = std::move(sorted);
    }
};

/// Issue points for heatmaps and symbols, struct-of-arrays in spatial order: 500k issues in
/// about 10 MB.
struct IssuePoints {
    std::vector<Vec2f> points;      ///< origin-relative, like all model geometry
    std::vector<uint8_t> category;  ///< index into categories
    std::vector<uint8_t> state;     ///< index into states
    std::vector<uint8_t> severity;  ///< index into severities
    std::vector<int32_t> day;       ///< reported_at as days since 1970-01-01 (kNoDay when unreadable)
    std::vector<std::string> categories, states, severities;
    geo::SpatialIndex index;
    geo::Box extent;
    static constexpr int32_t kNoDay = INT32_MIN;
    size_t size() const { return points.size(); }
};

/// What the project says about itself that the map shows.
struct ModelInfo {
    std::string name;
    int srid = 0;
    HouseholdRange range;
    std::vector<std::string> attributions;  ///< data-source lines, e.g. "© OpenStreetMap contributors"
};

/// Told, before each layer is read, which one it is and how many of `total` are done already.
using LoadProgress = std::function<void(store::Layer layer, int done, int total)>;

class MapModel {
public:
    /// Reads every drawable layer of `project` (read-only; takes no write lock). Features without
    /// geometry are left out of the map.
    static Result<MapModel> load(store::Project& project, const LoadProgress& progress = {});
    /// The model after `changes` were committed to `project` (an edit, its undo or redo, the
    /// edits of a roll-back): the grids, buildings and grid counts they touch are read again,
    /// the other layers shared with this model. Equal to a fresh load() of the project, except
    /// that a compound new to the map is appended to compoundNames() rather than placed in order.
    Result<MapModel> afterChanges(store::Project& project, const store::ChangeSet& changes) const;

    const ModelInfo& info() const { return info_; }
    /// The point all stored coordinates are relative to.
    geo::Point origin() const { return origin_; }

    const FeatureLayer<Community>& communities() const { return *communities_; }
    const FeatureLayer<Grid>& grids() const { return *grids_; }
    const FeatureLayer<Compound>& compounds() const { return *compounds_; }
    const FeatureLayer<Building>& buildings() const { return *buildings_; }
    const FeatureLayer<Road>& roads() const { return *roads_; }
    const FeatureLayer<Water>& water() const { return *water_; }
    const FeatureLayer<Organisation>& organisations() const { return *organisations_; }
    const IssuePoints& issues() const { return *issues_; }
    /// Named roads chained into whole streets, for labels; source[] indexes roads().
    const MergedLines& roadLabelLines() const { return *roadLabelLines_; }
    const std::vector<std::string>& compoundNames() const { return *compoundNames_; }

    /// Box of everything drawn (empty for a project without geometry).
    geo::Box fullExtent() const;
    /// Box of one layer (empty when the layer is empty or not drawn).
    geo::Box layerExtent(store::Layer layer) const;

    /// The grid containing p (the smallest one when grids overlap), for identify.
    std::optional<uint32_t> gridAt(geo::Point p) const;
    /// The building containing p, else the nearest within `tolerance` metres.
    std::optional<uint32_t> buildingAt(geo::Point p, double tolerance = 0) const;
    /// The grid with this 15-character code.
    std::optional<uint32_t> gridByCode(std::string_view code) const;
    /// Box of grid i.
    const geo::Box& gridExtent(uint32_t grid) const { return grids_->geometry.bounds(grid); }

private:
    template <class T>
    using Shared = std::shared_ptr<const T>;

    MapModel() = default;
    ModelInfo info_;
    geo::Point origin_;
    Shared<FeatureLayer<Community>> communities_ = std::make_shared<FeatureLayer<Community>>();
    Shared<FeatureLayer<Grid>> grids_ = std::make_shared<FeatureLayer<Grid>>();
    Shared<FeatureLayer<Compound>> compounds_ = std::make_shared<FeatureLayer<Compound>>();
    Shared<FeatureLayer<Building>> buildings_ = std::make_shared<FeatureLayer<Building>>();
    Shared<FeatureLayer<Road>> roads_ = std::make_shared<FeatureLayer<Road>>();
    Shared<FeatureLayer<Water>> water_ = std::make_shared<FeatureLayer<Water>>();
    Shared<FeatureLayer<Organisation>> organisations_ = std::make_shared<FeatureLayer<Organisation>>();
    Shared<IssuePoints> issues_ = std::make_shared<IssuePoints>();
    Shared<MergedLines> roadLabelLines_ = std::make_shared<MergedLines>();
    Shared<std::vector<std::string>> compoundNames_ = std::make_shared<std::vector<std::string>>();
    std::unordered_map<std::string, uint32_t> gridByCode_;
    friend class ModelLoader;
    friend class ModelUpdate;
};

}  // namespace ga::model
