#include "io/source_crs.h"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <vector>

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
    if (affine_) {
        affine_->apply(g);
        return {};
    }
    if (offset_) geo::convertToWgs84(g, *offset_);
    return transformer_->apply(g);
}

Result<geo::AffineFit> readControlPoints(const std::string& file) {
    std::ifstream in(file);
    if (!in) return fail(fmt::format("{}: cannot read the control points", file));
    std::string line;
    int lineNo = 0;
    std::vector<geo::Point> source, target;
    int cols[4] = {-1, -1, -1, -1};
    static constexpr std::string_view names[4] = {"src_x", "src_y", "dst_x", "dst_y"};
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (lineNo == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
        std::vector<std::string> cells;
        for (size_t start = 0;;) {
            const size_t comma = line.find(',', start);
            cells.push_back(line.substr(start, comma - start));
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
        if (lineNo == 1) {
            for (size_t c = 0; c < cells.size(); ++c)
                for (int k = 0; k < 4; ++k)
                    if (cells[c] == names[k]) cols[k] = static_cast<int>(c);
            for (int k = 0; k < 4; ++k)
                if (cols[k] < 0) return fail(fmt::format("{}:1: no column {} (need src_x,src_y,dst_x,dst_y)", file, names[k]));
            continue;
        }
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        double v[4];
        for (int k = 0; k < 4; ++k) {
            const size_t c = static_cast<size_t>(cols[k]);
            const std::string cell = c < cells.size() ? cells[c] : "";
            char* end = nullptr;
            v[k] = std::strtod(cell.c_str(), &end);
            if (cell.empty() || end != cell.c_str() + cell.size() || !std::isfinite(v[k]))
                return fail(fmt::format("{}:{}: {} '{}' is not a number", file, lineNo, names[k], cell));
        }
        source.push_back({v[0], v[1]});
        target.push_back({v[2], v[3]});
    }
    auto fit = geo::fitAffine(source, target);
    if (!fit) return fail(fmt::format("{}: {}", file, fit.error().message));
    return fit;
}

}  // namespace ga::io
