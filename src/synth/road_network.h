#pragma once
// Roads and rivers along the lattice lines of a planned district: every community and grid
// boundary is a road or a river (boundaries follow roads and rivers), plus a road on every
// second lattice line. Door numbers run along each named road, odd on one side, even on the other.
#include <optional>
#include <string>
#include <vector>

#include "synth/district_features.h"
#include "synth/district_plan.h"
#include "synth/name_pool.h"

namespace ga::synth {

/// Which edge of a cell faces a road.
enum class Side { North, South, West, East };

/// A road a cell faces and the first of the ten door numbers it owns on that side of the road
/// (firstDoor, firstDoor + 2, …).
struct Frontage {
    const std::string* road = nullptr;
    Side side = Side::North;
    int firstDoor = 1;
    int door(int k) const { return firstDoor + 2 * k; }
};

class RoadNetwork {
public:
    /// Lays out roads and rivers for `plan`; names come from `names`.
    static RoadNetwork build(const DistrictPlan& plan, NamePool& names);

    /// The roads the cell faces, north side first; never empty (a cell between rivers gets the
    /// name of the line it lies on even without a road drawn).
    std::vector<Frontage> frontages(int x, int y) const;

    const std::vector<SynthRoad>& roads() const { return roads_; }
    const std::vector<SynthWater>& rivers() const { return rivers_; }

private:
    // Edge kinds: 0 none, 1 road, 2 river.
    uint8_t horizontal(int i, int j) const { return horizontal_[static_cast<size_t>(j) * columns_ + i]; }
    uint8_t vertical(int i, int j) const { return vertical_[static_cast<size_t>(j) * (columns_ + 1) + i]; }
    const std::string& horizontalName(int i, int j) const;
    const std::string& verticalName(int i, int j) const;

    int columns_ = 0, rows_ = 0;
    std::vector<uint8_t> horizontal_;  ///< (rows + 1) lines × columns edges
    std::vector<uint8_t> vertical_;    ///< rows × (columns + 1) lines
    std::vector<std::string> horizontalNames_, verticalNames_;  ///< per line and segment
    int horizontalSegments_ = 1, verticalSegments_ = 1;
    std::vector<SynthRoad> roads_;
    std::vector<SynthWater> rivers_;
};

}  // namespace ga::synth
