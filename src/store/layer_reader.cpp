#include "store/layer_reader.h"

#include <fmt/format.h>

#include "core/privacy.h"
#include "geo/wkb.h"

namespace ga::store {
namespace {

struct Extra {
    std::string_view column;
    std::string_view expr;
};

std::vector<Extra> extras(Layer l) {
    switch (l) {
    case Layer::Buildings: return {{"grid", "t.grid"}};
    case Layer::Households:
        return {{"building_id", "l.building"},
                {"grid", "(SELECT grid FROM buildings b WHERE b.id = l.building)"},
                {"match_level", "l.level"},
                {"confidence", "l.confidence"},
                {"state", "t.state"}};
    case Layer::Issues: return {{"grid", "t.grid"}, {"location_derived", "t.location_derived"}};
    default: return {};
    }
}

int maskKindOf(std::string_view field) {
    if (field == "name") return 1;
    if (field == "id_number") return 2;
    if (field == "phone") return 3;
    if (field == "tags") return 4;
    return 0;
}

}  // namespace

Result<LayerReader> LayerReader::create(Project& project, Layer layer, Masking masking) {
    const LayerDef& def = layerDef(layer);
    std::vector<std::string> columns{"id"};
    std::vector<int> maskKind{0};
    std::string select = "t.id";
    for (const FieldDef& f : def.fields) {
        if (f.type == FieldType::Blob) continue;
        columns.emplace_back(f.name);
        maskKind.push_back(f.personal && masking == Masking::Masked ? maskKindOf(f.name) : 0);
        select += f.personal ? fmt::format(", p.\"{}\"", f.name) : fmt::format(", t.\"{}\"", f.name);
    }
    for (const Extra& e : extras(layer)) {
        columns.emplace_back(e.column);
        maskKind.push_back(0);
        select += fmt::format(", {}", e.expr);
    }
    const bool hasGeometry = def.geometry != GeometryKind::None && project.settings().srid != 0;
    if (hasGeometry) select += ", t.geom";
    std::string sql = fmt::format("SELECT {} FROM {} t", select, def.name);
    if (layer == Layer::Households)
        sql += " LEFT JOIN household_links l ON l.household = t.id LEFT JOIN household_personal p ON p.household = t.id";
    sql += " ORDER BY t.id";
    auto st = project.db().prepare(sql);
    if (!st) return std::unexpected(st.error());
    return LayerReader(std::move(*st), std::move(columns), std::move(maskKind), hasGeometry);
}

Result<bool> LayerReader::next(ReadRow& row) {
    auto more = st_.step();
    if (!more || !*more) return more;
    const int n = static_cast<int>(columns_.size());
    row.values.resize(columns_.size());
    for (int c = 0; c < n; ++c) {
        auto v = st_.optText(c);
        if (v) {
            switch (maskKind_[c]) {
            case 1: *v = maskName(*v); break;
            case 2: *v = maskIdNumber(*v); break;
            case 3: *v = maskPhone(*v); break;
            case 4: *v = "***"; break;
            default: break;
            }
        }
        row.values[c] = std::move(v);
    }
    row.geometry.reset();
    if (hasGeometry_ && !st_.isNull(n)) {
        auto g = geo::fromSpatialiteBlob(st_.blob(n));
        if (!g) return std::unexpected(g.error());
        row.geometry = std::move(*g);
    }
    return true;
}

}  // namespace ga::store
