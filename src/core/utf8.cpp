#include "core/utf8.h"

namespace ga {

size_t utf8SequenceLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 1;
}

std::u32string decodeUtf8(std::string_view text, size_t& invalid) {
    std::u32string out;
    out.reserve(text.size());
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            out.push_back(b);
            ++i;
            continue;
        }
        int len = 0;
        char32_t c = 0, min = 0;
        if ((b & 0xE0) == 0xC0)
            len = 2, c = b & 0x1F, min = 0x80;
        else if ((b & 0xF0) == 0xE0)
            len = 3, c = b & 0x0F, min = 0x800;
        else if ((b & 0xF8) == 0xF0)
            len = 4, c = b & 0x07, min = 0x10000;
        bool ok = len > 0 && i + static_cast<size_t>(len) <= n;
        for (int k = 1; ok && k < len; ++k) {
            const unsigned char cont = s[i + static_cast<size_t>(k)];
            if ((cont & 0xC0) != 0x80)
                ok = false;
            else
                c = (c << 6) | (cont & 0x3F);
        }
        // Overlong forms, surrogates and code points beyond Unicode are as bad as broken bytes.
        if (!ok || c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            ++invalid;
            ++i;
            continue;
        }
        out.push_back(c);
        i += static_cast<size_t>(len);
    }
    return out;
}

std::u32string decodeUtf8(std::string_view text) {
    size_t invalid = 0;
    return decodeUtf8(text, invalid);
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string toUtf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (char32_t c : text) appendUtf8(out, c);
    return out;
}

std::vector<std::string_view> utf8Chars(std::string_view text) {
    std::vector<std::string_view> out;
    out.reserve(text.size() / 3 + 1);
    size_t i = 0;
    while (i < text.size()) {
        size_t n = utf8SequenceLength(static_cast<unsigned char>(text[i]));
        if (i + n > text.size()) n = 1;
        out.push_back(text.substr(i, n));
        i += n;
    }
    return out;
}

size_t utf8Length(std::string_view text) {
    size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace ga
