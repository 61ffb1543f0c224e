#include "store/map_reader.h"

#include <fmt/format.h>

namespace ga::store {

Result<MapReader> MapReader::create(Project& project, Layer layer, std::span<const std::string_view> columns) {
    return open(project, layer, columns, "");
}

Result<MapReader> MapReader::create(Project& project, Layer layer, std::span<const std::string_view> columns,
                                    std::span<const int64_t> ids) {
    // Ids are integers, so they go into the statement as they are.
    std::string where = " AND id IN (";
    for (size_t i = 0; i < ids.size(); ++i) where += fmt::format("{}{}", i ? "," : "", ids[i]);
    where += ")";
    return open(project, layer, columns, where);
}

Result<MapReader> MapReader::open(Project& project, Layer layer, std::span<const std::string_view> columns,
                                  std::string_view where) {
    const LayerDef& def = layerDef(layer);
    if (def.geometry == GeometryKind::None) return fail(fmt::format("layer {} has no geometry to map", def.name));
    if (project.settings().srid == 0) return fail(fmt::format("{}: the project has no CRS yet", project.path()));
    std::string select;
    for (std::string_view c : columns) {
        const int f = fieldIndex(def, c);
        const bool link = c == "grid" && (layer == Layer::Buildings || layer == Layer::Issues);
        if (c != "id" && !link && f < 0) return fail(fmt::format("layer {} has no column {}", def.name, c));
        if (f >= 0 && def.fields[f].personal)
            return fail(fmt::format("{}.{} is personal data and never drawn on a map", def.name, c));
        select += fmt::format("\"{}\", ", c);
    }
    auto st = project.db().prepare(
        fmt::format("SELECT {}geom FROM {} WHERE geom IS NOT NULL{} ORDER BY id", select, def.name, where));
    if (!st) return std::unexpected(st.error());
    return MapReader(std::move(*st), static_cast<int>(columns.size()), def.name);
}

Result<bool> MapReader::next() {
    auto more = st_.step();
    if (!more) return fail(fmt::format("layer {}: {}", layer_, more.error().message));
    return *more;
}

std::string_view MapReader::text(int i) const {
    // The blob accessor gives a TEXT value's bytes in place, without the copy text() makes.
    const auto bytes = st_.blob(i);
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

}  // namespace ga::store
