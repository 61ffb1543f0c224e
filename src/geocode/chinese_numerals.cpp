#include "geocode/chinese_numerals.h"

namespace ga::geocode {
namespace {

// Value of a numeral digit, -1 for 十/百/千 and for anything else.
int digitValue(char32_t c) {
    switch (c) {
        case U'〇':
        case U'零':
            return 0;
        case U'一':
            return 1;
        case U'二':
        case U'两':
            return 2;
        case U'三':
            return 3;
        case U'四':
            return 4;
        case U'五':
            return 5;
        case U'六':
            return 6;
        case U'七':
            return 7;
        case U'八':
            return 8;
        case U'九':
            return 9;
        default:
            return -1;
    }
}

int multiplier(char32_t c) {
    switch (c) {
        case U'十':
            return 10;
        case U'百':
            return 100;
        case U'千':
            return 1000;
        default:
            return 0;
    }
}

}  // namespace

bool isChineseNumeral(char32_t c) { return digitValue(c) >= 0 || multiplier(c) > 0; }

std::optional<std::u32string> chineseNumeralDigits(std::u32string_view run) {
    if (run.empty()) return std::nullopt;
    bool positional = false;
    for (char32_t c : run) {
        if (!isChineseNumeral(c)) return std::nullopt;
        positional = positional || multiplier(c) > 0;
    }
    std::u32string out;
    if (!positional) {
        for (char32_t c : run) out += static_cast<char32_t>(U'0' + digitValue(c));
        return out;
    }
    // 一百零五: digits set the pending value, 十/百/千 multiply it (alone they count as one), 零
    // only marks a gap. A multiplier must shrink from left to right (百 after 十 is not a number).
    int total = 0, pending = -1, lastMultiplier = 100000;
    for (char32_t c : run) {
        if (const int m = multiplier(c)) {
            if (m >= lastMultiplier) return std::nullopt;
            total += (pending < 0 ? 1 : pending) * m;
            pending = -1;
            lastMultiplier = m;
        } else if (const int d = digitValue(c); d > 0) {
            if (pending >= 0) return std::nullopt;
            pending = d;
        }
    }
    if (pending > 0) total += pending;
    for (char c : std::to_string(total)) out += static_cast<char32_t>(c);
    return out;
}

bool unitWordAt(std::u32string_view text, size_t at) {
    if (at >= text.size()) return false;
    switch (text[at]) {
        case U'号':
        case U'栋':
        case U'幢':
        case U'座':
        case U'门':
        case U'梯':
        case U'层':
        case U'楼':
        case U'室':
        case U'户':
        case U'房':
        case U'期':
            return true;
        case U'单':
            return at + 1 < text.size() && text[at + 1] == U'元';
        default:
            return false;
    }
}

void convertNumeralsBeforeUnitWords(std::u32string& text) {
    std::u32string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        if (!isChineseNumeral(text[i])) {
            out += text[i++];
            continue;
        }
        size_t end = i;
        while (end < text.size() && isChineseNumeral(text[end])) ++end;
        const std::u32string_view run(text.data() + i, end - i);
        const auto digits = unitWordAt(text, end) ? chineseNumeralDigits(run) : std::nullopt;
        out += digits ? std::u32string_view(*digits) : run;
        i = end;
    }
    text = std::move(out);
}

}  // namespace ga::geocode
