#include "synth/numerals.h"

#include "core/utf8.h"

namespace ga::synth {
namespace {

constexpr std::string_view kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

}  // namespace

std::string chineseNumber(int n) {
    if (n < 0 || n > 9999) return std::to_string(n);
    if (n < 10) return std::string(kDigits[n]);
    if (n < 20) return std::string("十") + (n % 10 ? std::string(kDigits[n % 10]) : "");
    constexpr std::string_view kUnits[] = {"", "十", "百", "千"};
    const int digits[4] = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
    std::string out;
    bool pendingZero = false;
    bool started = false;
    for (int i = 0; i < 4; ++i) {
        const int d = digits[i];
        if (d == 0) {
            if (started) pendingZero = true;
            continue;
        }
        if (pendingZero) out += kDigits[0];
        pendingZero = false;
        started = true;
        out += kDigits[d];
        out += kUnits[3 - i];
    }
    return out;
}

std::string chineseCount(int n) { return n == 2 ? std::string("两") : chineseNumber(n); }

std::string chineseDigits(std::string_view digits, bool zeroAsLing) {
    std::string out;
    for (char c : digits) {
        if (c == '0') out += zeroAsLing ? "零" : "〇";
        else if (c > '0' && c <= '9') out += kDigits[c - '0'];
        else out += c;
    }
    return out;
}

std::string fullWidth(std::string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u == ' ') appendUtf8(out, U'\u3000');
        else if (u > 0x20 && u < 0x7F) appendUtf8(out, static_cast<char32_t>(0xFF01 + (u - 0x21)));
        else out += c;
    }
    return out;
}

}  // namespace ga::synth
