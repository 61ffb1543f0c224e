#pragma once
// Where a polygon's label goes: the pole of inaccessibility (the inside point farthest from the
// boundary, Mapbox's "polylabel"), so labels of L-shaped and concave grids stay inside them.
#include "model/feature_geometry.h"

namespace ga::model {

/// The pole of inaccessibility of polygon feature `feature`, found to within `precision` metres;
/// the box centre for non-polygons and degenerate polygons.
geo::Point poleOfInaccessibility(const FeatureGeometry& g, size_t feature, double precision);

/// The label point of a large polygon (community, grid, compound, water): its pole of
/// inaccessibility to 1/40 of the short side of its box, at least 1 m.
geo::Point areaLabelPoint(const FeatureGeometry& g, size_t feature);

/// A cheap label point for small polygons (buildings): the area centroid when it lies inside,
/// else the pole of inaccessibility.
geo::Point labelPoint(const FeatureGeometry& g, size_t feature);

}  // namespace ga::model
