#pragma once
// Assigning features to zones: buildings to grid cells by largest shared area, points (households,
// issues) to the polygon containing them.
#include <span>
#include <vector>

#include "geo/geometry.h"

namespace ga::geo {

/// For each polygonal item, the index of the zone holding the largest part of its area; -1 when
/// no zone overlaps it (or the item is not polygonal / empty). When an item's box meets exactly
/// one zone and that zone contains the item, no overlay is computed. Ties go to the lower index.
std::vector<int> assignByLargestShare(std::span<const Geometry> items, std::span<const Geometry> zones);

/// For each point, the index of the zone containing it (boundary included); -1 when none. When
/// zones overlap, the lowest index wins.
std::vector<int> assignPoints(std::span<const Point> pts, std::span<const Geometry> zones);

}  // namespace ga::geo
