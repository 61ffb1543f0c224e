#pragma once
// Slicing a rectangle of cells among items in proportion to their weights (a guillotine treemap):
// how streets share the district, communities a street and grids a community.
#include <span>
#include <vector>

#include "core/error.h"
#include "synth/lattice.h"

namespace ga::synth {

/// One rectangle per weight, together tiling `rect` exactly, each at least one cell, areas
/// roughly proportional to the weights (cuts run across the longer side). Fails only when
/// `rect` has fewer cells than there are weights.
Result<std::vector<CellRect>> treemap(const CellRect& rect, std::span<const double> weights);

}  // namespace ga::synth
