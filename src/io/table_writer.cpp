#include "io/table_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "io/gdal.h"
#include "io/partial_file.h"

namespace ga::io {

Result<void> writeTable(const std::string& path, const Table& t) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    SinkSpec spec;
    if (ext == ".csv") {
        spec.driver = "CSV";
        spec.layerOptions = {"WRITE_BOM=YES", "STRING_QUOTING=IF_NEEDED"};
    } else if (ext == ".xlsx") {
        spec.driver = "XLSX";
    } else {
        return fail(fmt::format("{}: write a table as .csv or .xlsx", path));
    }
    spec.layerName = t.name.empty() ? "table" : t.name;
    for (const TableColumn& c : t.columns) spec.fields.push_back({c.name, c.number ? SinkFieldType::Real : SinkFieldType::Text});
    const std::filesystem::path target(path);
    // The driver names the file itself for CSV; a temporary directory keeps a failed write away.
    const std::filesystem::path dir = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    const std::filesystem::path partial = dir / (".partial-" + target.filename().string());
    std::filesystem::remove(partial);
    auto sink = VectorSink::create(partial.string(), spec);
    if (!sink) return fail(fmt::format("{}: {}", path, sink.error().message));
    for (const auto& row : t.rows) {
        if (row.size() != t.columns.size())
            return fail(fmt::format("{}: a row of {} values for {} columns", path, row.size(), t.columns.size()));
        if (auto r = sink->write(row, nullptr); !r) return fail(fmt::format("{}: {}", path, r.error().message));
    }
    if (auto r = sink->close(); !r) {
        std::filesystem::remove(partial);
        return fail(fmt::format("{}: {}", path, r.error().message));
    }
    return moveIntoPlace(partial, target, path);
}

}  // namespace ga::io
