#include "model/feature_rows.h"

#include <string>

namespace ga::model {

Grid gridFromRow(const store::MapReader& row, const HouseholdRange& range, const store::GridCount* count) {
    Grid g{row.integer(0),
           std::string(row.text(1)),
           std::string(row.text(2)),
           std::string(row.text(3)),
           0,
           row.integer(4),
           range.classify(0),
           {}};
    if (count) {
        g.households = count->households;
        g.population = count->population;
        g.status = count->status;
    }
    return g;
}

Building buildingFromRow(const store::MapReader& row) {
    Building b;
    b.id = row.integer(0);
    b.number = row.text(1);
    // Outside compounds a building is numbered by its door on the road.
    if (const std::string_view door = row.text(5); b.number.empty() && !door.empty())
        b.number = std::string(door) + "号";
    b.households = static_cast<int32_t>(row.integer(2));
    return b;
}

}  // namespace ga::model
