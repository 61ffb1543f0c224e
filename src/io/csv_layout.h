#pragma once
// What must be known about a CSV file before GDAL reads it: its encoding (when no one says) and
// where its header line is, below title lines such as "××社区住户登记表".
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/error.h"

namespace ga::io {

struct CsvLayout {
    std::string encoding;       ///< canonical name: the given one, else detected
    uint64_t headerOffset = 0;  ///< byte offset of the header line
    int headerLine = 1;         ///< 1-based line number of the header line
};

/// Looks at the start of `path`: detects the encoding unless `encoding` is given (a BOM means
/// UTF-8), then returns the first of the first 20 lines for which `isHeader(cells)` holds (cells
/// decoded to UTF-8); line 1 when none does. An encoding that does not fit the bytes fails.
Result<CsvLayout> inspectCsv(const std::string& path, const std::string& encoding,
                             const std::function<bool(const std::vector<std::string>&)>& isHeader);

/// Splits one CSV line on `delimiter`, honouring double quotes.
std::vector<std::string> splitCsvLine(std::string_view line, char delimiter);

}  // namespace ga::io
