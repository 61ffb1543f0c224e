#pragma once
// Rasters out through GDAL: a single-band Float32 GeoTIFF georeferenced in the project CRS (the
// kernel density of gridatlas-cli heatmap). Written under a temporary name and renamed, so a
// failed write never leaves half a file.
#include <span>
#include <string>

#include "core/error.h"

namespace ga::io {

struct FloatRaster {
    double x0 = 0, y0 = 0;  ///< top-left corner (north up)
    double cell = 1;        ///< square cells, in CRS units
    int width = 0, height = 0;
    int epsg = 0;           ///< CRS of the cells (0: none written)
    std::string description;  ///< the band's description ("raw quartic kernel density, r = 150 m")
    std::span<const float> values;  ///< width × height, row by row from the top
};

/// Writes `r` as a tiled, DEFLATE-compressed (floating-point predictor) GeoTIFF to `path`.
Result<void> writeGeoTiff(const std::string& path, const FloatRaster& r);

}  // namespace ga::io
