#pragma once
// Exports one project layer to a file whose format follows its extension: .gpkg, .shp (UTF-8
// .cpg, short DBF names mapped in OUT.fields.txt), .geojson and .kml (WGS 84), .csv (UTF-8 with
// BOM). Personal fields are masked unless asked otherwise, and an unmasked export is logged.
// The file is written under a temporary name and renamed: never half-written.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "store/layers.h"
#include "store/project.h"

namespace ga::io {

struct ExportOptions {
    store::Layer layer = store::Layer::Buildings;
    std::string out;
    std::optional<int> epsg;   ///< --crs: output CRS (default: the project's; WGS 84 for GeoJSON/KML)
    bool unmasked = false;     ///< --unmasked: residents' personal fields in clear (logged)
    std::string operatorName;  ///< for the edit-log entry of an unmasked export
};

struct ExportSummary {
    std::string driver;  ///< GDAL driver used
    int epsg = 0;        ///< CRS of the written coordinates (0: no geometry)
    int64_t rows = 0;
    std::vector<std::string> files;  ///< every file written
    int64_t editId = 0;              ///< edit-log entry of an unmasked export (0 otherwise)
};

/// Writes the layer; an unmasked export needs a writable project (the edit log is written).
Result<ExportSummary> exportLayer(store::Project& project, const ExportOptions& options);

}  // namespace ga::io
