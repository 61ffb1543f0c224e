#pragma once
// Terminal column widths of UTF-8 text: CJK characters take two columns, so tables of Chinese
// names line up in `gridatlas-cli` output.
#include <string>
#include <string_view>

namespace ga {

/// Columns `text` takes on a terminal (East Asian wide and full-width characters count 2).
size_t displayWidth(std::string_view text);
/// `text` followed by spaces up to `width` columns (nothing added when it is wider).
std::string padRight(std::string_view text, size_t width);
/// Spaces up to `width` columns followed by `text`.
std::string padLeft(std::string_view text, size_t width);

}  // namespace ga
