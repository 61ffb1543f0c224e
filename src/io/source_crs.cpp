#include "io/source_crs.h"

#include <fmt/format.h>

#include <cctype>

namespace ga::io {
namespace {

std::string upperNoDash(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != '-' && c != '_' && c != ' ') out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::string_view offsetName(geo::ChinaOffset o) { return o == geo::ChinaOffset::Gcj02 ? "GCJ-02" : "BD-09"; }

}  // namespace

Result<CrsOption> parseCrsOption(std::string_view text) {
    const std::string u = upperNoDash(text);
    if (u == "GCJ02") return CrsOption{0, geo::ChinaOffset::Gcj02};
    if (u == "BD09" || u == "BD09LL") return CrsOption{0, geo::ChinaOffset::Bd09};
    auto epsg = geo::parseEpsg(text);
    if (!epsg) return fail(fmt::format("--crs '{}': write EPSG:N, GCJ02 or BD09", text));
    return CrsOption{*epsg, std::nullopt};
}

bool isChinaLonLat(const geo::Box& box) {
    return !box.isEmpty() && box.minx >= 73 && box.maxx <= 136 && box.miny >= 3 && box.maxy <= 54;
}

Result<SourceCoordinates> resolveSourceCoordinates(const std::optional<CrsOption>& option,
                                                   const std::optional<SourceCrs>& fileCrs, const geo::Box& extent,
                                                   const std::string& file) {
    SourceCoordinates s;
    if (option && option->offset) {
        if (!extent.isEmpty() && !isChinaLonLat(extent))
            return fail(
                fmt::format("{}: --crs {} needs longitude/latitude in China, but the coordinates span "
                            "({:.6g}, {:.6g})–({:.6g}, {:.6g})",
                            file, offsetName(*option->offset), extent.minx, extent.miny, extent.maxx, extent.maxy));
        s.offset = option->offset;
        s.definition = "EPSG:4326";
        s.description = fmt::format("{} lon/lat (--crs), converted to WGS 84", offsetName(*option->offset));
        return s;
    }
    if (option) {
        s.definition = fmt::format("EPSG:{}", option->epsg);
        s.description = fmt::format("{} (--crs{})", s.definition, fileCrs ? ", overriding the file's" : "");
        return s;
    }
    if (fileCrs) {
        s.definition = fileCrs->definition;
        s.description = fmt::format("{} (from the file)", fileCrs->definition.starts_with("EPSG:")
                                                              ? fmt::format("{} {}", fileCrs->definition, fileCrs->name)
                                                              : fileCrs->name);
        return s;
    }
    if (isChinaLonLat(extent)) {
        s.definition = "EPSG:4326";
        s.description = "EPSG:4326 (assumed: the file has no CRS and its coordinates are lon/lat in China)";
        s.assumed = true;
        return s;
    }
    if (extent.isEmpty())
        return fail(fmt::format("{}: the file has no coordinate reference system; give one with --crs EPSG:N", file));
    return fail(
        fmt::format("{}: the file has no coordinate reference system and its coordinates "
                    "({:.6g}, {:.6g})–({:.6g}, {:.6g}) are not longitude/latitude; give it with --crs EPSG:N",
                    file, extent.minx, extent.miny, extent.maxx, extent.maxy));
}

Result<int> gaussKrugerZoneFor(const SourceCoordinates& source, const geo::Box& extent, std::string_view towgs84) {
    if (extent.isEmpty())
        return fail(
            "the data has no coordinates to choose the project CRS from; create the "
            "project with --crs EPSG:N");
    geo::Point centre = extent.center();
    if (source.offset) return geo::cgcs2000GaussKrugerEpsg(centre.x);
    auto toLonLat = geo::Transformer::create(source.definition, 4490, towgs84);
    if (!toLonLat) return std::unexpected(toLonLat.error());
    auto lonlat = toLonLat->apply(centre);
    if (!lonlat) return std::unexpected(lonlat.error());
    return geo::cgcs2000GaussKrugerEpsg(lonlat->x);
}

Result<CoordinatePipeline> CoordinatePipeline::create(const SourceCoordinates& source, int projectEpsg,
                                                      std::string_view towgs84) {
    auto t = geo::Transformer::create(source.definition, projectEpsg, towgs84);
    if (!t) return std::unexpected(t.error());
    return CoordinatePipeline(source.offset, std::move(*t));
}

Result<void> CoordinatePipeline::apply(geo::Geometry& g) const {
    if (offset_) geo::convertToWgs84(g, *offset_);
    return transformer_.apply(g);
}

}  // namespace ga::io
