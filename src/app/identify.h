#pragma once
// What identify shows for a click on the map: the building under it (its attributes and its
// households with personal fields masked) and the grid (counts, status, leader and staff).
#include <QList>
#include <QString>
#include <optional>

#include "core/error.h"
#include "geo/geometry.h"
#include "model/map_model.h"
#include "store/project.h"

namespace ga::app {

struct IdentifyRow {
    QString label, value;
};

struct IdentifySection {
    QString title;
    QList<IdentifyRow> rows;
};

struct IdentifyResult {
    std::optional<int64_t> buildingId;  ///< store id of the building hit
    std::optional<int64_t> gridId;      ///< store id of the grid hit (or holding the building)
    QString gridCode;
    QList<IdentifySection> sections;  ///< building, households, grid, staff — as present
    bool isEmpty() const { return !buildingId && !gridId; }
};

/// Identifies what lies at `p` (project coordinates); buildings within `tolerance` metres count.
/// At most `householdLimit` households are listed, masked.
Result<IdentifyResult> identifyAt(store::Project& project, const model::MapModel& model, geo::Point p, double tolerance,
                                  int householdLimit = 20);

}  // namespace ga::app
