#include "geocode/normalizer.h"

#include "geocode/chinese_numerals.h"
#include "geocode/unicode.h"

namespace ga::geocode {
namespace {

constexpr char32_t kDrop = 0;
constexpr char32_t kControl = 1;

// One code point folded to its canonical form: kDrop for what carries nothing (spaces become a
// break later), kControl for characters that should never be in an address.
char32_t fold(char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width ASCII
    if (c >= U'a' && c <= U'z') return c - U'a' + U'A';
    switch (c) {
        case U' ':
        case U'\t':
        case 0x3000:  // ideographic space
        case 0x00A0:
        case U',':
        case U';':
        case U':':
        case U'.':
        case 0x3001:  // 、
        case 0x3002:  // 。
        case 0x00B7:  // ·
        case 0x30FB:  // ・
        case U'"':
        case U'\'':
        case 0x201C:
        case 0x201D:
        case 0x2018:
        case 0x2019:
        case U'_':
        case U'*':
        case U'!':
        case U'?':
            return kBreak;
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
        case 0xFE58:
        case 0xFE63:
        case 0x2E3A:
        case U'~':
        case 0x301C:  // 〜
        case U'/':
        case U'\\':
            return U'-';
        case U'[':
        case U'{':
        case 0x3010:  // 【
        case 0x3014:  // 〔
        case 0x3008:  // 〈
        case 0x300A:  // 《
        case 0x300C:  // 「
        case 0x300E:  // 『
        case 0x3016:  // 〖
            return U'(';
        case U']':
        case U'}':
        case 0x3011:
        case 0x3015:
        case 0x3009:
        case 0x300B:
        case 0x300D:
        case 0x300F:
        case 0x3017:
            return U')';
        case 0xFEFF:  // byte order mark
        case 0x200B:
        case 0x200C:
        case 0x200D:
        case 0x200E:
        case 0x200F:
            return kDrop;
        default:
            break;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000)
        return kControl;
    return c;
}

bool isDigitOrDash(char32_t c) { return isDigit(c) || c == U'-'; }

bool endsWith(std::u32string_view s, std::u32string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// A phone number: a mobile (11 digits, 1[3-9]…), a landline with its area code (0…, 10–12
// digits), or after a label any 7 digits or more.
bool looksLikePhone(std::u32string_view run, bool labelled) {
    std::u32string digits;
    for (char32_t c : run)
        if (isDigit(c)) digits += c;
    if (digits.size() == 11 && digits[0] == U'1' && digits[1] >= U'3') return true;
    if (digits.size() >= 10 && digits.size() <= 12 && digits[0] == U'0') return true;
    return labelled && digits.size() >= 7 && digits.size() <= 12;
}

constexpr std::u32string_view kPhoneLabels[] = {U"联系电话", U"联系方式", U"电话", U"手机", U"TEL", U"电"};

// Removes a trailing phone number (and its label) from `s`; what was removed goes to `removed`.
void removeTrailingPhone(std::u32string& s, std::vector<std::string>& removed) {
    size_t end = s.size();
    while (end > 0 && s[end - 1] == kBreak) --end;
    size_t begin = end;
    while (begin > 0 && isDigitOrDash(s[begin - 1])) --begin;
    if (begin == end) return;
    size_t labelBegin = begin;
    for (std::u32string_view label : kPhoneLabels) {
        size_t at = begin;
        while (at > 0 && s[at - 1] == kBreak) --at;
        if (endsWith(std::u32string_view(s).substr(0, at), label)) {
            labelBegin = at - label.size();
            break;
        }
    }
    const bool labelled = labelBegin < begin;
    // Without a label the number must stand apart: after a break or glued to a room word, never
    // inside a run of digits such as 12-2-301.
    if (!looksLikePhone(std::u32string_view(s).substr(begin, end - begin), labelled)) return;
    removed.push_back(toUtf8(std::u32string_view(s).substr(labelBegin, end - labelBegin)));
    s.erase(labelBegin);
    s += kBreak;
}

// A bracket's content that is a phase of the compound: 2期, A区, 12区.
bool isPhase(std::u32string_view inner) {
    if (inner.size() < 2 || inner.size() > 4) return false;
    const char32_t last = inner.back();
    if (last != U'期' && last != U'区') return false;
    const std::u32string_view head = inner.substr(0, inner.size() - 1);
    if (head.size() == 1 && isUpper(head[0])) return true;
    for (char32_t c : head)
        if (!isDigit(c)) return false;
    return true;
}

// Takes out bracketed notes, keeping phases; unmatched brackets become breaks.
void removeBrackets(std::u32string& s, std::vector<std::string>& removed) {
    std::u32string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        const char32_t c = s[i];
        if (c == U')') {
            out += kBreak;
            ++i;
            continue;
        }
        if (c != U'(') {
            out += c;
            ++i;
            continue;
        }
        const size_t close = s.find(U')', i + 1);
        if (close == std::u32string::npos) {
            out += kBreak;
            ++i;
            continue;
        }
        std::u32string inner;
        for (size_t k = i + 1; k < close; ++k)
            if (s[k] != kBreak) inner += s[k];
        if (isPhase(inner)) {
            out += inner;
        } else {
            if (!inner.empty()) {
                std::string note(1, '(');
                note += toUtf8(inner);
                note += ')';
                removed.push_back(std::move(note));
            }
            out += kBreak;
        }
        i = close + 1;
    }
    s = std::move(out);
}

constexpr std::u32string_view kNearby = U"附近";

void removeNearby(std::u32string& s, std::vector<std::string>& removed) {
    for (size_t at = s.find(kNearby); at != std::u32string::npos; at = s.find(kNearby, at)) {
        removed.emplace_back("附近");
        s.replace(at, kNearby.size(), 1, kBreak);
    }
}

// Collapses runs of breaks and trims them at both ends.
void squeezeBreaks(std::u32string& s) {
    std::u32string out;
    out.reserve(s.size());
    for (char32_t c : s) {
        if (c == kBreak && (out.empty() || out.back() == kBreak)) continue;
        out += c;
    }
    while (!out.empty() && out.back() == kBreak) out.pop_back();
    s = std::move(out);
}

}  // namespace

NormalizedAddress normalizeAddress(std::string_view utf8) {
    NormalizedAddress n;
    const std::u32string raw = decodeUtf8(utf8, n.invalidBytes);
    std::u32string s;
    s.reserve(raw.size());
    for (char32_t c : raw) {
        const char32_t f = fold(c);
        if (f == kControl)
            ++n.controlChars;
        else if (f != kDrop)
            s += f;
    }
    removeTrailingPhone(s, n.removed);
    convertNumeralsBeforeUnitWords(s);
    removeBrackets(s, n.removed);
    removeTrailingPhone(s, n.removed);
    removeNearby(s, n.removed);
    squeezeBreaks(s);
    n.text = std::move(s);
    return n;
}

std::string normalizeName(std::string_view utf8) {
    NormalizedAddress n = normalizeAddress(utf8);
    std::string out;
    out.reserve(n.text.size() * 3);
    for (char32_t c : n.text)
        if (c != kBreak) appendUtf8(out, c);
    return out;
}

}  // namespace ga::geocode
