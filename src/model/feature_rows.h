#pragma once
// How a stored row of a map layer becomes a model feature: one definition for the full load and
// for the update after an edit, so that both make the same model.
#include <string_view>

#include "core/household_range.h"
#include "model/map_model.h"
#include "store/map_reader.h"
#include "store/summary.h"

namespace ga::model {

/// The grid columns a MapReader is asked for.
inline constexpr std::string_view kGridColumns[] = {"id", "code", "name", "community", "population"};
/// A grid from a row read with kGridColumns; its households, population and status from `count`
/// (none: no households, the row's population).
Grid gridFromRow(const store::MapReader& row, const HouseholdRange& range, const store::GridCount* count);

/// The building columns a MapReader is asked for.
inline constexpr std::string_view kBuildingColumns[] = {"id", "number", "households", "compound", "grid", "door"};
/// A building from a row read with kBuildingColumns, without its compound, grid and label point.
Building buildingFromRow(const store::MapReader& row);
/// The compound and grid names a building row gives ("" when none); valid until the row moves on.
inline std::string_view compoundOfRow(const store::MapReader& row) { return row.text(3); }
inline std::string_view gridOfRow(const store::MapReader& row) { return row.text(4); }

}  // namespace ga::model
