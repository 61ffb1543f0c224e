#include "core/grid_code.h"

#include <algorithm>
#include <fmt/format.h>

namespace ga {
namespace {
bool allDigits(std::string_view s) {
    return std::ranges::all_of(s, [](char c) { return c >= '0' && c <= '9'; });
}
}  // namespace

bool isCommunityCode(std::string_view code) { return code.size() == 12 && allDigits(code); }

bool isDivisionCode(std::string_view code) {
    return (code.size() == 6 || code.size() == 9 || code.size() == 12) && allDigits(code);
}

Result<GridCode> GridCode::parse(std::string_view text) {
    if (text.size() != 15)
        return fail(fmt::format("grid code '{}' has {} characters; a grid code has 15 digits "
                                "(12-digit community code + 3-digit sequence)",
                                text, text.size()));
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] < '0' || text[i] > '9')
            return fail(fmt::format("grid code '{}': character {} is not a digit", text, i + 1));
    if (text.substr(12) == "000")
        return fail(fmt::format("grid code '{}': sequence 000 is not a grid", text));
    return GridCode(std::string(text));
}

Result<GridCode> GridCode::make(std::string_view community, int sequence) {
    if (!isCommunityCode(community))
        return fail(fmt::format("'{}' is not a 12-digit community division code", community));
    if (sequence < 1 || sequence > 999)
        return fail(fmt::format("grid sequence {} is outside 1–999 in community {}", sequence, community));
    return GridCode(fmt::format("{}{:03}", community, sequence));
}

}  // namespace ga
