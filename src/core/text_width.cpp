#include "core/text_width.h"

#include "core/utf8.h"

namespace ga {
namespace {
bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}
}  // namespace

size_t displayWidth(std::string_view s) {
    size_t width = 0;
    for (size_t i = 0; i < s.size();) {
        const auto lead = static_cast<unsigned char>(s[i]);
        size_t len = utf8SequenceLength(lead);
        if (i + len > s.size()) len = 1;
        char32_t c = len == 1 ? lead : lead & (0x7F >> len);
        for (size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        width += isWide(c) ? 2 : 1;
        i += len;
    }
    return width;
}

std::string padRight(std::string_view text, size_t width) {
    const size_t w = displayWidth(text);
    return std::string(text) + std::string(w < width ? width - w : 0, ' ');
}

std::string padLeft(std::string_view text, size_t width) {
    const size_t w = displayWidth(text);
    return std::string(w < width ? width - w : 0, ' ') + std::string(text);
}

}  // namespace ga
