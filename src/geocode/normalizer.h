#pragma once
// The first step of geocoding: an address as typed into a register becomes one canonical string
// of code points. Full-width forms become half-width (NFKC for the characters registers use),
// letters upper case, dashes one '-', brackets '(' ')'; whitespace, control characters and
// broken bytes go; bracketed notes (东门, a phone), a trailing phone number and 附近 are removed
// (a bracketed phase such as （二期） is kept); Chinese numerals before a unit word become digits.
#include <string>
#include <string_view>
#include <vector>

namespace ga::geocode {

/// Where whitespace or removed noise separated two parts, the text keeps one break.
inline constexpr char32_t kBreak = U' ';

struct NormalizedAddress {
    std::u32string text;               ///< canonical form; parts separated by kBreak where the input had a gap
    std::vector<std::string> removed;  ///< noise taken out, as written: "(东门)", "13812345678", "附近"
    size_t invalidBytes = 0;           ///< malformed UTF-8 bytes skipped
    size_t controlChars = 0;           ///< control and other non-printing characters skipped
};

/// Normalises one address.
NormalizedAddress normalizeAddress(std::string_view utf8);

/// A name from the project (compound, road, alias) in the same canonical form as addresses,
/// without breaks, as UTF-8: the key the index stores it under.
std::string normalizeName(std::string_view utf8);

}  // namespace ga::geocode
