#pragma once
// Names for grids an edit creates, in the style of the grids around them.
#include <string>
#include <string_view>

namespace ga::edit {

/// The name of grid number `sequence`: `model`'s name with its number replaced when it reads
/// "…第N网格" (N in Chinese numerals or digits, kept in the same style), else
/// "<community>第N网格" in Chinese numerals.
std::string gridNameFor(std::string_view model, std::string_view community, int sequence);

/// 1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五 (1–999).
std::string chineseNumber(int n);

}  // namespace ga::edit
