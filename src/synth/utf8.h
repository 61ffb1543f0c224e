#pragma once
// Just enough UTF-8 for writing Chinese addresses: split into characters, append a code point.
#include <string>
#include <string_view>
#include <vector>

namespace ga::synth {

/// The characters of `text`, each a view of its 1–4 bytes; a malformed byte is a character of its own.
std::vector<std::string_view> utf8Chars(std::string_view text);
/// Number of characters in `text`.
size_t utf8Length(std::string_view text);
/// Appends code point `c` to `out`.
void appendUtf8(std::string& out, char32_t c);

}  // namespace ga::synth
