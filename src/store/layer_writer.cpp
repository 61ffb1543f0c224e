#include "store/layer_writer.h"

#include <fmt/format.h>

#include "core/privacy.h"
#include "geo/wkb.h"

namespace ga::store {
namespace {

// Single-part geometries are stored as their multi type in multi layers (same flat layout).
geo::Geometry promoted(const geo::Geometry& g, GeometryKind kind) {
    geo::Geometry out = g;
    if (kind == GeometryKind::MultiPolygon && g.type == geo::GeomType::Polygon) out.type = geo::GeomType::MultiPolygon;
    if (kind == GeometryKind::MultiLineString && g.type == geo::GeomType::LineString)
        out.type = geo::GeomType::MultiLineString;
    return out;
}

std::string mainSql(const LayerDef& def, WriteMode mode) {
    std::string cols, params, updates;
    for (const FieldDef& f : def.fields) {
        if (f.personal) continue;
        if (!cols.empty()) {
            cols += ", ";
            params += ", ";
        }
        cols += fmt::format("\"{}\"", f.name);
        params += "?";
        if (f.name != def.key) updates += fmt::format("{}\"{}\" = excluded.\"{}\"", updates.empty() ? "" : ", ", f.name, f.name);
    }
    if (def.geometry != GeometryKind::None) {
        cols += ", geom";
        params += ", ?";
        updates += fmt::format("{}geom = COALESCE(excluded.geom, geom)", updates.empty() ? "" : ", ");
    }
    std::string sql = fmt::format("INSERT INTO {} ({}) VALUES ({})", def.name, cols, params);
    if (mode == WriteMode::Upsert && !def.key.empty())
        sql += fmt::format(" ON CONFLICT(\"{}\") DO UPDATE SET {}", def.key, updates);
    return sql + " RETURNING id";
}

}  // namespace

Result<LayerWriter> LayerWriter::create(Project& project, Layer layer, WriteMode mode) {
    const LayerDef& def = layerDef(layer);
    if (mode == WriteMode::Upsert && def.key.empty())
        return fail(fmt::format("layer {} has no key field, so rows cannot be updated in place", def.name));
    if (def.geometry != GeometryKind::None && project.settings().srid == 0)
        return fail("the project has no CRS yet; give one with --crs");
    auto main = project.db().prepare(mainSql(def, mode));
    if (!main) return std::unexpected(main.error());
    std::optional<Statement> personal;
    if (layer == Layer::Households) {
        auto p = project.db().prepare(
            "INSERT INTO household_personal(household, name, id_number, id_valid, phone, tags) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT(household) DO UPDATE SET name = excluded.name, id_number = excluded.id_number, "
            "id_valid = excluded.id_valid, phone = excluded.phone, tags = excluded.tags");
        if (!p) return std::unexpected(p.error());
        personal = std::move(*p);
    }
    return LayerWriter(def, project.settings().srid, std::move(*main), std::move(personal));
}

Result<int64_t> LayerWriter::write(const Row& row) {
    int param = 1;
    for (size_t i = 0; i < def_->fields.size(); ++i) {
        const FieldDef& f = def_->fields[i];
        if (f.personal) continue;
        const auto& v = i < row.values.size() ? row.values[i] : std::nullopt;
        if (!v) main_.bind(param, std::nullopt);
        else if (f.type == FieldType::Blob)
            main_.bindBlob(param, {reinterpret_cast<const uint8_t*>(v->data()), v->size()});
        else if (f.type == FieldType::Integer) main_.bind(param, static_cast<int64_t>(std::stoll(*v)));
        else if (f.type == FieldType::Real) main_.bind(param, std::stod(*v));
        else main_.bind(param, std::string_view(*v));
        ++param;
    }
    if (def_->geometry != GeometryKind::None) {
        if (row.geometry && !row.geometry->isEmpty()) {
            if (!acceptsGeometry(def_->geometry, row.geometry->type))
                return fail(fmt::format("{}: a {} geometry cannot go into layer {}", row.source,
                                        geo::typeName(row.geometry->type), def_->name));
            main_.bindBlob(param, geo::toSpatialiteBlob(promoted(*row.geometry, def_->geometry), srid_));
        } else {
            main_.bind(param, std::nullopt);
        }
    }
    auto stepped = main_.step();
    if (!stepped) {
        main_.reset();
        return fail(fmt::format("{}: {}", row.source, stepped.error().message));
    }
    const int64_t id = main_.integer(0);
    main_.reset();
    if (personal_) {
        auto value = [&](std::string_view field) -> std::optional<std::string> {
            const int i = fieldIndex(*def_, field);
            return i >= 0 && static_cast<size_t>(i) < row.values.size() ? row.values[i] : std::nullopt;
        };
        const auto idNumber = value("id_number");
        personal_->bind(1, id).bind(2, value("name")).bind(3, idNumber);
        if (idNumber) personal_->bind(4, isValidIdNumber(*idNumber) ? 1 : 0);
        else personal_->bind(4, std::nullopt);
        personal_->bind(5, value("phone")).bind(6, value("tags"));
        if (auto r = personal_->run(); !r) return fail(fmt::format("{}: {}", row.source, r.error().message));
    }
    return id;
}

}  // namespace ga::store
