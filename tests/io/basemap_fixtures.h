#pragma once
// Basemap rasters made with GDAL in the test: a GeoTIFF in any CRS (optionally with overviews
// painted in their own colour, or without a CRS), an MBTiles file translated from it, and a
// directory of XYZ PNG tiles for a file:// URL template. Each is coloured by a function of the
// pixel's position, so a test can tell which side of a line a drawn pixel came from. A fixture
// that cannot be written throws: GoogleTest and QTest both report it as the test's failure.
#include <cpl_string.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_srs_api.h>

#include <array>
#include <cmath>
#include <filesystem>
#include <functional>
#include <numbers>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ga::testing {

using Rgb = std::array<uint8_t, 3>;
inline constexpr Rgb kRed{220, 20, 30}, kBlue{20, 40, 210}, kGreen{30, 200, 40};

/// A north-up raster: top-left corner, square cells, size, CRS.
struct RasterSpec {
    double x0 = 0, y0 = 0, cell = 1;
    int width = 0, height = 0;
    int epsg = 4549;  ///< 0: written without a CRS
};

/// Throws when a fixture could not be written.
inline void require(bool ok, const std::string& what) {
    if (!ok) throw std::runtime_error("basemap fixture: " + what);
}

inline void registerGdal() {
    static const bool once = [] {
        GDALAllRegister();
        return true;
    }();
    (void)once;
}

inline std::string wktOf(int epsg) {
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    std::string out;
    if (OSRImportFromEPSG(srs, epsg) == OGRERR_NONE) {
        char* wkt = nullptr;
        OSRExportToWkt(srs, &wkt);
        out = wkt ? wkt : "";
        CPLFree(wkt);
    }
    OSRRelease(srs);
    return out;
}

// Fills `bands` planes of a width x height dataset from colour(column, row).
inline void paint(GDALDatasetH ds, int width, int height, const std::function<Rgb(int, int)>& colour) {
    std::vector<uint8_t> plane(static_cast<size_t>(width) * height);
    for (int b = 0; b < 3; ++b) {
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) plane[static_cast<size_t>(y) * width + x] = colour(x, y)[b];
        require((GDALRasterIO(GDALGetRasterBand(ds, b + 1), GF_Write, 0, 0, width, height, plane.data(), width, height,
                              GDT_Byte, 0, 0)) == CE_None,
                "GDAL write");
    }
}

/// Writes an RGB GeoTIFF coloured by colour(x, y) of each cell centre in the raster's CRS. With
/// `overviewColour`, overviews at 1/2, 1/4 and 1/8 are built and painted in that one colour, so a
/// drawn pixel shows which level it was read from.
inline void writeGeoTiff(const std::filesystem::path& path, const RasterSpec& r,
                         const std::function<Rgb(double, double)>& colour,
                         std::optional<Rgb> overviewColour = std::nullopt) {
    registerGdal();
    char** options = CSLSetNameValue(nullptr, "TILED", "YES");
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.c_str(), r.width, r.height, 3, GDT_Byte, options);
    CSLDestroy(options);
    require(ds != nullptr, path.string() + ": cannot be created");
    double gt[6] = {r.x0, r.cell, 0, r.y0, 0, -r.cell};
    require((GDALSetGeoTransform(ds, gt)) == CE_None, "GDAL write");
    if (r.epsg) {
        require((GDALSetProjection(ds, wktOf(r.epsg).c_str())) == CE_None, "GDAL write");
    }
    paint(ds, r.width, r.height,
          [&](int x, int y) { return colour(r.x0 + (x + 0.5) * r.cell, r.y0 - (y + 0.5) * r.cell); });
    if (overviewColour) {
        int levels[] = {2, 4, 8};
        require((GDALBuildOverviews(ds, "NEAREST", 3, levels, 0, nullptr, nullptr, nullptr)) == CE_None, "GDAL write");
        for (int b = 1; b <= 3; ++b)
            for (int o = 0; o < 3; ++o) {
                GDALRasterBandH ov = GDALGetOverview(GDALGetRasterBand(ds, b), o);
                const int w = GDALGetRasterBandXSize(ov), h = GDALGetRasterBandYSize(ov);
                std::vector<uint8_t> plane(static_cast<size_t>(w) * h, (*overviewColour)[static_cast<size_t>(b - 1)]);
                require((GDALRasterIO(ov, GF_Write, 0, 0, w, h, plane.data(), w, h, GDT_Byte, 0, 0)) == CE_None,
                        "GDAL write");
            }
    }
    GDALClose(ds);
}

