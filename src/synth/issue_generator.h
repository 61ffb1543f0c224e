#pragma once
// The issue ledger (事件) of a grid over one year: categories and subcategories of community grid
// work, seasons (rubbish in summer, gas and fire in winter), severities, workflow states by age,
// deadlines, closing dates, and locations clustered on a few busy buildings and streets.
#include <string>
#include <vector>

#include "synth/district_features.h"
#include "synth/lattice.h"
#include "synth/rng.h"

namespace ga::synth {

/// A place issues happen at: a building or a stretch of road in one lattice cell.
struct IssueSite {
    std::string place;    ///< 华荣上海城12号楼, 人民路21号附近
    std::string address;  ///< the address written on the issue
    int cellX = 0, cellY = 0;
    UvRect uv;            ///< where in the cell
    double weight = 1;    ///< how often issues happen here
    bool street = false;  ///< on the road (municipal and environment issues)
};

/// The year every ledger covers.
inline constexpr int kLedgerYear = 2025;

/// Appends `count` issues of grid `grid` at `sites` (not empty) to `out`, numbered
/// idPrefix + 5-digit sequence from `sequence` on. `reporters` are the grid's staff.
void generateIssues(const std::vector<IssueSite>& sites, int count, size_t grid, const std::vector<std::string>& reporters,
                    const Lattice& lattice, const std::string& idPrefix, int& sequence, Rng& rng,
                    std::vector<SynthIssue>& out);

/// "2025-03-05 10:22:00" for `minutes` after the start of kLedgerYear.
std::string ledgerTime(long long minutes);

}  // namespace ga::synth
