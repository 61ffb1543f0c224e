#pragma once
// UTF-8 ⇄ UTF-32 for the geocoder: addresses are normalised and parsed as code points, and the
// names they are matched against are kept as UTF-8.
#include <string>
#include <string_view>

namespace ga::geocode {

/// Decodes `text`; malformed or overlong bytes are skipped and counted in `invalid`.
std::u32string decodeUtf8(std::string_view text, size_t& invalid);
/// Decodes text known to be valid (names from the store); malformed bytes are dropped.
std::u32string decodeUtf8(std::string_view text);
/// Appends code point `c` to `out` as UTF-8.
void appendUtf8(std::string& out, char32_t c);
std::string toUtf8(std::u32string_view text);

/// CJK unified ideographs (the basic block and extension A) and the ideographic zero 〇.
inline bool isHan(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3007; }
inline bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool isUpper(char32_t c) { return c >= U'A' && c <= U'Z'; }

/// Transparent hash so that maps keyed by std::u32string can be probed with a view.
struct U32Hash {
    using is_transparent = void;
    size_t operator()(std::u32string_view s) const noexcept { return std::hash<std::u32string_view>{}(s); }
};

}  // namespace ga::geocode