/// Translates a raster into an MBTiles file (Web Mercator PNG tiles), as gdal_translate -of MBTILES does.
inline void writeMbtiles(const std::filesystem::path& from, const std::filesystem::path& to) {
    registerGdal();
    GDALDatasetH src = GDALOpen(from.c_str(), GA_ReadOnly);
    require(src != nullptr, from.string() + ": cannot be opened");
    char** argv = nullptr;
    for (const char* a : {"-of", "MBTILES", "-co", "TILE_FORMAT=PNG"}) argv = CSLAddString(argv, a);
    GDALTranslateOptions* options = GDALTranslateOptionsNew(argv, nullptr);
    CSLDestroy(argv);
    int usageError = 0;
    GDALDatasetH out = GDALTranslate(to.c_str(), src, options, &usageError);
    GDALTranslateOptionsFree(options);
    require(out != nullptr, to.string() + ": cannot be written");
    GDALClose(out);
    GDALClose(src);
}

/// Web Mercator tile column and row of a longitude/latitude at zoom z.
inline std::pair<int, int> tileOf(double lon, double lat, int z) {
    const double n = std::ldexp(1.0, z);
    const double rad = lat * std::numbers::pi / 180;
    return {static_cast<int>(std::floor((lon + 180) / 360 * n)),
            static_cast<int>(std::floor((1 - std::asinh(std::tan(rad)) / std::numbers::pi) / 2 * n))};
}

/// Writes XYZ tiles z/x/y.png (256 px, RGBA) for zooms [zmin, zmax] over a longitude/latitude
/// box, coloured by colour(lon, lat) of each pixel centre; returns the number of tiles.
inline int writeXyzTiles(const std::filesystem::path& dir, double lon0, double lat0, double lon1, double lat1, int zmin,
                         int zmax, const std::function<Rgb(double, double)>& colour) {
    registerGdal();
    int written = 0;
    for (int z = zmin; z <= zmax; ++z) {
        const auto [tx0, ty0] = tileOf(lon0, lat1, z);
        const auto [tx1, ty1] = tileOf(lon1, lat0, z);
        const double n = std::ldexp(1.0, z) * 256;
        for (int tx = tx0; tx <= tx1; ++tx)
            for (int ty = ty0; ty <= ty1; ++ty) {
                GDALDatasetH mem = GDALCreate(GDALGetDriverByName("MEM"), "", 256, 256, 4, GDT_Byte, nullptr);
                paint(mem, 256, 256, [&](int px, int py) {
                    const double lon = (tx * 256 + px + 0.5) / n * 360 - 180;
                    const double my = std::numbers::pi * (1 - 2 * (ty * 256 + py + 0.5) / n);
                    return colour(lon, std::atan(std::sinh(my)) * 180 / std::numbers::pi);
                });
                std::vector<uint8_t> opaque(256 * 256, 255);
                require((GDALRasterIO(GDALGetRasterBand(mem, 4), GF_Write, 0, 0, 256, 256, opaque.data(), 256, 256,
                                      GDT_Byte, 0, 0)) == CE_None,
                        "GDAL write");
                const auto file = dir / std::to_string(z) / std::to_string(tx) / (std::to_string(ty) + ".png");
                std::filesystem::create_directories(file.parent_path());
                GDALDatasetH png =
                    GDALCreateCopy(GDALGetDriverByName("PNG"), file.c_str(), mem, FALSE, nullptr, nullptr, nullptr);
                require(png != nullptr, file.string() + ": cannot be written");
                GDALClose(png);
                GDALClose(mem);
                ++written;
            }
    }
    return written;
}

}  // namespace ga::testing
