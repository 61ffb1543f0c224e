#pragma once
// The geometry of every feature of one layer in a few flat arrays, coordinates stored as float
// offsets from an origin: half the memory of doubles, precise to a millimetre across 100 km, and
// what the renderer transforms to pixels in its hot loop.
#include <cstdint>
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
    explicit FeatureGeometry(geo::Point origin = {}) : origin_(origin) {}

    /// Appends one feature; an empty geometry is kept as a feature without rings and an empty box.
    void add(const geo::Geometry& g);
    /// Reorders the features along the Hilbert curve of their box centres, so features near in
    /// space are near in memory (an index query then walks memory in order instead of missing the
    /// cache on every feature: 3x faster drawing of a whole district). Returns the permutation:
    /// new feature i is old feature order[i]. Call before buildIndex().
    std::vector<uint32_t> sortSpatially();
    /// Builds the spatial index over the feature boxes; call once after the last add().
    void buildIndex();

    /// Number of features.
    size_t size() const { return kinds_.size(); }
    ShapeKind kind(size_t feature) const { return kinds_[feature]; }
    /// Ring index range [first, last) of a feature; polygon holes follow their exterior ring.
    std::pair<uint32_t, uint32_t> rings(size_t feature) const {
        return {feature == 0 ? 0 : featureEnds_[feature - 1], featureEnds_[feature]};
    }
    /// Vertices of ring r, relative to origin().
    std::span<const Vec2f> ring(uint32_t r) const {
        const uint32_t b = r == 0 ? 0 : ringEnds_[r - 1];
        return {points_.data() + b, points_.data() + ringEnds_[r]};
    }
    /// Bounding box of a feature in project coordinates (empty for an empty feature).
    const geo::Box& bounds(size_t feature) const { return boxes_[feature]; }
    /// Box of all features.
    const geo::Box& extent() const { return extent_; }
    const geo::SpatialIndex& index() const { return index_; }
    geo::Point origin() const { return origin_; }
    size_t vertexCount() const { return points_.size(); }

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
    geo::Point origin_;
    std::vector<Vec2f> points_;
    std::vector<uint32_t> ringEnds_;     ///< end offset of each ring in points_
    std::vector<uint32_t> featureEnds_;  ///< end offset of each feature in ringEnds_
    std::vector<ShapeKind> kinds_;
    std::vector<geo::Box> boxes_;
    geo::Box extent_;
    geo::SpatialIndex index_;
};

}  // namespace ga::model
