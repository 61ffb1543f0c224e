#pragma once
// The one UTF-8 codec of GridAtlas: addresses are normalised and parsed as code points, names are
// written and measured as UTF-8.
#include <string>
#include <string_view>
#include <vector>

namespace ga {

/// Bytes of the UTF-8 sequence a lead byte starts (1 for ASCII and for a stray byte).
size_t utf8SequenceLength(unsigned char lead);
/// Decodes `text`; malformed, overlong or surrogate sequences are skipped and counted in `invalid`.
std::u32string decodeUtf8(std::string_view text, size_t& invalid);
/// Decodes text known to be valid (names from the store); malformed bytes are dropped.
std::u32string decodeUtf8(std::string_view text);
/// Appends code point `c` to `out` as UTF-8.
void appendUtf8(std::string& out, char32_t c);
std::string toUtf8(std::u32string_view text);
/// The characters of `text`, each a view of its 1–4 bytes; a malformed byte is a character of its own.
std::vector<std::string_view> utf8Chars(std::string_view text);
/// Number of characters in `text`.
size_t utf8Length(std::string_view text);

}  // namespace ga
