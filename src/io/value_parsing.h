#pragma once
// Turns a source cell (already UTF-8) into the value stored for a target field, or says why it
// cannot: "abc" is not an integer, 2024-02-30 is not a date.
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "store/layers.h"

namespace ga::io {

/// Trims `raw` and normalises it for `type` into `out`: integers from "12", "12.0", "１２";
/// reals; dates as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS from 2024-03-01, 2024/3/1, 2024.3.1,
/// 2024年3月1日 (with an optional time) or an Excel serial day number. Returns false with
/// `out` unchanged when the cell is empty; an error when the value does not parse.
Result<bool> parseValue(store::FieldType type, std::string_view raw, std::string& out);

/// A decimal coordinate from a table cell ("116.35", full-width digits too).
Result<double> parseCoordinate(std::string_view raw);

/// `raw` without surrounding ASCII and full-width spaces.
std::string_view trimmed(std::string_view raw);

}  // namespace ga::io
