#pragma once
// Turns source records into rows of one project layer: values parsed for their field types,
// required values checked, grid codes validated, staff photos read, geometry built, converted to
// the project CRS and repaired. A row that cannot be used is reported and left out.
#include <filesystem>
#include <string>

#include "io/import_source.h"
#include "io/problem_report.h"
#include "io/source_crs.h"
#include "store/layers.h"

namespace ga::io {

/// "points", "lines", "polygons" for messages about a layer's geometry.
std::string_view geometryKindName(store::GeometryKind k);

class RowBuilder {
public:
    /// `pipeline` may be null when the layer has no geometry; `source` and `report` must outlive
    /// the builder.
    RowBuilder(const store::LayerDef& def, const ImportSource& source, const CoordinatePipeline* pipeline,
               ProblemReport& report);

    /// Fills `row` from `record` (reusing its buffers); false when the row was rejected, and
    /// then the reason is in the report.
    bool build(const Record& record, store::Row& row);

private:
    bool buildValues(const Record& record, store::Row& row);
    bool buildGeometry(const Record& record, store::Row& row);
    bool checkGridCode(store::Row& row, int64_t fid);
    void readPhoto(std::optional<std::string>& value, int64_t fid);
    void report(Outcome o, Reason r, int64_t fid, std::string_view field, std::string detail);

    const store::LayerDef& def_;
    const ImportSource& source_;
    const CoordinatePipeline* pipeline_;
    ProblemReport& report_;
    std::filesystem::path baseDir_;
    std::string scratch_;
};

}  // namespace ga::io
