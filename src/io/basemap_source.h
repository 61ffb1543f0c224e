#pragma once
// Basemaps through GDAL: any raster GDAL reads (a GeoTIFF orthophoto, an MBTiles file), an XYZ
// tile service given as a URL template ({z}/{x}/{y}, e.g. 天地图 on the office intranet) or a
// WMTS service, drawn in the project CRS. A source reprojects on the fly: for each requested box
// it transforms a coarse grid of points into the raster's pixels, reads the window at the
// overview that suits the scale, and resamples it bilinearly into the output pixels.
//
// Thread-safe: each concurrent read() borrows its own GDAL dataset (GDAL datasets must not be
// shared between threads), opened on first need and kept for the next read.
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "geo/geometry.h"

namespace ga::io {

/// What a basemap source is, once opened.
struct BasemapInfo {
    std::string driver;  ///< GDAL's short name: "GTiff", "MBTiles", "WMS" (XYZ templates), "WMTS", ...
    int width = 0, height = 0;
    int overviews = 0;    ///< reduced-resolution levels available
    std::string crsName;  ///< e.g. "WGS 84 / Pseudo-Mercator"
    bool remote = false;  ///< tiles come over the network (XYZ or WMTS)
    /// Bounding box of the raster in the project CRS; empty when it cannot be bounded there (a
    /// world-wide tile service).
    geo::Box extent;
};

class BasemapSource {
public:
    /// Opens `source` to be drawn in EPSG:`projectSrid`: a raster file, an XYZ tile URL template
    /// ({z}, {x}, {y} or {-y} for TMS rows; Web Mercator tiles, zoom 0–18) or a WMTS service
    /// ("WMTS:" + its GetCapabilities URL, or a URL with SERVICE=WMTS and REQUEST=GetCapabilities).
    /// Fails with a message naming the source when it is missing, not a raster, without a CRS or
    /// georeferencing, or in a CRS that cannot be brought into the project CRS.
    static Result<std::unique_ptr<BasemapSource>> open(const std::string& source, int projectSrid);
    ~BasemapSource();
    BasemapSource(const BasemapSource&) = delete;
    BasemapSource& operator=(const BasemapSource&) = delete;

    const std::string& source() const { return source_; }
    const BasemapInfo& info() const { return info_; }

    /// Draws the raster's part of `box` (project CRS, north up) into `pixels`: `width` × `height`
    /// premultiplied ARGB32 values (0xAARRGGBB), rows from the top; pixels the raster does not
    /// cover become transparent. Returns false when none of the raster lies in the box. A read
    /// error (a tile server that does not answer, a damaged file) fails naming the source.
    Result<bool> read(const geo::Box& box, int width, int height, std::span<uint32_t> pixels,
                      std::stop_token stop = {}) const;

    /// Reads a little of the raster (its coarsest level, or a window at its centre) to prove the
    /// source delivers pixels: a URL that answers, a file that decodes.
    Result<void> probe() const;

private:
    struct Handle;
    class Lease;
    BasemapSource() = default;
    Result<std::unique_ptr<Handle>> openHandle() const;

    std::string source_;      ///< as the user gave it
    std::string connection_;  ///< what GDALOpen takes: the path, a <GDAL_WMS> document, "WMTS:..."
    int projectSrid_ = 0;
    BasemapInfo info_;
    struct Bands;
    std::unique_ptr<Bands> bands_;  ///< which bands hold red, green, blue, alpha; value scaling
    mutable std::mutex mutex_;
    mutable std::vector<std::unique_ptr<Handle>> idle_;  ///< datasets not in use by a read
};

/// True when `source` names a tile service (http(s)://, file:// templates, WMTS:) rather than a file.
bool isBasemapUrl(std::string_view source);

/// A name for the layer list: a file's name without its extension, a service's host.
std::string suggestedBasemapName(std::string_view source);
/// The credit a well-known tile service asks for ("© 天地图", "© OpenStreetMap contributors"), else "".
std::string knownAttribution(std::string_view source);

/// The GDAL WMS description of an XYZ tile URL template (Web Mercator, 256 px tiles, zoom 0–18;
/// {-y} counts rows from the south as TMS does); missing tiles (HTTP 204/404) are left empty.
std::string xyzServiceXml(std::string_view urlTemplate);

}  // namespace ga::io
