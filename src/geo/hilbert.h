#pragma once
// Hilbert-curve ordering: sorting features along the curve keeps neighbours in space near each
// other in memory (packed R-tree leaves, point batches, row order on disk).
#include <cstdint>
#include <span>
#include <vector>

#include "geo/geometry.h"

namespace ga::geo {

/// Position of cell (x, y), each in [0, 65535], along the Hilbert curve over the 2^16 × 2^16 grid.
uint32_t hilbertKey(uint32_t x, uint32_t y);

/// Permutation of [0, n) that visits the points along the Hilbert curve over their bounding box;
/// points with equal keys keep their input order, non-finite points come last.
std::vector<uint32_t> hilbertOrder(std::span<const Point> pts);
/// Same for box centres; empty boxes come last.
std::vector<uint32_t> hilbertOrder(std::span<const Box> boxes);

}  // namespace ga::geo
