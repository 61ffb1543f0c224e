#pragma once
// A source file made ready to be read as rows of one target layer: the layer or sheet chosen,
// the text encoding known, the header row found below any title rows, the columns mapped.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "io/field_mapping.h"
#include "io/gdal.h"
#include "io/text_encoding.h"
#include "store/layers.h"

namespace ga::io {

/// What the user said about how to read the file.
struct SourceChoice {
    std::string sheet;                     ///< --sheet: layer or sheet name ("" = choose)
    std::string encoding;                  ///< --encoding ("" = .cpg, else detect)
    std::vector<FieldOverride> overrides;  ///< --field
};

/// One data row: cells decoded to UTF-8, one per source column.
struct Record {
    int64_t fid = 0;
    std::vector<std::optional<std::string>> cells;
    std::vector<uint8_t> wkb;  ///< the feature's geometry (ISO WKB), empty when none
};

class ImportSource {
public:
    /// Opens `file` for target layer `def`. Fails (naming the file) when it cannot be read, a
    /// shapefile lacks its .shx or .dbf, it has no rows, the sheet is ambiguous or unknown, the
    /// encoding does not fit, or a required field has no column.
    static Result<ImportSource> open(const std::string& file, const store::LayerDef& def, const SourceChoice& choice);

    const std::string& file() const { return file_; }
    const std::string& driver() const { return source_.driver(); }
    /// Name of the layer or sheet read, and whether the file had others beside it.
    const std::string& layerName() const { return layerName_; }
    size_t layerCount() const { return source_.layers().size(); }
    /// The encoding the text was decoded from, and where that came from ("detected", ".cpg", ...).
    const std::string& encoding() const { return decoder_.encoding(); }
    const std::string& encodingSource() const { return encodingSource_; }
    const std::vector<std::string>& headers() const { return headers_; }
    const FieldMapping& mapping() const { return mapping_; }
    /// True when rows can carry a location: a geometry field or coordinate columns.
    bool hasLocations() const { return hasGeometryField_ || mapping_.hasCoordinateColumns(); }
    bool hasGeometryField() const { return hasGeometryField_; }
    /// The geometry type the layer declares (nullopt: unknown or mixed).
    std::optional<geo::GeomType> declaredType() const { return declaredType_; }
    /// Number of features when the driver knows it cheaply, else -1.
    int64_t featureCount() const { return featureCount_; }
    /// The CRS the file declares.
    Result<std::optional<SourceCrs>> crs() const { return source_.crs(); }
    /// Extent of the locations in source coordinates: the driver's extent where it has one, else
    /// that of the first rows' geometries or coordinate columns. Rewinds.
    Result<geo::Box> extent();

    /// The next data row (title, header and blank rows skipped); false at the end.
    Result<bool> next(Record& r);
    void rewind();
    /// Where a row is, for messages: "line 12" (CSV), "row 7" (sheet), "feature 3".
    std::string place(int64_t fid) const;

private:
    ImportSource(VectorSource s, TextDecoder d) : source_(std::move(s)), decoder_(std::move(d)) {}
    Result<bool> readRaw(Record& r);

    VectorSource source_;
    TextDecoder decoder_;
    std::string file_, layerName_, encodingSource_;
    std::vector<std::string> headers_;
    FieldMapping mapping_;
    bool hasGeometryField_ = false;
    std::optional<geo::GeomType> declaredType_;
    int64_t featureCount_ = -1;
    enum class Places { Lines, Rows, Features } places_ = Places::Features;
    int csvHeaderLine_ = 1;
    std::optional<int64_t> headerFid_;  ///< a sheet's header row read as data
    SourceFeature raw_;
};

}  // namespace ga::io
