#pragma once
// Chinese numerals in addresses: 三号楼, 十二栋, 两单元, 三〇一室. They become digits only where a
// unit word follows, so that names built from numerals (八一路, 二七区, 十八巷) stay names.
#include <optional>
#include <string>
#include <string_view>

namespace ga::geocode {

/// 〇零一二两三四五六七八九十百千.
bool isChineseNumeral(char32_t c);

/// The digits a run of Chinese numerals stands for: positional when it holds 十, 百 or 千
/// (十二 → 12, 一百零五 → 105), digit by digit otherwise (三〇一 → 301, 两 → 2); nullopt for a run
/// that is not a number (empty, or 十十).
std::optional<std::u32string> chineseNumeralDigits(std::u32string_view run);

/// True when a unit word (号楼, 号, 栋, 幢, 座, 单元, 门, 梯, 层, 楼, 室, 户, 房, 期) starts at `at`.
bool unitWordAt(std::u32string_view text, size_t at);

/// Rewrites every run of Chinese numerals directly followed by a unit word as digits, in place.
void convertNumeralsBeforeUnitWords(std::u32string& text);

}  // namespace ga::geocode
