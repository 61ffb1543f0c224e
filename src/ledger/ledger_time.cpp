#include "ledger/ledger_time.h"

#include <fmt/format.h>

#include <charconv>
#include <ctime>

namespace ga::ledger {
namespace {

bool digits(std::string_view s, size_t at, size_t n, int& out) {
    if (at + n > s.size()) return false;
    for (size_t i = at; i < at + n; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return std::from_chars(s.data() + at, s.data() + at + n, out).ec == std::errc{};
}

}  // namespace

std::optional<Time> parseTime(std::string_view s) {
    using namespace std::chrono;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
        !digits(s, 8, 2, d))
        return std::nullopt;
    if (s.size() > 10) {
        if ((s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h) || s.size() < 16 || s[13] != ':' ||
            !digits(s, 14, 2, mi))
            return std::nullopt;
        if (s.size() > 16 && (s[16] != ':' || !digits(s, 17, 2, sec) || s.size() != 19)) return std::nullopt;
        if (h > 23 || mi > 59 || sec > 59) return std::nullopt;
    }
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return sys_days{ymd} + hours{h} + minutes{mi} + seconds{sec};
}

std::string formatTime(Time t) {
    using namespace std::chrono;
    const sys_days day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss hms{t - day};
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", static_cast<int>(ymd.year()),
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), hms.hours().count(),
                       hms.minutes().count(), hms.seconds().count());
}

Time localNow() {
    using namespace std::chrono;
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    const year_month_day ymd{year{local.tm_year + 1900}, month{static_cast<unsigned>(local.tm_mon + 1)},
                             day{static_cast<unsigned>(local.tm_mday)}};
    return sys_days{ymd} + hours{local.tm_hour} + minutes{local.tm_min} + seconds{local.tm_sec};
}

int32_t dayNumber(Time t) {
    return static_cast<int32_t>(std::chrono::floor<std::chrono::days>(t).time_since_epoch().count());
}

int32_t monthNumber(Time t) {
    using namespace std::chrono;
    const year_month_day ymd{floor<days>(t)};
    return (static_cast<int>(ymd.year()) - 1970) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
}

std::string monthLabel(int32_t month) {
    const int y = 1970 + (month >= 0 ? month / 12 : (month - 11) / 12);
    const int m = month - (y - 1970) * 12 + 1;
    return fmt::format("{:04}-{:02}", y, m);
}

}  // namespace ga::ledger
