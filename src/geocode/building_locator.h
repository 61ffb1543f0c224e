#pragma once
// Point in building for households captured with coordinates: a packed R-tree over the
// footprints' boxes and an exact crossing test on their rings. geo::assignPoints prepares a GEOS
// polygon per zone, which suits a few thousand grids; for 200k small footprints preparing costs
// more than all the tests, so footprints are tested directly.
#include <span>
#include <vector>

#include "geo/geometry.h"
#include "geo/spatial_index.h"

namespace ga::geocode {

/// True when `p` lies inside polygonal `g` or on its boundary (holes excluded).
bool containsPoint(const geo::Geometry& g, geo::Point p);

class BuildingLocator {
public:
    /// Keeps a view of `footprints`, which must outlive the locator.
    explicit BuildingLocator(std::span<const geo::Geometry> footprints);
    /// Index of the footprint holding `p` (the first by index when footprints overlap), or -1.
    int locate(geo::Point p) const;
    /// locate() for every point, on `threads` threads, points visited in Hilbert order.
    std::vector<int> locateAll(std::span<const geo::Point> points, int threads) const;

private:
    std::span<const geo::Geometry> footprints_;
    geo::SpatialIndex index_;
};

}  // namespace ga::geocode
