#pragma once
// Splitting a whole number into parts in proportion to weights, exactly: households among grids,
// cells and buildings, issues among grids. The totals always add up.
#include <span>
#include <vector>

namespace ga::synth {

/// Non-negative integers proportional to `weights` that add up to `total` (largest remainder;
/// ties to the lower index). All zero weights share equally.
std::vector<int> apportion(long long total, std::span<const double> weights);

}  // namespace ga::synth
