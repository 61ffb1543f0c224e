#include "edit/grid_names.h"

#include <array>

namespace ga::edit {
namespace {

constexpr std::array<std::string_view, 10> kDigits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
constexpr std::string_view kNumeralChars[] = {"零", "一", "二", "三", "四", "五", "六",
                                              "七", "八", "九", "十", "百", "〇", "两"};
constexpr std::string_view kOrdinal = "第", kSuffix = "网格";

// Length of the numeral (Chinese or ASCII digits) that ends `s` at `end`, scanning backwards.
size_t numeralBefore(std::string_view s, size_t end, bool& ascii) {
    size_t start = end;
    ascii = false;
    while (start > 0) {
        if (s[start - 1] >= '0' && s[start - 1] <= '9') {
            --start;
            ascii = true;
            continue;
        }
        bool matched = false;
        for (std::string_view c : kNumeralChars)
            if (start >= c.size() && s.substr(start - c.size(), c.size()) == c) {
                start -= c.size();
                matched = true;
                break;
            }
        if (!matched) break;
    }
    return end - start;
}

}  // namespace

std::string chineseNumber(int n) {
    if (n <= 0 || n > 999) return std::to_string(n);
    std::string out;
    const int hundreds = n / 100, tens = n / 10 % 10, ones = n % 10;
    if (hundreds) out += std::string(kDigits[hundreds]) + "百";
    if (tens) {
        // 十二, not 一十二, when the number starts with its tens.
        if (!(hundreds == 0 && tens == 1)) out += kDigits[tens];
        out += "十";
    } else if (hundreds && ones) {
        out += "零";
    }
    if (ones) out += kDigits[ones];
    return out;
}

std::string gridNameFor(std::string_view model, std::string_view community, int sequence) {
    if (model.size() > kSuffix.size() && model.substr(model.size() - kSuffix.size()) == kSuffix) {
        const size_t end = model.size() - kSuffix.size();
        bool ascii = false;
        const size_t len = numeralBefore(model, end, ascii);
        const size_t start = end - len;
        if (len > 0 && start >= kOrdinal.size() && model.substr(start - kOrdinal.size(), kOrdinal.size()) == kOrdinal)
            return std::string(model.substr(0, start)) + (ascii ? std::to_string(sequence) : chineseNumber(sequence)) +
                   std::string(kSuffix);
    }
    return std::string(community) + std::string(kOrdinal) + chineseNumber(sequence) + std::string(kSuffix);
}

}  // namespace ga::edit
