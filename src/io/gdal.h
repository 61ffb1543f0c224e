#pragma once
// The one guarded boundary to GDAL/OGR: RAII handles, every GDAL error captured around the call
// that raised it and returned as ga::Error naming the file. Nothing outside gdal.cpp includes a
// GDAL header; importers and exporters see raw features and plain value types.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/error.h"
#include "geo/geometry.h"

namespace ga::io {

/// One layer (or spreadsheet sheet) of a source file.
struct SourceLayer {
    std::string name;
    int64_t featureCount = -1;  ///< -1 when the driver cannot tell without reading
    bool hasGeometryField = false;
    std::optional<geo::GeomType> declaredType;  ///< nullopt when unknown or mixed
};

/// The coordinate reference system a layer declares.
struct SourceCrs {
    std::string definition;  ///< "EPSG:N" when identified, else WKT2: anything geo::Transformer takes
    std::string name;        ///< e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 117E", for messages
    bool geographic = false;
};

/// A feature as read: field values as the driver returns them (bytes in the file's encoding for
/// CSV and DBF, UTF-8 for every other driver), geometry as ISO WKB.
struct SourceFeature {
    int64_t fid = 0;
    std::vector<std::optional<std::string>> values;  ///< one per field; nullopt for unset/null
    std::vector<uint8_t> wkb;                        ///< empty when the feature has no geometry
};

/// A vector file opened for reading, one layer selected at a time.
class VectorSource {
public:
    /// Opens `path` (any vector format GDAL reads). `displayName` names the file in messages.
    /// Shapefile text is returned raw (no recoding), so the caller decides the encoding; XLSX and
    /// ODS sheets are read with headers forced and every cell as text.
    static Result<VectorSource> open(const std::string& path, const std::string& displayName);

    VectorSource(VectorSource&&) noexcept;
    VectorSource& operator=(VectorSource&&) noexcept;
    ~VectorSource();

    /// GDAL's short driver name: "ESRI Shapefile", "GPKG", "CSV", "XLSX", "OSM", ...
    const std::string& driver() const;
    const std::vector<SourceLayer>& layers() const;
    /// Selects the layer to read and rewinds it.
    Result<void> selectLayer(size_t index);
    /// Field names of the selected layer (raw, like the values).
    std::vector<std::string> fieldNames() const;
    /// The selected layer's CRS; nullopt when the file declares none.
    Result<std::optional<SourceCrs>> crs() const;
    /// Extent of the selected layer's geometries in its own CRS (empty box without geometries).
    geo::Box extent() const;
    /// Reads the next feature of the selected layer into `f` (reusing its buffers); false at the
    /// end. A read error (truncated or corrupt file) fails with the file and feature named.
    Result<bool> next(SourceFeature& f);
    /// Starts the selected layer again from its first feature.
    void rewind();

private:
    VectorSource();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Field types of an output file.
enum class SinkFieldType { Text, Integer, Real };

struct SinkField {
    std::string name;
    SinkFieldType type = SinkFieldType::Text;
};

/// What VectorSink::create makes: one layer in a new file.
struct SinkSpec {
    std::string driver;  ///< GDAL short name: "GPKG", "ESRI Shapefile", "GeoJSON", "KML", "CSV"
    std::string layerName;
    bool hasGeometry = false;                   ///< false: a table without geometry
    std::optional<geo::GeomType> geometryType;  ///< nullopt: any type
    int epsg = 0;                               ///< CRS of the written coordinates (0: none)
    std::vector<SinkField> fields;
    std::vector<std::string> datasetOptions;  ///< "KEY=VALUE"
    std::vector<std::string> layerOptions;    ///< "KEY=VALUE"
};

/// A new vector file being written; close() finishes it (the destructor only releases handles).
class VectorSink {
public:
    static Result<VectorSink> create(const std::string& path, const SinkSpec& spec);

    VectorSink(VectorSink&&) noexcept;
    VectorSink& operator=(VectorSink&&) noexcept;
    ~VectorSink();

    /// Writes one feature: `values` in the order of SinkSpec::fields (text converted by the field
    /// type), `geometry` may be null.
    Result<void> write(std::span<const std::optional<std::string>> values, const geo::Geometry* geometry);
    /// Commits and closes the file; any error from the driver is returned.
    Result<void> close();

private:
    VectorSink();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Parses WKT (as found in a CSV/XLSX column) into a geometry; curves are linearised.
Result<geo::Geometry> geometryFromWkt(std::string_view wkt);

}  // namespace ga::io
