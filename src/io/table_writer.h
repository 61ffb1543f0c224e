#pragma once
// Plain tables (statistics) written as CSV (UTF-8 with BOM, so Excel reads the Chinese) or XLSX
// through GDAL, the format following the file's extension.
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

namespace ga::io {

struct TableColumn {
    std::string name;     ///< header
    bool number = false;  ///< written as a real number (XLSX cells become numeric)
};

struct Table {
    std::string name;  ///< sheet name (XLSX)
    std::vector<TableColumn> columns;
    std::vector<std::vector<std::optional<std::string>>> rows;  ///< one value per column; nullopt = empty
};

/// Writes `t` to `path` (.csv or .xlsx); the file is replaced only when the write succeeded.
Result<void> writeTable(const std::string& path, const Table& t);

}  // namespace ga::io
