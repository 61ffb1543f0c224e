#pragma once
// How a stored row of a map layer becomes a model feature: one definition for the full load and
// for the update after an edit, so that both make the same model.
#include <fmt/format.h>

#include <string_view>
#include <utility>

#include "core/household_range.h"
#include "geo/wkb.h"
#include "model/map_model.h"
#include "store/map_reader.h"
#include "store/project.h"
#include "store/summary.h"

namespace ga::model {

/// Calls f(row, geometry) for each row `reader` steps through that has a non-empty geometry; a
/// geometry that cannot be decoded fails, naming the project, the layer and the feature.
template <class F>
Result<void> forEachFeature(store::Project& project, store::Layer layer, store::MapReader& reader, F&& f) {
    for (;;) {
        auto more = reader.next();
        if (!more) return fail(fmt::format("{}: {}", project.path(), more.error().message));
        if (!*more) return {};
        auto g = geo::fromSpatialiteBlob(reader.geometry());
        if (!g)
            return fail(fmt::format("{}: layer {}, feature {}: {}", project.path(), store::layerDef(layer).name,
                                    reader.integer(0), g.error().message));
        if (!g->isEmpty()) f(std::as_const(reader), std::move(*g));
    }
}

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
