#pragma once
// One description of each project layer: its table, geometry and target fields. The schema,
// import field mapping and export columns are all derived from these definitions.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geo/geometry.h"

namespace ga::store {

enum class Layer { Communities, Grids, Compounds, Buildings, Roads, Water, Households, Issues, Staff, Organisations };

enum class FieldType { Text, Integer, Real, Date, Blob };

struct FieldDef {
    std::string_view name;      ///< English target name (column name, export header)
    FieldType type;
    bool required = false;
    bool personal = false;      ///< resident's personal data: stored apart, masked on export
    std::string_view label;     ///< Chinese label for forms and tables
};

/// The geometry a layer holds; None for attribute-only layers (staff).
enum class GeometryKind { None, Point, MultiLineString, MultiPolygon, Any };

struct LayerDef {
    Layer layer;
    std::string_view name;      ///< CLI name and table name
    std::string_view label;     ///< Chinese name
    GeometryKind geometry;
    bool geometryRequired;      ///< false: rows may come without a location (households, issues)
    bool spatialIndex;
    std::span<const FieldDef> fields;
    std::string_view key;       ///< field unique per row ("" when none): used by --update
};

/// All layers in dependency order (communities before grids before buildings ...).
std::span<const LayerDef> allLayers();
const LayerDef& layerDef(Layer l);
/// Looks up a layer by its CLI name.
std::optional<Layer> layerByName(std::string_view name);
/// Index of `field` in def.fields, or -1.
int fieldIndex(const LayerDef& def, std::string_view field);

/// SpatiaLite geometry type name for a kind ("MULTIPOLYGON", "POINT", ...).
std::string_view geometryTypeName(GeometryKind k);
/// True when geometry of type `t` can be stored in a layer of kind `k` (after promotion to multi).
bool acceptsGeometry(GeometryKind k, geo::GeomType t);

/// One row to write: values in the order of LayerDef::fields (nullopt = NULL), and a geometry.
struct Row {
    std::vector<std::optional<std::string>> values;
    std::optional<geo::Geometry> geometry;
    std::string source;  ///< where the row came from ("file.csv:12"), for messages
};

}  // namespace ga::store
