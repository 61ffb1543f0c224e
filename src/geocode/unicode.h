#pragma once
// Character classes of the geocoder; the UTF-8 codec itself is core/utf8.h.
#include <functional>
#include <string>
#include <string_view>

#include "core/utf8.h"

namespace ga::geocode {

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
