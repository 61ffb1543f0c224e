#pragma once
// Numbers as people write them in addresses: Chinese numerals (十二, 两, 〇) and full-width digits.
#include <string>
#include <string_view>

namespace ga::synth {

/// 0–9999 in Chinese numerals as spoken: 2 → 二, 12 → 十二, 20 → 二十, 105 → 一百零五, 110 → 一百一十.
std::string chineseNumber(int n);
/// As chineseNumber, but a lone 2 is written 两 (两单元, 两号楼).
std::string chineseCount(int n);
/// Each ASCII digit as its Chinese numeral: "301" → 三〇一 (zeroAsLing: 三零一); other bytes kept.
std::string chineseDigits(std::string_view digits, bool zeroAsLing = false);
/// Printable ASCII → full-width forms (12 → １２, A → Ａ, # → ＃); other text kept.
std::string fullWidth(std::string_view text);

}  // namespace ga::synth
