#pragma once
// DBF (Shapefile) field names are at most 10 characters: the documented map from GridAtlas's
// English column names to short names (docs/export.md), written beside each Shapefile export.
#include <span>
#include <string>
#include <vector>

namespace ga::io {

/// Short DBF names for `columns`, same order: the documented map where a column is in it,
/// else the name itself when it fits, else its first 10 characters made unique with a digit.
std::vector<std::string> dbfFieldNames(std::span<const std::string> columns);

/// The text of OUT.fields.txt: "short<TAB>full" per column, after a header line.
std::string dbfFieldMapText(std::span<const std::string> columns, std::span<const std::string> shortNames);

}  // namespace ga::io
