#pragma once
// Which source column feeds which target field: `--field TARGET=SOURCE` first, then the target
// names themselves and the Chinese headers street offices use (户编号, 地址, 小区名称, 楼栋号 ...).
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "store/layers.h"

namespace ga::io {

/// One `--field TARGET=SOURCE`.
struct FieldOverride {
    std::string target;
    std::string source;
};

/// Where each target field and a table's geometry come from (column indexes, -1 when absent).
struct FieldMapping {
    std::vector<int> columns;  ///< one per LayerDef::fields
    int wkt = -1;              ///< a WKT geometry column
    int x = -1, y = -1;        ///< coordinate columns (longitude/easting, latitude/northing)
    bool hasCoordinateColumns() const { return wkt >= 0 || (x >= 0 && y >= 0); }
};

/// Parses the `--field` arguments; TARGET must be a field of the layer, or wkt, x, y.
Result<std::vector<FieldOverride>> parseFieldOverrides(std::span<const std::string> args, const store::LayerDef& def);

/// A header as it is compared: trimmed (also full-width spaces), a leading required-marker `*`
/// and a trailing unit in brackets removed, ASCII lower-cased: " *人口数（人）" → "人口数".
std::string normaliseHeader(std::string_view header);

/// True when some cell of a candidate header row names a target field of the layer, a geometry
/// column, or a source given with --field: how the header row is told from title rows.
bool looksLikeHeader(std::span<const std::string> cells, const store::LayerDef& def,
                     std::span<const FieldOverride> overrides);

/// Maps `headers` to the layer's fields. Fails, naming `file`, when a --field source is not a
/// column or a required field has no column.
Result<FieldMapping> mapFields(std::span<const std::string> headers, const store::LayerDef& def,
                               std::span<const FieldOverride> overrides, const std::string& file);

}  // namespace ga::io
