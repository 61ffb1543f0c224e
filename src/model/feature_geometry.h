#pragma once
// The geometry of every feature of one layer in a few flat arrays, coordinates stored as float
// offsets from an origin: half the memory of doubles, precise to a millimetre across 100 km, and
// what the renderer transforms to pixels in its hot loop. The arrays are shared between copies and
// copied on the first change, so a model updated after an edit shares the geometry of every layer
// the edit did not reshape (a district's buildings are 30 MB with their index).
#include <cstdint>
#include <memory>
#include <span>
#include <utility>
#include <vector>

#include "geo/geometry.h"
#include "geo/spatial_index.h"

namespace ga::model {

struct Vec2f {
    float x = 0, y = 0;
};

/// What a feature's rings are: polygon rings are filled, line rings stroked, a point is one vertex.
enum class ShapeKind : uint8_t { Point, Line, Polygon };

class FeatureGeometry {
public:
    explicit FeatureGeometry(geo::Point origin = {}) : origin_(origin), a_(std::make_shared<Arrays>()) {}

    /// Appends one feature; an empty geometry is kept as a feature without rings and an empty box.
    void add(const geo::Geometry& g);
    /// Appends feature `feature` of `from` exactly as stored there (same origin required): what a
    /// model rebuilt after an edit does with the features the edit left alone.
    void addFrom(const FeatureGeometry& from, size_t feature);
    /// Reorders the features along the Hilbert curve of their box centres, so features near in
    /// space are near in memory (an index query then walks memory in order instead of missing the
    /// cache on every feature: 3x faster drawing of a whole district). Returns the permutation:
    /// new feature i is old feature order[i]. Call before buildIndex().
    std::vector<uint32_t> sortSpatially();
    /// Builds the spatial index over the feature boxes; call once after the last add().
    void buildIndex();

    /// Number of features.
    size_t size() const { return a_->kinds.size(); }
    ShapeKind kind(size_t feature) const { return a_->kinds[feature]; }
    /// Ring index range [first, last) of a feature; polygon holes follow their exterior ring.
    std::pair<uint32_t, uint32_t> rings(size_t feature) const {
        return {feature == 0 ? 0 : a_->featureEnds[feature - 1], a_->featureEnds[feature]};
    }
    /// Vertices of ring r, relative to origin().
    std::span<const Vec2f> ring(uint32_t r) const {
        const uint32_t b = r == 0 ? 0 : a_->ringEnds[r - 1];
        return {a_->points.data() + b, a_->points.data() + a_->ringEnds[r]};
    }
    /// Bounding box of a feature in project coordinates (empty for an empty feature).
    const geo::Box& bounds(size_t feature) const { return a_->boxes[feature]; }
    /// Box of all features.
    const geo::Box& extent() const { return a_->extent; }
    const geo::SpatialIndex& index() const { return a_->index; }
    geo::Point origin() const { return origin_; }
    size_t vertexCount() const { return a_->points.size(); }
    /// True when this and `other` share their arrays (a copy neither has changed since).
    bool sharesArraysWith(const FeatureGeometry& other) const { return a_ == other.a_; }

    /// Project coordinates of a stored vertex.
    geo::Point toProject(Vec2f v) const { return {origin_.x + v.x, origin_.y + v.y}; }
    /// Stored (origin-relative) coordinates of a project point.
    Vec2f toLocal(geo::Point p) const {
        return {static_cast<float>(p.x - origin_.x), static_cast<float>(p.y - origin_.y)};
    }

    /// True when p lies inside a polygon feature (even-odd over all its rings, so holes and
    /// multipolygon parts are right); false for lines and points.
    bool contains(size_t feature, geo::Point p) const;
    /// Distance from p to the feature's rings or point (0 inside a polygon).
    double distance(size_t feature, geo::Point p) const;
    /// Ids of the features whose box lies within `tolerance` of p, in no particular order.
    std::vector<uint32_t> candidatesAt(geo::Point p, double tolerance) const;

private:
    struct Arrays {
        std::vector<Vec2f> points;
        std::vector<uint32_t> ringEnds;     ///< end offset of each ring in points
        std::vector<uint32_t> featureEnds;  ///< end offset of each feature in ringEnds
        std::vector<ShapeKind> kinds;
        std::vector<geo::Box> boxes;
        geo::Box extent;
        geo::SpatialIndex index;
    };
    /// The arrays to change: copied first when another FeatureGeometry shares them.
    Arrays& own();

    geo::Point origin_;
    std::shared_ptr<Arrays> a_;
};

}  // namespace ga::model
