#include "io/value_parsing.h"

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <cmath>

namespace ga::io {
namespace {

// Full-width digits, minus and point (Ｕ+FF10..FF19, FF0D, FF0E) as ASCII; other bytes unchanged.
std::string halfWidthDigits(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xEF &&
            static_cast<unsigned char>(s[i + 1]) == 0xBC) {
            const unsigned char c = static_cast<unsigned char>(s[i + 2]);
            if (c >= 0x90 && c <= 0x99) {
                out += static_cast<char>('0' + (c - 0x90));
                i += 2;
                continue;
            }
            if (c == 0x8D || c == 0x8E) {
                out += c == 0x8D ? '-' : '.';
                i += 2;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

bool parseDouble(std::string_view s, double& v) {
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc{} && p == s.data() + s.size() && std::isfinite(v);
}

bool parseInteger(std::string_view s, std::string& out) {
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    long long v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec == std::errc{} && p == s.data() + s.size()) {
        out = std::to_string(v);
        return true;
    }
    // Spreadsheets write whole numbers as 12.0.
    double d = 0;
    if (parseDouble(s, d) && d == std::floor(d) && std::abs(d) < 9e15) {
        out = std::to_string(static_cast<long long>(d));
        return true;
    }
    return false;
}

// Reads up to `maxDigits` digits at `pos`; -1 when there is none.
int readNumber(std::string_view s, size_t& pos, size_t maxDigits) {
    int v = 0;
    size_t n = 0;
    while (pos < s.size() && n < maxDigits && s[pos] >= '0' && s[pos] <= '9') {
        v = v * 10 + (s[pos] - '0');
        ++pos;
        ++n;
    }
    return n == 0 ? -1 : v;
}

bool skip(std::string_view s, size_t& pos, std::string_view token) {
    if (s.substr(pos, token.size()) == token) {
        pos += token.size();
        return true;
    }
    return false;
}

bool validDate(int y, int m, int d) {
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
    return std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(static_cast<unsigned>(m)),
                                       std::chrono::day(static_cast<unsigned>(d)))
        .ok();
}

bool parseDate(std::string_view s, std::string& out) {
    // An Excel serial day number (1954–2119), as a date cell read as text may come.
    double serial = 0;
    if (parseDouble(s, serial) && serial >= 20000 && serial < 80000 &&
        s.find_first_of("-/.") == std::string_view::npos) {
        using namespace std::chrono;
        const sys_days day = sys_days(year(1899) / December / 30) + days(static_cast<int>(serial));
        const year_month_day ymd(day);
        out = fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                          static_cast<unsigned>(ymd.day()));
        const double fraction = serial - std::floor(serial);
        if (fraction > 0) {
            const int secs = static_cast<int>(std::lround(fraction * 86400));
            out += fmt::format("T{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60);
        }
        return true;
    }
    size_t pos = 0;
    int y = 0, m = 0, d = 0;
    if (s.size() >= 8 && readNumber(s, pos, 8) >= 0 && pos == 8 && (s.size() == 8 || s[8] == ' ' || s[8] == 'T')) {
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        m = (s[4] - '0') * 10 + (s[5] - '0');
        d = (s[6] - '0') * 10 + (s[7] - '0');
    } else {
        pos = 0;
        y = readNumber(s, pos, 4);
        if (y < 0 || pos != 4) return false;
        if (!(skip(s, pos, "-") || skip(s, pos, "/") || skip(s, pos, ".") || skip(s, pos, "年"))) return false;
        m = readNumber(s, pos, 2);
        if (m < 0 || !(skip(s, pos, "-") || skip(s, pos, "/") || skip(s, pos, ".") || skip(s, pos, "月"))) return false;
        d = readNumber(s, pos, 2);
        if (d < 0) return false;
        skip(s, pos, "日") || skip(s, pos, "号");
    }
    if (!validDate(y, m, d)) return false;
    out = fmt::format("{:04}-{:02}-{:02}", y, m, d);
    if (pos == s.size()) return true;
    if (!(skip(s, pos, "T") || skip(s, pos, " "))) return false;
    while (skip(s, pos, " ")) {
    }
    const int hh = readNumber(s, pos, 2);
    if (hh < 0 || hh > 23 || !(skip(s, pos, ":") || skip(s, pos, "时"))) return false;
    const int mm = readNumber(s, pos, 2);
    if (mm < 0 || mm > 59) return false;
    skip(s, pos, "分");
    int ss = 0;
    if (skip(s, pos, ":")) {
        ss = readNumber(s, pos, 2);
        if (ss < 0 || ss > 60) return false;
        if (skip(s, pos, ".")) readNumber(s, pos, 9);
    } else if (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        ss = readNumber(s, pos, 2);
        if (ss > 60) return false;
        skip(s, pos, "秒");
    }
    skip(s, pos, "Z");
    if (pos != s.size()) return false;
    out += fmt::format("T{:02}:{:02}:{:02}", hh, mm, ss);
    return true;
}

}  // namespace

std::string_view trimmed(std::string_view s) {
    for (;;) {
        if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
            s.remove_prefix(1);
        } else if (s.starts_with("\xE3\x80\x80")) {
            s.remove_prefix(3);
        } else if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
            s.remove_suffix(1);
        } else if (s.ends_with("\xE3\x80\x80")) {
            s.remove_suffix(3);
        } else {
            return s;
        }
    }
}

Result<bool> parseValue(store::FieldType type, std::string_view raw, std::string& out) {
    const std::string_view s = trimmed(raw);
    if (s.empty()) return false;
    switch (type) {
        case store::FieldType::Text:
        case store::FieldType::Blob:
            out.assign(s);
            return true;
        case store::FieldType::Integer:
            if (parseInteger(halfWidthDigits(s), out)) return true;
            return fail(fmt::format("'{}' is not a whole number", s));
        case store::FieldType::Real: {
            double v = 0;
            if (parseDouble(halfWidthDigits(s), v)) {
                out = fmt::format("{}", v);
                return true;
            }
            return fail(fmt::format("'{}' is not a number", s));
        }
        case store::FieldType::Date:
            if (parseDate(halfWidthDigits(s), out)) return true;
            return fail(fmt::format("'{}' is not a date (write 2024-03-01 or 2024年3月1日)", s));
    }
    return false;
}

Result<double> parseCoordinate(std::string_view raw) {
    const std::string_view s = trimmed(raw);
    double v = 0;
    if (!s.empty() && parseDouble(halfWidthDigits(s), v)) return v;
    return fail(fmt::format("'{}' is not a coordinate", s));
}

}  // namespace ga::io
