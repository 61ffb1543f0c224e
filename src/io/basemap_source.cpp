#include "io/basemap_source.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <fmt/format.h>
#include <gdal.h>
#include <gdal_alg.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <limits>

#include "geo/crs.h"
#include "io/gdal_session.h"

namespace ga::io {
namespace {

struct DatasetCloser {
    void operator()(GDALDatasetH ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, DatasetCloser>;

struct TransformerDeleter {
    void operator()(void* t) const { GDALDestroyGenImgProjTransformer(t); }
};
using TransformerPtr = std::unique_ptr<void, TransformerDeleter>;

bool startsWithNoCase(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && EQUALN(s.data(), prefix.data(), prefix.size());
}

bool containsNoCase(std::string_view s, std::string_view part) {
    if (part.size() > s.size()) return false;
    for (size_t i = 0; i + part.size() <= s.size(); ++i)
        if (EQUALN(s.data() + i, part.data(), part.size())) return true;
    return false;
}

bool isTileTemplate(std::string_view url) {
    const auto has = [&](std::string_view t) { return url.find(t) != std::string_view::npos; };
    return has("{z}") && has("{x}") && (has("{y}") || has("{-y}"));
}

void replaceAll(std::string& s, std::string_view from, std::string_view to) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

std::string xmlEscaped(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

// Asks a long read to stop when the frame it is for was cancelled.
int CPL_STDCALL keepGoing(double, const char*, void* stop) {
    return static_cast<const std::stop_token*>(stop)->stop_requested() ? FALSE : TRUE;
}

uint32_t premultiplied(uint32_t r, uint32_t g, uint32_t b, uint32_t a) {
    if (a == 255) return 0xFF000000u | (r << 16) | (g << 8) | b;
    if (a == 0) return 0;
    const auto mul = [a](uint32_t c) { return (c * a + 127) / 255; };
    return (a << 24) | (mul(r) << 16) | (mul(g) << 8) | mul(b);
}

// Bilinear blend of four premultiplied ARGB pixels, weights in 1/256 (two channels at a time).
uint32_t blend4(uint32_t c00, uint32_t c10, uint32_t c01, uint32_t c11, uint32_t wx, uint32_t wy) {
    const auto lerp = [](uint32_t a, uint32_t b, uint32_t w) {
        const uint32_t rb = (((a & 0x00FF00FFu) * (256 - w) + (b & 0x00FF00FFu) * w) >> 8) & 0x00FF00FFu;
        const uint32_t ag = ((((a >> 8) & 0x00FF00FFu) * (256 - w) + ((b >> 8) & 0x00FF00FFu) * w)) & 0xFF00FF00u;
        return rb | ag;
    };
    return lerp(lerp(c00, c10, wx), lerp(c01, c11, wx), wy);
}

}  // namespace

// Which bands make the colour, and how their values become 0–255.
struct BasemapSource::Bands {
    enum class Mode { Rgb, Gray, Palette } mode = Mode::Rgb;
    std::array<int, 3> colour{1, 2, 3};  ///< band numbers of red, green, blue (gray: the first)
    int alpha = 0;                       ///< alpha band number, 0 when none
    bool mask = false;                   ///< no alpha band, but a nodata value or mask: read GDAL's mask
    bool bytes = true;                   ///< Byte data; otherwise stretched from [low, high]
    std::array<double, 3> low{0, 0, 0}, high{255, 255, 255};
    std::vector<uint32_t> palette;  ///< premultiplied ARGB per index
};

struct BasemapSource::Handle {
    DatasetPtr ds;
    TransformerPtr transformer;  ///< project CRS coordinates <-> raster pixels
};

// A dataset borrowed for one read: an idle one, else a new one; given back afterwards.
class BasemapSource::Lease {
public:
    explicit Lease(const BasemapSource& s) : source_(s) {
        std::lock_guard lock(s.mutex_);
        if (!s.idle_.empty()) {
            handle_ = std::move(s.idle_.back());
            s.idle_.pop_back();
        }
    }
    ~Lease() {
        if (!handle_) return;
        std::lock_guard lock(source_.mutex_);
        source_.idle_.push_back(std::move(handle_));
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;

    Result<Handle*> get() {
        if (!handle_) {
            auto h = source_.openHandle();
            if (!h) return std::unexpected(h.error());
            handle_ = std::move(*h);
        }
        return handle_.get();
    }

private:
    const BasemapSource& source_;
    std::unique_ptr<Handle> handle_;
};

bool isBasemapUrl(std::string_view source) {
    return startsWithNoCase(source, "http://") || startsWithNoCase(source, "https://") ||
           startsWithNoCase(source, "wmts:") || (startsWithNoCase(source, "file://") && isTileTemplate(source));
}

std::string suggestedBasemapName(std::string_view source) {
    if (!isBasemapUrl(source)) return std::filesystem::path(source).stem().string();
    if (startsWithNoCase(source, "file://")) {
        // A local tile folder: the folder holding the zoom levels.
        const std::string_view folder = source.substr(7, source.find("{z}") - 7);
        return std::filesystem::path(folder).parent_path().filename().string();
    }
    std::string_view rest = source.substr(source.find(':') + 1);
    if (startsWithNoCase(source, "wmts:") && rest.find("://") != std::string_view::npos)
        rest = rest.substr(rest.find("://") + 1);
    while (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
    const std::string_view host = rest.substr(0, rest.find_first_of("/?:"));
    return host.empty() ? std::string(source) : std::string(host);
}

std::string knownAttribution(std::string_view source) {
    if (containsNoCase(source, "tianditu")) return "© 天地图";
    if (containsNoCase(source, "openstreetmap")) return "© OpenStreetMap contributors";
    return {};
}

std::string xyzServiceXml(std::string_view urlTemplate) {
    std::string url(urlTemplate);
    const bool tms = url.find("{-y}") != std::string::npos;
    replaceAll(url, "${", "{");  // GDAL's own ${x} spelling, given by the user, is taken too
    replaceAll(url, "{-y}", "{y}");
    replaceAll(url, "{z}", "${z}");
    replaceAll(url, "{x}", "${x}");
    replaceAll(url, "{y}", "${y}");
    return fmt::format(
        "<GDAL_WMS><Service name=\"TMS\"><ServerUrl>{}</ServerUrl></Service>"
        "<DataWindow><UpperLeftX>-20037508.342789244</UpperLeftX><UpperLeftY>20037508.342789244</UpperLeftY>"
        "<LowerRightX>20037508.342789244</LowerRightX><LowerRightY>-20037508.342789244</LowerRightY>"
        "<TileLevel>18</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY><YOrigin>{}</YOrigin>"
        "</DataWindow><Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>"
        "<BandsCount>4</BandsCount><Timeout>10</Timeout><ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes>"
        "<ZeroBlockOnServerException>true</ZeroBlockOnServerException></GDAL_WMS>",
        xmlEscaped(url), tms ? "bottom" : "top");
}

BasemapSource::~BasemapSource() = default;

Result<std::unique_ptr<BasemapSource::Handle>> BasemapSource::openHandle() const {
    GdalFailures failures;
    auto h = std::make_unique<Handle>();
    h->ds.reset(GDALOpenEx(connection_.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!h->ds) return fail(fmt::format("{}: cannot be opened again: {}", source_, failures.firstLineOr("unknown error")));
    const std::string dst = fmt::format("DST_SRS=EPSG:{}", projectSrid_);
    const char* options[] = {dst.c_str(), nullptr};
    h->transformer.reset(GDALCreateGenImgProjTransformer2(h->ds.get(), nullptr, const_cast<char**>(options)));
    if (!h->transformer)
        return fail(fmt::format("{}: cannot be transformed into EPSG:{}: {}", source_, projectSrid_,
                                failures.firstLineOr("no transformation")));
    return h;
}

Result<std::unique_ptr<BasemapSource>> BasemapSource::open(const std::string& source, int projectSrid) {
    registerGdalDrivers();
    if (source.empty()) return fail("no basemap given (a raster file or a tile URL)");
    if (projectSrid <= 0)
        return fail(fmt::format("{}: the project has no CRS yet; import its data before adding a basemap", source));
    std::unique_ptr<BasemapSource> s(new BasemapSource);
    s->source_ = source;
    s->projectSrid_ = projectSrid;
    s->bands_ = std::make_unique<Bands>();
    const bool url = isBasemapUrl(source);
    if (url && isTileTemplate(source)) {
        s->connection_ = xyzServiceXml(source);
    } else if (startsWithNoCase(source, "wmts:")) {
        s->connection_ = source;
    } else if (url && containsNoCase(source, "service=wmts")) {
        s->connection_ = "WMTS:" + source;
    } else if (url) {
        return fail(
            fmt::format("{}: a basemap URL must be an XYZ tile template with {{z}}, {{x}} and {{y}} "
                        "(e.g. http://t0.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
                        "&LAYER=img&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={{z}}&TILEROW={{y}}"
                        "&TILECOL={{x}}&tk=KEY) or a WMTS GetCapabilities URL",
                        source));
    } else {
        std::error_code ec;
        const std::filesystem::path path(source);
        if (!std::filesystem::exists(path, ec)) return fail(fmt::format("{}: file not found", source));
        if (std::filesystem::is_directory(path, ec))
            return fail(fmt::format("{}: is a folder, not a raster file", source));
        s->connection_ = source;
    }
    s->info_.remote = url;

    GdalFailures failures;
    DatasetPtr ds(GDALOpenEx(s->connection_.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds) {
        if (url)
            return fail(fmt::format("{}: the tile service cannot be opened: {}", source, failures.firstLineOr("no answer")));
        if (GDALDriverH vector = GDALIdentifyDriverEx(source.c_str(), GDAL_OF_VECTOR, nullptr, nullptr))
            return fail(fmt::format("{}: is a vector file ({}), not a raster; import it as a layer instead", source,
                                    GDALGetDriverShortName(vector)));
        return fail(
            fmt::format("{}: not a raster GDAL can read (a GeoTIFF, MBTiles, JPEG or PNG with a world file, "
                        "...){}",
                        source, failures.failed() ? ": " + failures.firstLineOr("") : std::string()));
    }
    const int bandCount = GDALGetRasterCount(ds.get());
    if (bandCount == 0) {
        const bool several = CSLCount(GDALGetMetadata(ds.get(), "SUBDATASETS")) > 0;
        return fail(fmt::format("{}: holds no raster bands{}", source,
                                several ? " (it holds several rasters: convert the one to show to GeoTIFF)" : ""));
    }
    OGRSpatialReferenceH srs = GDALGetSpatialRef(ds.get());
    if (!srs && GDALGetGCPCount(ds.get()) > 0) srs = GDALGetGCPSpatialRef(ds.get());
    if (!srs)
        return fail(
            fmt::format("{}: has no coordinate reference system; give it one (e.g. gdal_translate -a_srs "
                        "EPSG:4549 IN OUT.tif) and add it again",
                        source));
    std::array<double, 6> gt{};
    const bool georeferenced = GDALGetGeoTransform(ds.get(), gt.data()) == CE_None &&
                               !(gt[0] == 0 && gt[1] == 1 && gt[2] == 0 && gt[3] == 0 && gt[4] == 0 && gt[5] == 1);
    if (!georeferenced && GDALGetGCPCount(ds.get()) == 0)
        return fail(fmt::format("{}: is not georeferenced (no geotransform, world file or control points)", source));

    // Our own rule first: refuse ballpark datum shifts that would put the basemap tens of metres off.
    char* wkt = nullptr;
    const char* wktOptions[] = {"FORMAT=WKT2_2019", nullptr};
    OSRExportToWktEx(srs, &wkt, wktOptions);
    const std::string sourceWkt = wkt ? wkt : "";
    CPLFree(wkt);
    if (auto t = geo::Transformer::create(sourceWkt, projectSrid); !t)
        return fail(fmt::format("{}: {}", source, t.error().message));
    const char* crsName = OSRGetName(srs);
    s->info_.crsName = crsName ? crsName : "";

    GDALDriverH driver = GDALGetDatasetDriver(ds.get());
    s->info_.driver = driver ? GDALGetDriverShortName(driver) : "";
    s->info_.width = GDALGetRasterXSize(ds.get());
    s->info_.height = GDALGetRasterYSize(ds.get());
    GDALRasterBandH first = GDALGetRasterBand(ds.get(), 1);
    s->info_.overviews = GDALGetOverviewCount(first);

    // Which bands make the colour.
    Bands& b = *s->bands_;
    int red = 0, green = 0, blue = 0, gray = 0;
    for (int i = 1; i <= bandCount; ++i) {
        switch (GDALGetRasterColorInterpretation(GDALGetRasterBand(ds.get(), i))) {
            case GCI_RedBand:
                red = red ? red : i;
                break;
            case GCI_GreenBand:
                green = green ? green : i;
                break;
            case GCI_BlueBand:
                blue = blue ? blue : i;
                break;
            case GCI_AlphaBand:
                b.alpha = b.alpha ? b.alpha : i;
                break;
            case GCI_GrayIndex:
                gray = gray ? gray : i;
                break;
            default:
                break;
        }
    }
    GDALColorTableH table = GDALGetRasterColorTable(first);
    if (table && GDALGetRasterColorInterpretation(first) == GCI_PaletteIndex) {
        b.mode = Bands::Mode::Palette;
        b.colour = {1, 1, 1};
        b.palette.assign(256, 0);
        const int n = std::min(256, GDALGetColorEntryCount(table));
        for (int i = 0; i < n; ++i) {
            const GDALColorEntry* e = GDALGetColorEntry(table, i);
            b.palette[static_cast<size_t>(i)] = premultiplied(static_cast<uint32_t>(std::clamp<short>(e->c1, 0, 255)),
                                                              static_cast<uint32_t>(std::clamp<short>(e->c2, 0, 255)),
                                                              static_cast<uint32_t>(std::clamp<short>(e->c3, 0, 255)),
                                                              static_cast<uint32_t>(std::clamp<short>(e->c4, 0, 255)));
        }
    } else if (red && green && blue) {
        b.colour = {red, green, blue};
    } else if (bandCount >= 3 && !gray) {
        b.colour = {1, 2, 3};
        if (bandCount == 4 && !b.alpha) b.alpha = 4;
    } else {
        b.mode = Bands::Mode::Gray;
        const int g = gray ? gray : 1;
        b.colour = {g, g, g};
    }
    if (!b.alpha) {
        const int flags = GDALGetMaskFlags(GDALGetRasterBand(ds.get(), b.colour[0]));
        b.mask = (flags & GMF_ALL_VALID) == 0;
    }
    b.bytes = GDALGetRasterDataType(GDALGetRasterBand(ds.get(), b.colour[0])) == GDT_Byte;
    if (!b.bytes && b.mode != Bands::Mode::Palette) {
        // 16-bit or float imagery: stretched between each band's (approximate) minimum and maximum.
        for (size_t c = 0; c < 3; ++c) {
            double minmax[2] = {0, 255};
            GDALComputeRasterMinMax(GDALGetRasterBand(ds.get(), b.colour[c]), TRUE, minmax);
            b.low[c] = minmax[0];
            b.high[c] = minmax[1] > minmax[0] ? minmax[1] : minmax[0] + 1;
        }
    }

    auto handle = std::make_unique<Handle>();
    handle->ds = std::move(ds);
    const std::string dst = fmt::format("DST_SRS=EPSG:{}", projectSrid);
    const char* options[] = {dst.c_str(), nullptr};
    handle->transformer.reset(GDALCreateGenImgProjTransformer2(handle->ds.get(), nullptr, const_cast<char**>(options)));
    if (!handle->transformer)
        return fail(fmt::format("{}: cannot be transformed from {} into EPSG:{}: {}", source, s->info_.crsName,
                                projectSrid, failures.firstLineOr("no transformation")));

    // The footprint in the project CRS, from a grid of points over the raster (its edges bend
    // when the CRSs differ). A world-wide tile service has no useful footprint there.
    if (!url) {
        constexpr int kSteps = 16;
        std::vector<double> xs, ys, zs;
        for (int j = 0; j <= kSteps; ++j)
            for (int i = 0; i <= kSteps; ++i) {
                xs.push_back(s->info_.width * static_cast<double>(i) / kSteps);
                ys.push_back(s->info_.height * static_cast<double>(j) / kSteps);
            }
        zs.assign(xs.size(), 0);
        std::vector<int> ok(xs.size(), 0);
        GDALGenImgProjTransform(handle->transformer.get(), FALSE, static_cast<int>(xs.size()), xs.data(), ys.data(),
                                zs.data(), ok.data());
        for (size_t i = 0; i < xs.size(); ++i)
            if (ok[i] && std::isfinite(xs[i]) && std::isfinite(ys[i])) s->info_.extent.expand(geo::Point{xs[i], ys[i]});
        if (s->info_.extent.isEmpty())
            return fail(fmt::format("{}: lies outside the area EPSG:{} can show", source, projectSrid));
    }
    s->idle_.push_back(std::move(handle));
    return s;
}

Result<void> BasemapSource::probe() const {
    Lease lease(*this);
    auto h = lease.get();
    if (!h) return std::unexpected(h.error());
    GdalFailures failures;
    GDALRasterBandH band = GDALGetRasterBand((*h)->ds.get(), bands_->colour[0]);
    const int levels = GDALGetOverviewCount(band);
    if (levels > 0) band = GDALGetOverview(band, levels - 1);
    const int w = GDALGetRasterBandXSize(band), h2 = GDALGetRasterBandYSize(band);
    const int rw = std::min(w, 256), rh = std::min(h2, 256);
    std::vector<uint8_t> buffer(static_cast<size_t>(rw) * static_cast<size_t>(rh));
    if (GDALRasterIO(band, GF_Read, (w - rw) / 2, (h2 - rh) / 2, rw, rh, buffer.data(), rw, rh, GDT_Byte, 0, 0) !=
        CE_None) {
        if (info_.remote)
            return fail(fmt::format("{}: the tile service does not answer: {}", source_, failures.firstLineOr("no answer")));
        return fail(fmt::format("{}: cannot be read: {}", source_, failures.firstLineOr("the file is damaged")));
    }
    return {};
}

Result<bool> BasemapSource::read(const geo::Box& box, int width, int height, std::span<uint32_t> pixels,
                                 std::stop_token stop) const {
    if (width <= 0 || height <= 0 || box.isEmpty() ||
        pixels.size() < static_cast<size_t>(width) * static_cast<size_t>(height))
        return fail(fmt::format("{}: cannot draw into {}x{} pixels", source_, width, height));
    std::fill(pixels.begin(), pixels.end(), 0u);
    if (!info_.extent.isEmpty() && !info_.extent.intersects(box)) return false;
    Lease lease(*this);
    auto h = lease.get();
    if (!h) return std::unexpected(h.error());
    GdalFailures failures;

    // Where a coarse grid of output pixels lies in the raster (full-resolution pixel coordinates).
    constexpr int kStep = 16;
    const int nx = (width + kStep - 1) / kStep + 1, ny = (height + kStep - 1) / kStep + 1;
    const double resX = box.width() / width, resY = box.height() / height;
    std::vector<double> gx(static_cast<size_t>(nx) * ny), gy(gx.size()), gz(gx.size(), 0);
    std::vector<int> ok(gx.size(), 0);
    const auto nodeU = [&](int i) { return std::min(i * kStep, width); };
    const auto nodeV = [&](int j) { return std::min(j * kStep, height); };
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            gx[static_cast<size_t>(j) * nx + i] = box.minx + nodeU(i) * resX;
            gy[static_cast<size_t>(j) * nx + i] = box.maxy - nodeV(j) * resY;
        }
    GDALGenImgProjTransform((*h)->transformer.get(), TRUE, static_cast<int>(gx.size()), gx.data(), gy.data(), gz.data(),
                            ok.data());
    for (size_t i = 0; i < gx.size(); ++i) ok[i] = ok[i] && std::isfinite(gx[i]) && std::isfinite(gy[i]);

    // The raster window those pixels need, and how many raster pixels one output pixel spans.
    const double rasterW = info_.width, rasterH = info_.height;
    double minX = std::numeric_limits<double>::infinity(), minY = minX, maxX = -minX, maxY = -minX;
    double scale = std::numeric_limits<double>::infinity();
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            const size_t k = static_cast<size_t>(j) * nx + i;
            if (!ok[k]) continue;
            minX = std::min(minX, gx[k]), maxX = std::max(maxX, gx[k]);
            minY = std::min(minY, gy[k]), maxY = std::max(maxY, gy[k]);
            if (i + 1 < nx && ok[k + 1] && nodeU(i + 1) > nodeU(i))
                scale = std::min(scale, std::hypot(gx[k + 1] - gx[k], gy[k + 1] - gy[k]) / (nodeU(i + 1) - nodeU(i)));
            if (j + 1 < ny && ok[k + nx] && nodeV(j + 1) > nodeV(j))
                scale = std::min(scale, std::hypot(gx[k + nx] - gx[k], gy[k + nx] - gy[k]) / (nodeV(j + 1) - nodeV(j)));
        }
    if (!(minX <= maxX)) return false;
    const int x0 = static_cast<int>(std::clamp(std::floor(minX) - 1, 0.0, rasterW));
    const int y0 = static_cast<int>(std::clamp(std::floor(minY) - 1, 0.0, rasterH));
    const int x1 = static_cast<int>(std::clamp(std::ceil(maxX) + 1, 0.0, rasterW));
    const int y1 = static_cast<int>(std::clamp(std::ceil(maxY) + 1, 0.0, rasterH));
    if (x1 <= x0 || y1 <= y0) return false;
    const int winW = x1 - x0, winH = y1 - y0;
    // Read at about the output's resolution: GDAL picks the overview for that size itself. Never
    // more than a few times the output, whatever the distortion.
    const double shrink =
        std::max({1.0, std::isfinite(scale) ? scale : 1.0, static_cast<double>(winW) / (4.0 * width + 4),
                  static_cast<double>(winH) / (4.0 * height + 4)});
    const int bufW = std::max(1, static_cast<int>(std::ceil(winW / shrink)));
    const int bufH = std::max(1, static_cast<int>(std::ceil(winH / shrink)));

    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    extra.eResampleAlg = shrink > 1 ? GRIORA_Average : GRIORA_NearestNeighbour;
    extra.pfnProgress = keepGoing;
    extra.pProgressData = &stop;
    const size_t area = static_cast<size_t>(bufW) * static_cast<size_t>(bufH);
    const Bands& b = *bands_;
    const auto readBand = [&](GDALRasterBandH band, GDALDataType type, void* out) {
        return GDALRasterIOEx(band, GF_Read, x0, y0, winW, winH, out, bufW, bufH, type, 0, 0, &extra) == CE_None;
    };
    const auto failed = [&]() -> Result<bool> {
        if (stop.stop_requested()) return false;
        return fail(fmt::format("{}: {}", source_, failures.firstLineOr("cannot be read")));
    };
    // Channels as bytes, then packed into premultiplied ARGB.
    std::array<std::vector<uint8_t>, 4> plane;
    const int channels = b.mode == Bands::Mode::Rgb ? 3 : 1;
    for (int c = 0; c < channels; ++c) {
        plane[static_cast<size_t>(c)].resize(area);
        GDALRasterBandH band = GDALGetRasterBand((*h)->ds.get(), b.colour[static_cast<size_t>(c)]);
        if (b.bytes || b.mode == Bands::Mode::Palette) {
            if (!readBand(band, GDT_Byte, plane[static_cast<size_t>(c)].data())) return failed();
        } else {
            std::vector<float> values(area);
            if (!readBand(band, GDT_Float32, values.data())) return failed();
            const double lo = b.low[static_cast<size_t>(c)], k = 255 / (b.high[static_cast<size_t>(c)] - lo);
            for (size_t i = 0; i < area; ++i)
                plane[static_cast<size_t>(c)][i] = static_cast<uint8_t>(std::clamp((values[i] - lo) * k, 0.0, 255.0));
        }
        if (stop.stop_requested()) return false;
    }
    if (b.alpha || b.mask) {
        plane[3].resize(area);
        GDALRasterBandH colour = GDALGetRasterBand((*h)->ds.get(), b.colour[0]);
        GDALRasterBandH alpha = b.alpha ? GDALGetRasterBand((*h)->ds.get(), b.alpha) : GDALGetMaskBand(colour);
        if (!readBand(alpha, GDT_Byte, plane[3].data())) return failed();
    }
    std::vector<uint32_t> image(area);
    for (size_t i = 0; i < area; ++i) {
        const uint32_t a = plane[3].empty() ? 255u : plane[3][i];
        if (b.mode == Bands::Mode::Palette) {
            const uint32_t p = b.palette[plane[0][i]];
            image[i] = a == 255 ? p : premultiplied((p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF, ((p >> 24) * a) / 255);
        } else if (b.mode == Bands::Mode::Gray) {
            image[i] = premultiplied(plane[0][i], plane[0][i], plane[0][i], a);
        } else {
            image[i] = premultiplied(plane[0][i], plane[1][i], plane[2][i], a);
        }
    }

    // Each output pixel: its raster position interpolated from the grid, sampled bilinearly.
    const double toBufX = bufW / static_cast<double>(winW), toBufY = bufH / static_cast<double>(winH);
    std::vector<double> rowX(static_cast<size_t>(nx)), rowY(static_cast<size_t>(nx));
    std::vector<char> rowOk(static_cast<size_t>(nx));
    for (int y = 0; y < height; ++y) {
        if ((y & 63) == 0 && stop.stop_requested()) return false;
        const double v = y + 0.5;
        const int j = std::min(static_cast<int>(v) / kStep, ny - 2);
        const double fy = (v - nodeV(j)) / std::max(1, nodeV(j + 1) - nodeV(j));
        for (int i = 0; i < nx; ++i) {
            const size_t a = static_cast<size_t>(j) * nx + i, c = a + nx;
            rowOk[static_cast<size_t>(i)] = ok[a] && ok[c];
            rowX[static_cast<size_t>(i)] = gx[a] + (gx[c] - gx[a]) * fy;
            rowY[static_cast<size_t>(i)] = gy[a] + (gy[c] - gy[a]) * fy;
        }
        uint32_t* out = pixels.data() + static_cast<size_t>(y) * width;
        for (int i = 0; i + 1 < nx; ++i) {
            const int u0 = nodeU(i), u1 = nodeU(i + 1);
            if (!rowOk[static_cast<size_t>(i)] || !rowOk[static_cast<size_t>(i) + 1]) continue;
            const double sx0 = rowX[static_cast<size_t>(i)], sy0 = rowY[static_cast<size_t>(i)];
            const double dsx = (rowX[static_cast<size_t>(i) + 1] - sx0) / (u1 - u0);
            const double dsy = (rowY[static_cast<size_t>(i) + 1] - sy0) / (u1 - u0);
            for (int x = u0; x < u1; ++x) {
                const double sx = sx0 + dsx * (x + 0.5 - u0), sy = sy0 + dsy * (x + 0.5 - u0);
                if (sx < 0 || sy < 0 || sx >= rasterW || sy >= rasterH) continue;
                const double bx = (sx - x0) * toBufX - 0.5, by = (sy - y0) * toBufY - 0.5;
                const int ix = static_cast<int>(std::floor(bx)), iy = static_cast<int>(std::floor(by));
                const auto wx = static_cast<uint32_t>((bx - ix) * 256), wy = static_cast<uint32_t>((by - iy) * 256);
                const int xa = std::clamp(ix, 0, bufW - 1), xb = std::clamp(ix + 1, 0, bufW - 1);
                const int ya = std::clamp(iy, 0, bufH - 1), yb = std::clamp(iy + 1, 0, bufH - 1);
                const uint32_t* ra = image.data() + static_cast<size_t>(ya) * bufW;
                const uint32_t* rb = image.data() + static_cast<size_t>(yb) * bufW;
                out[x] = blend4(ra[xa], ra[xb], rb[xa], rb[xb], wx, wy);
            }
        }
    }
    return true;
}

}  // namespace ga::io
