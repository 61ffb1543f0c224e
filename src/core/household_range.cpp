#include "core/household_range.h"

#include <charconv>
#include <fmt/format.h>

namespace ga {

std::string_view rangeStatusName(RangeStatus s) {
    switch (s) {
    case RangeStatus::Under: return "户数不足";
    case RangeStatus::In: return "户数达标";
    case RangeStatus::Over: return "户数超标";
    }
    return "";
}

std::string_view rangeStatusId(RangeStatus s) {
    switch (s) {
    case RangeStatus::Under: return "under";
    case RangeStatus::In: return "in";
    case RangeStatus::Over: return "over";
    }
    return "";
}

Result<HouseholdRange> HouseholdRange::parse(std::string_view text) {
    const auto dash = text.find('-');
    if (dash == std::string_view::npos)
        return fail(fmt::format("household range '{}' must read MIN-MAX, e.g. 300-500", text));
    HouseholdRange r;
    const auto a = text.substr(0, dash), b = text.substr(dash + 1);
    if (std::from_chars(a.data(), a.data() + a.size(), r.min).ec != std::errc{} ||
        std::from_chars(b.data(), b.data() + b.size(), r.max).ec != std::errc{})
        return fail(fmt::format("household range '{}' must be two whole numbers, e.g. 300-500", text));
    if (r.min < 1 || r.max < r.min)
        return fail(fmt::format("household range '{}': need 1 <= MIN <= MAX", text));
    return r;
}

}  // namespace ga
