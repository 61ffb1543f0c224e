#include "io/raster_writer.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <fmt/format.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <filesystem>

#include "io/gdal_session.h"
#include "io/partial_file.h"

namespace ga::io {
namespace {

std::string crsWkt(int epsg) {
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    std::string wkt;
    if (OSRImportFromEPSG(srs, epsg) == OGRERR_NONE) {
        char* text = nullptr;
        if (OSRExportToWkt(srs, &text) == OGRERR_NONE && text) wkt = text;
        CPLFree(text);
    }
    OSRRelease(srs);
    return wkt;
}

}  // namespace

Result<void> writeGeoTiff(const std::string& path, const FloatRaster& r) {
    if (r.width <= 0 || r.height <= 0 || !(r.cell > 0))
        return fail(fmt::format("{}: a raster of {}x{} cells of {} cannot be written", path, r.width, r.height, r.cell));
    if (r.values.size() != static_cast<size_t>(r.width) * static_cast<size_t>(r.height))
        return fail(fmt::format("{}: {} values for {}x{} cells", path, r.values.size(), r.width, r.height));
    registerGdalDrivers();
    const std::filesystem::path target(path);
    const std::filesystem::path partial = target.parent_path() / (target.filename().string() + ".partial.tif");
    GdalFailures failures;
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    if (!driver) return fail("GDAL has no GTiff driver");
    char** options = nullptr;
    options = CSLSetNameValue(options, "TILED", "YES");
    options = CSLSetNameValue(options, "COMPRESS", "DEFLATE");
    options = CSLSetNameValue(options, "PREDICTOR", "3");
    options = CSLSetNameValue(options, "NUM_THREADS", "ALL_CPUS");
    options = CSLSetNameValue(options, "BIGTIFF", "IF_SAFER");
    GDALDatasetH ds = GDALCreate(driver, partial.c_str(), r.width, r.height, 1, GDT_Float32, options);
    CSLDestroy(options);
    if (!ds) return fail(fmt::format("{}: cannot create the GeoTIFF: {}", path, failures.failure()));
    double transform[6] = {r.x0, r.cell, 0, r.y0, 0, -r.cell};
    bool ok = GDALSetGeoTransform(ds, transform) == CE_None;
    if (ok && r.epsg > 0) {
        const std::string wkt = crsWkt(r.epsg);
        ok = !wkt.empty() && GDALSetProjection(ds, wkt.c_str()) == CE_None;
        if (!ok && !failures.failed()) {
            GDALClose(ds);
            std::filesystem::remove(partial);
            return fail(fmt::format("{}: EPSG:{} is not a CRS GDAL knows", path, r.epsg));
        }
    }
    GDALRasterBandH band = GDALGetRasterBand(ds, 1);
    if (ok) {
        GDALSetDescription(band, r.description.c_str());
        ok = GDALRasterIO(band, GF_Write, 0, 0, r.width, r.height, const_cast<float*>(r.values.data()), r.width,
                          r.height, GDT_Float32, 0, 0) == CE_None;
    }
    GDALClose(ds);  // flushes: a write error shows here
    if (!ok || failures.failed()) {
        std::filesystem::remove(partial);
        return fail(fmt::format("{}: cannot write the GeoTIFF: {}", path, failures.failure()));
    }
    return moveIntoPlace(partial, target, path);
}

}  // namespace ga::io
