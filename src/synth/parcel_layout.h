#pragma once
// What stands on one lattice cell (a parcel): towers of a high-rise compound, slabs of a
// walk-up compound, village houses along lanes, shops along the roads, a school or a park. All
// positions are (u, v) rectangles kept at least 10% away from the cell's edges, so no building
// ever touches a road, a river or a grid boundary.
#include <optional>
#include <string>
#include <vector>

#include "synth/lattice.h"
#include "synth/rng.h"

namespace ga::synth {

enum class ParcelKind { HighRise, MidRise, Village, Shops, Public, Park };

enum class BuildingKind { Tower, Slab, House, Shop, Hall, Public, Ancillary, Pavilion };

struct PlannedBuilding {
    BuildingKind kind = BuildingKind::Tower;
    UvRect uv;
    int households = 0;
    int floors = 1;
    int units = 0;     ///< 0 for buildings without units
    int perFloor = 0;  ///< homes per floor and unit; 0 for non-residential buildings
    int row = 0;       ///< house row (its lane) in a village, 0 north / 1 south for shops
    int column = 0;    ///< position along the row
    std::string name, use;
};

struct ParcelLayout {
    std::vector<PlannedBuilding> buildings;
    int laneRows = 0;               ///< village: one lane north of each house row
    int houseGrid = 0;              ///< village: houses sit in a houseGrid × houseGrid pattern
    std::optional<UvRect> pond;     ///< park: the pond's bounding rectangle (an ellipse is drawn in it)
};

/// Households a residential parcel of `kind` typically holds (0 for the others).
double typicalHouseholds(ParcelKind kind);

/// Lays out a parcel of `kind` holding exactly `households` households (non-residential kinds
/// hold none). Tall buildings get as many floors as their households need.
ParcelLayout layoutParcel(ParcelKind kind, int households, Rng& rng);

/// The v of the lane running just north of house row `row` in a village of `houseGrid` rows.
double laneV(int row, int houseGrid);

/// Splits `total` into `parts` non-negative integers of roughly equal size, each within ±20%.
std::vector<int> splitRoughly(int total, int parts, Rng& rng);

}  // namespace ga::synth
