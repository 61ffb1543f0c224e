#include "io/gdal.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <fmt/format.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <utility>

#include "geo/wkb.h"
#include "io/gdal_session.h"

namespace ga::io {
namespace {

// Sets thread-local GDAL configuration options and restores the earlier values on destruction.
class ScopedConfig {
public:
    void set(const char* key, const char* value) {
        const char* old = CPLGetThreadLocalConfigOption(key, nullptr);
        saved_.emplace_back(key, old ? std::optional<std::string>(old) : std::nullopt);
        CPLSetThreadLocalConfigOption(key, value);
    }
    ~ScopedConfig() {
        for (auto it = saved_.rbegin(); it != saved_.rend(); ++it)
            CPLSetThreadLocalConfigOption(it->first, it->second ? it->second->c_str() : nullptr);
    }

private:
    std::vector<std::pair<const char*, std::optional<std::string>>> saved_;
};

struct FeatureDeleter {
    void operator()(OGRFeatureH f) const { OGR_F_Destroy(f); }
};
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDeleter>;

struct GeometryDeleter {
    void operator()(OGRGeometryH g) const { OGR_G_DestroyGeometry(g); }
};
using GeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDeleter>;

struct SrsDeleter {
    void operator()(OGRSpatialReferenceH s) const { OSRRelease(s); }
};
using SrsPtr = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsDeleter>;

// A null-terminated "KEY=VALUE" list for GDAL calls, owning its strings.
class OptionList {
public:
    explicit OptionList(std::span<const std::string> options) : strings_(options.begin(), options.end()) {
        for (auto& s : strings_) pointers_.push_back(s.data());
        pointers_.push_back(nullptr);
    }
    char** get() { return pointers_.data(); }

private:
    std::vector<std::string> strings_;
    std::vector<char*> pointers_;
};

std::optional<geo::GeomType> toGeomType(OGRwkbGeometryType t) {
    switch (wkbFlatten(t)) {
        case wkbPoint:
            return geo::GeomType::Point;
        case wkbLineString:
            return geo::GeomType::LineString;
        case wkbPolygon:
            return geo::GeomType::Polygon;
        case wkbMultiPoint:
            return geo::GeomType::MultiPoint;
        case wkbMultiLineString:
            return geo::GeomType::MultiLineString;
        case wkbMultiPolygon:
            return geo::GeomType::MultiPolygon;
        case wkbCircularString:
        case wkbCompoundCurve:
            return geo::GeomType::LineString;
        case wkbCurvePolygon:
            return geo::GeomType::Polygon;
        case wkbMultiCurve:
            return geo::GeomType::MultiLineString;
        case wkbMultiSurface:
            return geo::GeomType::MultiPolygon;
        default:
            return std::nullopt;
    }
}

OGRwkbGeometryType toOgrType(geo::GeomType t) {
    switch (t) {
        case geo::GeomType::Point:
            return wkbPoint;
        case geo::GeomType::LineString:
            return wkbLineString;
        case geo::GeomType::Polygon:
            return wkbPolygon;
        case geo::GeomType::MultiPoint:
            return wkbMultiPoint;
        case geo::GeomType::MultiLineString:
            return wkbMultiLineString;
        case geo::GeomType::MultiPolygon:
            return wkbMultiPolygon;
    }
    return wkbUnknown;
}

// Brings a geometry into what geo::Geometry holds: 2-D, no curves, and a collection of one
// dimension as its multi type. Returns the geometry to export (`g` itself or `owned`).
OGRGeometryH simplified(OGRGeometryH g, GeometryPtr& owned) {
    if (OGR_G_HasCurveGeometry(g, TRUE)) {
        owned.reset(OGR_G_GetLinearGeometry(g, 0, nullptr));
        if (owned) g = owned.get();
    }
    if (wkbFlatten(OGR_G_GetGeometryType(g)) == wkbGeometryCollection) {
        const int n = OGR_G_GetGeometryCount(g);
        int polygons = 0, lines = 0, points = 0;
        for (int i = 0; i < n; ++i) {
            const auto t = wkbFlatten(OGR_G_GetGeometryType(OGR_G_GetGeometryRef(g, i)));
            polygons += t == wkbPolygon || t == wkbMultiPolygon;
            lines += t == wkbLineString || t == wkbMultiLineString;
            points += t == wkbPoint || t == wkbMultiPoint;
        }
        GeometryPtr copy(owned ? owned.release() : OGR_G_Clone(g));
        if (n > 0 && polygons == n)
            owned.reset(OGR_G_ForceToMultiPolygon(copy.release()));
        else if (n > 0 && lines == n)
            owned.reset(OGR_G_ForceToMultiLineString(copy.release()));
        else if (n > 0 && points == n)
            owned.reset(OGR_G_ForceToMultiPoint(copy.release()));
        else
            owned = std::move(copy);
        g = owned.get();
    }
    if (OGR_G_Is3D(g) || OGR_G_IsMeasured(g)) {
        if (!owned) {
            owned.reset(OGR_G_Clone(g));
            g = owned.get();
        }
        OGR_G_FlattenTo2D(g);
    }
    return g;
}

void exportWkb(OGRGeometryH g, std::vector<uint8_t>& out) {
    GeometryPtr owned;
    OGRGeometryH h = simplified(g, owned);
    out.resize(static_cast<size_t>(OGR_G_WkbSize(h)));
    OGR_G_ExportToIsoWkb(h, wkbNDR, out.data());
}

void assign(std::optional<std::string>& slot, const char* text) {
    if (slot)
        slot->assign(text);
    else
        slot.emplace(text);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// VectorSource

struct VectorSource::Impl {
    ScopedConfig config;  // declared first: restored after the dataset is closed
    GDALDatasetH ds = nullptr;
    std::string display;
    std::string driver;
    std::vector<SourceLayer> layers;
    OGRLayerH layer = nullptr;
    bool interleaved = false;  // OSM: features of all layers come in one stream

    ~Impl() {
        if (ds) {
            GdalFailures quiet;
            GDALClose(ds);
        }
    }
};

VectorSource::VectorSource() : impl_(std::make_unique<Impl>()) {}
VectorSource::VectorSource(VectorSource&&) noexcept = default;
VectorSource& VectorSource::operator=(VectorSource&&) noexcept = default;
VectorSource::~VectorSource() = default;

Result<VectorSource> VectorSource::open(const std::string& path, const std::string& displayName) {
    registerGdalDrivers();
    VectorSource s;
    Impl& m = *s.impl_;
    m.display = displayName;
    // Spreadsheets: the header row is found by the importer, so GDAL must take row 1 as names
    // and must not guess cell types (an ID number or a phone would turn into a float).
    m.config.set("OGR_XLSX_HEADERS", "FORCE");
    m.config.set("OGR_XLSX_FIELD_TYPES", "STRING");
    m.config.set("OGR_ODS_HEADERS", "FORCE");
    m.config.set("OGR_ODS_FIELD_TYPES", "STRING");

    GdalFailures capture;
    GDALDriverH identified = GDALIdentifyDriverEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr);
    if (!identified)
        return fail(fmt::format("{}: not a vector file GDAL can read{}", displayName,
                                capture.failed() ? " (" + capture.failure() + ")" : std::string()));
    const std::string driver = GDALGetDriverShortName(identified);
    std::vector<std::string> openOptions;
    // DBF text comes back raw: the importer honours .cpg and detects GBK itself.
    if (driver == "ESRI Shapefile") openOptions.emplace_back("ENCODING=");
    OptionList options(openOptions);
    const char* allowed[] = {driver.c_str(), nullptr};
    m.ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, allowed, options.get(), nullptr);
    if (!m.ds)
        return fail(fmt::format("{}: cannot be read as {}: {}", displayName, driver,
                                capture.failureOr("the file is damaged or incomplete")));
    m.driver = driver;
    m.interleaved = driver == "OSM";
    const int n = GDALDatasetGetLayerCount(m.ds);
    for (int i = 0; i < n; ++i) {
        OGRLayerH l = GDALDatasetGetLayer(m.ds, i);
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(l);
        SourceLayer info;
        info.name = OGR_L_GetName(l);
        info.hasGeometryField = OGR_FD_GetGeomFieldCount(defn) > 0;
        if (info.hasGeometryField) info.declaredType = toGeomType(OGR_L_GetGeomType(l));
        info.featureCount = m.interleaved ? -1 : OGR_L_GetFeatureCount(l, FALSE);
        m.layers.push_back(std::move(info));
    }
    if (capture.failed())
        return fail(fmt::format("{}: cannot be read as {}: {}", displayName, driver, capture.failure()));
    return s;
}

const std::string& VectorSource::driver() const { return impl_->driver; }
const std::vector<SourceLayer>& VectorSource::layers() const { return impl_->layers; }

Result<void> VectorSource::selectLayer(size_t index) {
    if (index >= impl_->layers.size()) return fail(fmt::format("{}: there is no layer {}", impl_->display, index));
    impl_->layer = GDALDatasetGetLayer(impl_->ds, static_cast<int>(index));
    rewind();
    return {};
}

std::vector<std::string> VectorSource::fieldNames() const {
    std::vector<std::string> names;
    if (!impl_->layer) return names;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(impl_->layer);
    const int n = OGR_FD_GetFieldCount(defn);
    for (int i = 0; i < n; ++i) names.emplace_back(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
    return names;
}

Result<std::optional<SourceCrs>> VectorSource::crs() const {
    if (!impl_->layer) return std::optional<SourceCrs>{};
    GdalFailures capture;
    OGRSpatialReferenceH ref = OGR_L_GetSpatialRef(impl_->layer);
    if (!ref) return std::optional<SourceCrs>{};
    SrsPtr srs(OSRClone(ref));
    SourceCrs out;
    if (const char* name = OSRGetName(srs.get())) out.name = name;
    out.geographic = OSRIsGeographic(srs.get()) != 0;
    const char* authority = OSRGetAuthorityName(srs.get(), nullptr);
    const char* code = OSRGetAuthorityCode(srs.get(), nullptr);
    if (authority && code && EQUAL(authority, "EPSG")) {
        out.definition = fmt::format("EPSG:{}", code);
        return std::optional<SourceCrs>(std::move(out));
    }
    // An ESRI .prj has no authority; a single confident match names the EPSG code.
    int matches = 0;
    int* confidence = nullptr;
    OGRSpatialReferenceH* found = OSRFindMatches(srs.get(), nullptr, &matches, &confidence);
    if (found && matches >= 1 && confidence[0] >= 90) {
        const char* a = OSRGetAuthorityName(found[0], nullptr);
        const char* c = OSRGetAuthorityCode(found[0], nullptr);
        if (a && c && EQUAL(a, "EPSG")) out.definition = fmt::format("EPSG:{}", c);
    }
    OSRFreeSRSArray(found);
    CPLFree(confidence);
    if (out.definition.empty()) {
        char* wkt = nullptr;
        const char* wktOptions[] = {"FORMAT=WKT2_2019", nullptr};
        if (OSRExportToWktEx(srs.get(), &wkt, wktOptions) != OGRERR_NONE || !wkt) {
            CPLFree(wkt);
            return fail(fmt::format("{}: its coordinate reference system '{}' cannot be read{}", impl_->display,
                                    out.name, capture.failed() ? ": " + capture.failure() : std::string()));
        }
        out.definition = wkt;
        CPLFree(wkt);
    }
    return std::optional<SourceCrs>(std::move(out));
}

geo::Box VectorSource::extent() const {
    geo::Box box;
    if (!impl_->layer || impl_->interleaved) return box;
    GdalFailures quiet;
    OGREnvelope env;
    if (OGR_L_GetExtent(impl_->layer, &env, TRUE) == OGRERR_NONE) {
        box.expand(geo::Point{env.MinX, env.MinY});
        box.expand(geo::Point{env.MaxX, env.MaxY});
    }
    return box;
}

Result<bool> VectorSource::next(SourceFeature& f) {
    Impl& m = *impl_;
    if (!m.layer) return fail(fmt::format("{}: no layer selected", m.display));
    GdalFailures capture;
    FeaturePtr feature;
    if (m.interleaved) {
        for (;;) {
            OGRLayerH from = nullptr;
            feature.reset(GDALDatasetGetNextFeature(m.ds, &from, nullptr, nullptr, nullptr));
            if (!feature || from == m.layer) break;
        }
    } else {
        feature.reset(OGR_L_GetNextFeature(m.layer));
    }
    if (capture.failed()) {
        const std::string where = feature ? fmt::format("feature {}", OGR_F_GetFID(feature.get()))
                                          : std::string("after the last feature read");
        return fail(fmt::format("{}: {}: {} (is the file truncated or damaged?)", m.display, where, capture.failure()));
    }
    if (!feature) return false;
    f.fid = OGR_F_GetFID(feature.get());
    const int n = OGR_F_GetFieldCount(feature.get());
    f.values.resize(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        auto& slot = f.values[static_cast<size_t>(i)];
        if (OGR_F_IsFieldSetAndNotNull(feature.get(), i))
            assign(slot, OGR_F_GetFieldAsString(feature.get(), i));
        else
            slot.reset();
    }
    OGRGeometryH g = OGR_F_GetGeometryRef(feature.get());
    if (g && !OGR_G_IsEmpty(g))
        exportWkb(g, f.wkb);
    else
        f.wkb.clear();
    return true;
}

void VectorSource::rewind() {
    if (impl_->interleaved)
        GDALDatasetResetReading(impl_->ds);
    else if (impl_->layer)
        OGR_L_ResetReading(impl_->layer);
}

// ---------------------------------------------------------------------------------------------
// VectorSink

struct VectorSink::Impl {
    GDALDatasetH ds = nullptr;
    OGRLayerH layer = nullptr;
    std::string path;
    bool inTransaction = false;
    std::vector<int> fieldIndex;  // per SinkSpec field: its index in the layer (KML adds its own first)
    std::vector<uint8_t> wkb;

    ~Impl() {
        if (ds) {
            GdalFailures quiet;
            GDALClose(ds);
        }
    }
};

VectorSink::VectorSink() : impl_(std::make_unique<Impl>()) {}
VectorSink::VectorSink(VectorSink&&) noexcept = default;
VectorSink& VectorSink::operator=(VectorSink&&) noexcept = default;
VectorSink::~VectorSink() = default;

Result<VectorSink> VectorSink::create(const std::string& path, const SinkSpec& spec) {
    registerGdalDrivers();
    GdalFailures capture;
    GDALDriverH driver = GDALGetDriverByName(spec.driver.c_str());
    if (!driver) return fail(fmt::format("{}: GDAL has no {} driver here", path, spec.driver));
    VectorSink s;
    Impl& m = *s.impl_;
    m.path = path;
    OptionList dsOptions(spec.datasetOptions);
    m.ds = GDALCreate(driver, path.c_str(), 0, 0, 0, GDT_Unknown, dsOptions.get());
    if (!m.ds) return fail(fmt::format("{}: cannot create: {}", path, capture.failureOr("unknown error")));
    SrsPtr srs;
    if (spec.epsg > 0) {
        srs.reset(OSRNewSpatialReference(nullptr));
        if (OSRImportFromEPSG(srs.get(), spec.epsg) != OGRERR_NONE)
            return fail(fmt::format("{}: EPSG:{} is not a CRS GDAL knows", path, spec.epsg));
        OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    }
    OptionList layerOptions(spec.layerOptions);
    m.layer = GDALDatasetCreateLayer(m.ds, spec.layerName.c_str(), srs.get(),
                                     !spec.hasGeometry   ? wkbNone
                                     : spec.geometryType ? toOgrType(*spec.geometryType)
                                                         : wkbUnknown,
                                     layerOptions.get());
    if (!m.layer)
        return fail(
            fmt::format("{}: cannot create layer {}: {}", path, spec.layerName, capture.failureOr("unknown error")));
    for (const SinkField& field : spec.fields) {
        const OGRFieldType type = field.type == SinkFieldType::Integer ? OFTInteger64
                                  : field.type == SinkFieldType::Real  ? OFTReal
                                                                       : OFTString;
        OGRFieldDefnH defn = OGR_Fld_Create(field.name.c_str(), type);
        const OGRErr err = OGR_L_CreateField(m.layer, defn, FALSE);
        OGR_Fld_Destroy(defn);
        if (err != OGRERR_NONE)
            return fail(
                fmt::format("{}: cannot create field {}: {}", path, field.name, capture.failureOr("unknown error")));
        // A driver may map a field onto one of its own (KML's NameField): find it by name.
        OGRFeatureDefnH layerDefn = OGR_L_GetLayerDefn(m.layer);
        int index = OGR_FD_GetFieldIndex(layerDefn, field.name.c_str());
        if (index < 0) index = OGR_FD_GetFieldCount(layerDefn) - 1;
        m.fieldIndex.push_back(index);
    }
    m.inTransaction = GDALDatasetStartTransaction(m.ds, FALSE) == OGRERR_NONE;
    if (capture.failed() && !m.inTransaction) CPLErrorReset();
    return s;
}

Result<void> VectorSink::write(std::span<const std::optional<std::string>> values, const geo::Geometry* geometry) {
    Impl& m = *impl_;
    GdalFailures capture;
    FeaturePtr f(OGR_F_Create(OGR_L_GetLayerDefn(m.layer)));
    for (size_t i = 0; i < m.fieldIndex.size() && i < values.size(); ++i) {
        const int index = m.fieldIndex[i];
        if (values[i])
            OGR_F_SetFieldString(f.get(), index, values[i]->c_str());
        else
            OGR_F_SetFieldNull(f.get(), index);
    }
    if (geometry && !geometry->isEmpty()) {
        m.wkb = geo::toWkb(*geometry);
        OGRGeometryH g = nullptr;
        if (OGR_G_CreateFromWkb(m.wkb.data(), nullptr, &g, static_cast<int>(m.wkb.size())) != OGRERR_NONE)
            return fail(fmt::format("{}: a geometry could not be converted for writing", m.path));
        OGR_F_SetGeometryDirectly(f.get(), g);
    }
    if (OGR_L_CreateFeature(m.layer, f.get()) != OGRERR_NONE || capture.failed())
        return fail(fmt::format("{}: writing a feature failed: {}", m.path, capture.failureOr("unknown error")));
    return {};
}

Result<void> VectorSink::close() {
    Impl& m = *impl_;
    if (!m.ds) return {};
    GdalFailures capture;
    if (m.inTransaction && GDALDatasetCommitTransaction(m.ds) != OGRERR_NONE)
        return fail(fmt::format("{}: finishing the file failed: {}", m.path, capture.failureOr("unknown error")));
    GDALClose(std::exchange(m.ds, nullptr));
    m.layer = nullptr;
    if (capture.failed()) return fail(fmt::format("{}: closing the file failed: {}", m.path, capture.failure()));
    return {};
}

Result<geo::Geometry> geometryFromWkt(std::string_view wkt) {
    registerGdalDrivers();
    GdalFailures capture;
    std::string text(wkt);
    char* cursor = text.data();
    OGRGeometryH raw = nullptr;
    if (OGR_G_CreateFromWkt(&cursor, nullptr, &raw) != OGRERR_NONE || !raw) {
        if (raw) OGR_G_DestroyGeometry(raw);
        const std::string shown = text.size() > 40 ? text.substr(0, 40) + "…" : text;
        return fail(fmt::format("'{}' is not WKT geometry", shown));
    }
    GeometryPtr g(raw);
    if (OGR_G_IsEmpty(g.get())) return geo::Geometry{};
    std::vector<uint8_t> wkb;
    exportWkb(g.get(), wkb);
    return geo::fromWkb(wkb);
}

}  // namespace ga::io
