#include "io/import_source.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "geo/wkb.h"
#include "io/csv_layout.h"
#include "io/value_parsing.h"

namespace ga::io {
namespace {

namespace fs = std::filesystem;

// How many rows a sheet may have above its header (titles, notes, blank rows).
constexpr int kMaxTitleRows = 20;
// How many rows are looked at to detect a DBF's encoding and to estimate an extent.
constexpr int kSampleRows = 2000;

std::string lowerExtension(const std::string& file) {
    std::string ext = fs::path(file).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

bool siblingExists(const std::string& file, std::string_view ext) {
    fs::path p(file);
    std::string upper(ext);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::error_code ec;
    return fs::exists(fs::path(p).replace_extension(std::string(ext)), ec) ||
           fs::exists(fs::path(p).replace_extension(upper), ec);
}

bool isSpreadsheet(const std::string& driver) { return driver == "XLSX" || driver == "ODS" || driver == "XLS"; }

bool isBlank(const Record& r) {
    if (!r.wkb.empty()) return false;
    return std::all_of(r.cells.begin(), r.cells.end(), [](const auto& c) { return !c || trimmed(*c).empty(); });
}

std::string listNames(const std::vector<SourceLayer>& layers) {
    std::string s;
    for (const auto& l : layers) s += fmt::format("{}{}", s.empty() ? "" : ", ", l.name);
    return s;
}

// The OSM driver's layer for a target geometry.
std::string_view osmLayerFor(store::GeometryKind k) {
    switch (k) {
        case store::GeometryKind::MultiPolygon:
            return "multipolygons";
        case store::GeometryKind::MultiLineString:
            return "lines";
        default:
            return "points";
    }
}

bool compatible(store::GeometryKind k, const SourceLayer& l) {
    if (!l.hasGeometryField) return k == store::GeometryKind::None;
    if (!l.declaredType) return true;
    return store::acceptsGeometry(k, *l.declaredType) ||
           (k == store::GeometryKind::MultiPolygon && geo::isLineal(*l.declaredType));  // CAD outlines
}

// Field names and the text of the first rows, one per line, then back to the first row.
Result<std::string> sampleText(VectorSource& source) {
    std::string sample;
    for (const auto& n : source.fieldNames()) sample += n + '\n';
    SourceFeature f;
    for (int row = 0; row < kSampleRows; ++row) {
        auto more = source.next(f);
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        for (const auto& v : f.values)
            if (v) sample += *v + '\n';
    }
    source.rewind();
    return sample;
}

}  // namespace

Result<ImportSource> ImportSource::open(const std::string& file, const store::LayerDef& def,
                                        const SourceChoice& choice) {
    std::error_code ec;
    if (!fs::exists(file, ec)) return fail(fmt::format("{}: no such file", file));
    if (fs::is_regular_file(file, ec) && fs::file_size(file, ec) == 0)
        return fail(fmt::format("{}: the file is empty", file));
    const std::string ext = lowerExtension(file);
    if (ext == ".shp") {
        std::string missing;
        for (std::string_view sib : {".shx", ".dbf"})
            if (!siblingExists(file, sib)) missing += fmt::format("{}{}", missing.empty() ? "" : " and ", sib);
        if (!missing.empty())
            return fail(fmt::format("{}: a shapefile needs its {} beside it (same name); copy all its files together",
                                    file, missing));
    }

    // CSV: the encoding and the header line are found before GDAL reads it, so title lines
    // above the header do not become the column names.
    std::string openPath = file;
    std::string encoding;
    std::string encodingSource;
    int csvHeaderLine = 1;
    const bool csv = ext == ".csv" || ext == ".tsv" || ext == ".txt";
    if (csv) {
        auto layout = inspectCsv(file, choice.encoding, [&](const std::vector<std::string>& cells) {
            return looksLikeHeader(cells, def, choice.overrides);
        });
        if (!layout) return std::unexpected(layout.error());
        encoding = layout->encoding;
        encodingSource = choice.encoding.empty() ? "detected" : "--encoding";
        csvHeaderLine = layout->headerLine;
        if (layout->headerOffset > 0) openPath = fmt::format("/vsisubfile/{}_0,{}", layout->headerOffset, file);
    }

    auto vs = VectorSource::open(openPath, file);
    if (!vs) return std::unexpected(vs.error());
    if (vs->layers().empty()) return fail(fmt::format("{}: the file holds no layers", file));
    const std::string driver = vs->driver();
    const bool shapefile = driver == "ESRI Shapefile";
    if (!csv && !shapefile) {
        encoding = "UTF-8";
        encodingSource = choice.encoding.empty() ? "the format's own" : "the format's own; --encoding ignored";
    }
    if (shapefile) {
        if (!choice.encoding.empty()) {
            encoding = choice.encoding;
            encodingSource = "--encoding";
        } else {
            auto cpg = encodingFromCpg(file);
            if (!cpg) return std::unexpected(cpg.error());
            if (*cpg) {
                encoding = **cpg;
                encodingSource = ".cpg";
            }
        }
    }
    auto decoder = TextDecoder::create(encoding.empty() ? "UTF-8" : encoding);
    if (!decoder) return fail(fmt::format("{}: {}", file, decoder.error().message));

    ImportSource s(std::move(*vs), std::move(*decoder));
    s.file_ = file;
    s.csvHeaderLine_ = csvHeaderLine;
    s.places_ = csv ? Places::Lines : isSpreadsheet(driver) ? Places::Rows : Places::Features;
    const auto& layers = s.source_.layers();

    // Which layer or sheet.
    std::optional<size_t> chosen;
    if (!choice.sheet.empty()) {
        for (size_t i = 0; i < layers.size() && !chosen; ++i)
            if (layers[i].name == choice.sheet) chosen = i;
        if (!chosen)
            return fail(
                fmt::format("{}: there is no layer or sheet '{}' (it has: {})", file, choice.sheet, listNames(layers)));
    } else if (layers.size() == 1) {
        chosen = 0;
    } else if (driver == "OSM") {
        for (size_t i = 0; i < layers.size() && !chosen; ++i)
            if (layers[i].name == osmLayerFor(def.geometry)) chosen = i;
    } else {
        std::vector<size_t> candidates;
        for (size_t i = 0; i < layers.size(); ++i)
            if (layers[i].name == def.name || layers[i].name == def.label) candidates = {i};
        if (candidates.empty()) {
            for (size_t i = 0; i < layers.size(); ++i) {
                if (isSpreadsheet(driver)) {
                    // A sheet qualifies when a header row is found in its first rows.
                    if (auto r = s.source_.selectLayer(i); !r) return std::unexpected(r.error());
                    bool header = looksLikeHeader(s.source_.fieldNames(), def, choice.overrides);
                    SourceFeature f;
                    for (int row = 0; row < kMaxTitleRows && !header; ++row) {
                        auto more = s.source_.next(f);
                        if (!more) return std::unexpected(more.error());
                        if (!*more) break;
                        std::vector<std::string> cells;
                        for (const auto& v : f.values) cells.push_back(v.value_or(""));
                        header = looksLikeHeader(cells, def, choice.overrides);
                    }
                    if (header) candidates.push_back(i);
                } else if (compatible(def.geometry, layers[i])) {
                    candidates.push_back(i);
                }
            }
        }
        if (candidates.size() == 1)
            chosen = candidates.front();
        else if (candidates.empty())
            return fail(fmt::format("{}: none of its layers or sheets ({}) looks like {}; pick one with --sheet", file,
                                    listNames(layers), def.name));
        else
            return fail(fmt::format("{}: several layers or sheets could be {} ({}); pick one with --sheet", file,
                                    def.name, listNames(layers)));
    }
    if (!chosen) return fail(fmt::format("{}: no layer for {} among {}", file, def.name, listNames(layers)));
    if (auto r = s.source_.selectLayer(*chosen); !r) return std::unexpected(r.error());
    const SourceLayer& layer = layers[*chosen];
    s.layerName_ = layer.name;
    s.hasGeometryField_ = layer.hasGeometryField;
    s.declaredType_ = layer.declaredType;
    s.featureCount_ = layer.featureCount;

    // DBF text: without .cpg the encoding is judged on a sample of it, with one the sample must fit.
    if (shapefile) {
        auto sample = sampleText(s.source_);
        if (!sample) return std::unexpected(sample.error());
        if (encoding.empty()) {
            auto detected = TextDecoder::create(guessEncoding(*sample));
            if (!detected) return std::unexpected(detected.error());
            s.decoder_ = std::move(*detected);
            encodingSource = "detected";
        } else if (auto fits = checkEncodingFits(*sample, s.decoder_.encoding()); !fits) {
            return fail(fmt::format("{}: {} ({})", file, fits.error().message, encodingSource));
        }
    }
    s.encodingSource_ = encodingSource;

    // Column names, and in a sheet the header row below any title rows.
    for (const std::string& name : s.source_.fieldNames()) {
        std::string decoded;
        if (!s.decoder_.decode(name, decoded))
            return fail(fmt::format("{}: the column names are not valid {} text; give --encoding", file,
                                    s.decoder_.encoding()));
        s.headers_.push_back(std::move(decoded));
    }
    if (isSpreadsheet(driver) && !looksLikeHeader(s.headers_, def, choice.overrides)) {
        Record r;
        for (int row = 0; row < kMaxTitleRows; ++row) {
            auto more = s.readRaw(r);
            if (!more) return std::unexpected(more.error());
            if (!*more) break;
            std::vector<std::string> cells;
            for (const auto& c : r.cells) cells.push_back(c.value_or(""));
            if (looksLikeHeader(cells, def, choice.overrides)) {
                for (size_t i = 0; i < cells.size() && i < s.headers_.size(); ++i)
                    if (!trimmed(cells[i]).empty()) s.headers_[i] = cells[i];
                s.headerFid_ = r.fid;
                break;
            }
        }
        s.source_.rewind();
    }
    auto mapping = mapFields(s.headers_, def, choice.overrides, file);
    if (!mapping) return std::unexpected(mapping.error());
    s.mapping_ = std::move(*mapping);

    Record first;
    auto any = s.next(first);
    if (!any) return std::unexpected(any.error());
    if (!*any) return fail(fmt::format("{}: {} has no rows", file, s.layerName_));
    s.rewind();
    return s;
}

Result<bool> ImportSource::readRaw(Record& r) {
    auto more = source_.next(raw_);
    if (!more || !*more) return more;
    r.fid = raw_.fid;
    r.cells.resize(raw_.values.size());
    for (size_t i = 0; i < raw_.values.size(); ++i) {
        const auto& v = raw_.values[i];
        auto& cell = r.cells[i];
        if (!v) {
            cell.reset();
            continue;
        }
        if (!cell) cell.emplace();
        if (!decoder_.decode(*v, *cell)) {
            const std::string column = i < headers_.size() ? headers_[i] : fmt::format("#{}", i + 1);
            return fail(fmt::format("{}: {}, column '{}': the text is not valid {} ({}); give the right --encoding",
                                    file_, place(raw_.fid), column, decoder_.encoding(), encodingSource_));
        }
    }
    std::swap(r.wkb, raw_.wkb);
    return true;
}

Result<bool> ImportSource::next(Record& r) {
    for (;;) {
        auto more = readRaw(r);
        if (!more || !*more) return more;
        if (headerFid_ && r.fid <= *headerFid_) continue;
        if (isBlank(r)) continue;
        return true;
    }
}

void ImportSource::rewind() { source_.rewind(); }

std::string ImportSource::place(int64_t fid) const {
    switch (places_) {
        case Places::Lines:
            return fmt::format("line {}", csvHeaderLine_ + fid);
        case Places::Rows:
            return layerCount() > 1 ? fmt::format("sheet {} row {}", layerName_, fid) : fmt::format("row {}", fid);
        case Places::Features:
            break;
    }
    return fmt::format("feature {}", fid);
}

Result<geo::Box> ImportSource::extent() {
    geo::Box box = hasGeometryField_ ? source_.extent() : geo::Box{};
    if (!box.isEmpty()) return box;
    Record r;
    for (int row = 0; row < kSampleRows; ++row) {
        auto more = next(r);
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        if (!r.wkb.empty()) {
            if (auto g = geo::fromWkb(r.wkb)) box.expand(g->bounds());
            continue;
        }
        const auto cell = [&](int c) -> const std::optional<std::string>& { return r.cells[static_cast<size_t>(c)]; };
        if (mapping_.x >= 0 && mapping_.y >= 0 && cell(mapping_.x) && cell(mapping_.y)) {
            auto x = parseCoordinate(*cell(mapping_.x));
            auto y = parseCoordinate(*cell(mapping_.y));
            if (x && y) box.expand(geo::Point{*x, *y});
        } else if (mapping_.wkt >= 0 && cell(mapping_.wkt)) {
            if (auto g = geometryFromWkt(*cell(mapping_.wkt))) box.expand(g->bounds());
        }
    }
    rewind();
    return box;
}

}  // namespace ga::io
