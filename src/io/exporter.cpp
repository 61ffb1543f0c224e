#include "io/exporter.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

#include "core/json_writer.h"
#include "geo/crs.h"
#include "io/dbf_field_names.h"
#include "io/gdal.h"
#include "store/layer_reader.h"

namespace ga::io {
namespace {

namespace fs = std::filesystem;

struct Format {
    std::string_view extension;
    std::string_view driver;
    bool wgs84Default;  ///< written in WGS 84 unless --crs says otherwise
    bool wgs84Only;     ///< the format knows no other CRS
};

constexpr Format kFormats[] = {
    {".gpkg", "GPKG", false, false},      {".shp", "ESRI Shapefile", false, false},
    {".geojson", "GeoJSON", true, false}, {".json", "GeoJSON", true, false},
    {".kml", "KML", true, true},          {".csv", "CSV", false, false},
};

Result<Format> formatOf(const std::string& out) {
    std::string ext = fs::path(out).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const Format& f : kFormats)
        if (f.extension == ext) return f;
    return fail(fmt::format("{}: unknown output format '{}'; use .gpkg, .shp, .geojson, .kml or .csv", out, ext));
}

SinkFieldType columnType(const store::LayerDef& def, const std::string& column) {
    if (column == "id" || column == "building_id" || column == "location_derived") return SinkFieldType::Integer;
    if (column == "confidence") return SinkFieldType::Real;
    const int i = store::fieldIndex(def, column);
    if (i < 0) return SinkFieldType::Text;
    switch (def.fields[static_cast<size_t>(i)].type) {
        case store::FieldType::Integer:
            return SinkFieldType::Integer;
        case store::FieldType::Real:
            return SinkFieldType::Real;
        default:
            return SinkFieldType::Text;
    }
}

std::optional<geo::GeomType> sinkGeometry(store::GeometryKind k) {
    switch (k) {
        case store::GeometryKind::Point:
            return geo::GeomType::Point;
        case store::GeometryKind::MultiLineString:
            return geo::GeomType::MultiLineString;
        case store::GeometryKind::MultiPolygon:
            return geo::GeomType::MultiPolygon;
        default:
            return std::nullopt;
    }
}

// A directory beside the output that is removed, with whatever is left in it, on every path out.
class TempDir {
public:
    explicit TempDir(fs::path p) : path_(std::move(p)) {}
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

}  // namespace

Result<ExportSummary> exportLayer(store::Project& project, const ExportOptions& o) {
    const store::LayerDef& def = store::layerDef(o.layer);
    auto format = formatOf(o.out);
    if (!format) return std::unexpected(format.error());
    if (o.unmasked && project.readOnly())
        return fail("an unmasked export is logged in the project, which must be opened writable");
    const int srid = project.settings().srid;
    const bool hasGeometry = def.geometry != store::GeometryKind::None && srid != 0;
    int epsg = 0;
    if (hasGeometry) {
        epsg = o.epsg.value_or(format->wgs84Default ? 4326 : srid);
        if (format->wgs84Only && epsg != 4326)
            return fail(fmt::format("{}: {} is always in WGS 84 (EPSG:4326); leave out --crs", o.out, format->driver));
    }
    std::optional<geo::Transformer> transformer;
    if (hasGeometry && epsg != srid) {
        auto t = geo::Transformer::create(fmt::format("EPSG:{}", srid), epsg);
        if (!t) return std::unexpected(t.error());
        transformer.emplace(std::move(*t));
    }

    auto reader =
        store::LayerReader::create(project, o.layer, o.unmasked ? store::Masking::Unmasked : store::Masking::Masked);
    if (!reader) return std::unexpected(reader.error());
    const std::vector<std::string>& columns = reader->columns();
    const bool shapefile = format->driver == "ESRI Shapefile";
    const std::vector<std::string> names = shapefile ? dbfFieldNames(columns) : columns;

    SinkSpec spec;
    spec.driver = std::string(format->driver);
    spec.layerName = std::string(def.name);
    spec.hasGeometry = hasGeometry;
    spec.geometryType = sinkGeometry(def.geometry);
    spec.epsg = epsg;
    for (size_t i = 0; i < columns.size(); ++i) spec.fields.push_back({names[i], columnType(def, columns[i])});
    if (shapefile) spec.layerOptions.emplace_back("ENCODING=UTF-8");
    if (format->driver == "CSV") {
        spec.layerOptions.emplace_back("WRITE_BOM=YES");
        // Quote only where the CSV syntax needs it, so spreadsheets read counts and ids as numbers.
        spec.layerOptions.emplace_back("STRING_QUOTING=IF_NEEDED");
        if (hasGeometry)
            spec.layerOptions.emplace_back(def.geometry == store::GeometryKind::Point ? "GEOMETRY=AS_XY"
                                                                                      : "GEOMETRY=AS_WKT");
    }
    if (format->driver == "GeoJSON" && epsg == 4326) spec.layerOptions.emplace_back("COORDINATE_PRECISION=7");
    if (format->driver == "KML" && std::find(columns.begin(), columns.end(), "name") != columns.end())
        spec.datasetOptions.emplace_back("NameField=name");

    const fs::path out(o.out);
    const fs::path dir = out.has_parent_path() ? out.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return fail(fmt::format("{}: the folder {} does not exist", o.out, dir.string()));
    TempDir tmp(dir / fmt::format(".{}.part-{}", out.filename().string(), ::getpid()));
    fs::remove_all(tmp.path(), ec);
    if (!fs::create_directory(tmp.path(), ec))
        return fail(fmt::format("{}: cannot write in {}: {}", o.out, dir.string(), ec.message()));

    ExportSummary summary;
    summary.driver = spec.driver;
    summary.epsg = epsg;
    {
        auto sink = VectorSink::create((tmp.path() / out.filename()).string(), spec);
        if (!sink) return fail(fmt::format("{}: {}", o.out, sink.error().message));
        store::ReadRow row;
        for (;;) {
            auto more = reader->next(row);
            if (!more) return std::unexpected(more.error());
            if (!*more) break;
            if (row.geometry && transformer)
                if (auto r = transformer->apply(*row.geometry); !r)
                    return fail(
                        fmt::format("{}: feature {}: {}", o.out, row.values[0].value_or("?"), r.error().message));
            if (auto w = sink->write(row.values, hasGeometry && row.geometry ? &*row.geometry : nullptr); !w)
                return fail(fmt::format("{}: {}", o.out, w.error().message));
            ++summary.rows;
        }
        if (auto r = sink->close(); !r) return fail(fmt::format("{}: {}", o.out, r.error().message));
    }
    if (shapefile) {
        std::ofstream map(tmp.path() / (out.stem().string() + ".fields.txt"), std::ios::binary);
        map << dbfFieldMapText(columns, names);
        if (!map.flush()) return fail(fmt::format("{}: cannot write the field map", o.out));
    }

    std::vector<fs::path> written;
    for (const auto& entry : fs::directory_iterator(tmp.path())) written.push_back(entry.path().filename());
    std::sort(written.begin(), written.end());
    auto publish = [&]() -> Result<void> {
        for (const fs::path& name : written) {
            fs::rename(tmp.path() / name, dir / name, ec);
            if (ec) {
                const std::string why = ec.message();
                for (const std::string& f : summary.files) fs::remove(f, ec);
                return fail(fmt::format("{}: cannot move the finished file into place: {}", o.out, why));
            }
            summary.files.push_back((dir / name).string());
        }
        return {};
    };
    if (!o.unmasked) {
        if (auto r = publish(); !r) return std::unexpected(r.error());
        return summary;
    }
    // An unmasked export exists only if it is logged: who, which layer, how many rows, where.
    auto tx = store::Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    store::EditLogEntry entry;
    entry.operatorName = store::resolveOperator(o.operatorName, project.settings());
    entry.action = "export_unmasked";
    entry.target = std::string(def.name);
    entry.summary = fmt::format("{} rows of {} exported with personal data unmasked to {}", summary.rows, def.name,
                                fs::absolute(out).string());
    JsonWriter j;
    j.beginObject()
        .field("layer", def.name)
        .field("rows", static_cast<long long>(summary.rows))
        .field("file", fs::absolute(out).string())
        .field("format", spec.driver)
        .field("crs", epsg ? fmt::format("EPSG:{}", epsg) : std::string())
        .endObject();
    entry.detail = j.str();
    auto logged = project.logEdit(entry);
    if (!logged) return std::unexpected(logged.error());
    if (auto r = publish(); !r) return std::unexpected(r.error());
    if (auto r = tx->commit(); !r) {
        for (const std::string& f : summary.files) fs::remove(f, ec);
        return std::unexpected(r.error());
    }
    summary.editId = *logged;
    return summary;
}

}  // namespace ga::io
