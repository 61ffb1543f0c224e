#pragma once
// Grid codes: 12-digit statistical division code of the community + 3-digit sequence (DOMAIN.md).
#include <string>
#include <string_view>

#include "core/error.h"

namespace ga {

/// True when `code` is a 12-digit statistical division code (6 county + 3 street + 3 community).
bool isCommunityCode(std::string_view code);

/// True when `code` is a 6-, 9- or 12-digit division code.
bool isDivisionCode(std::string_view code);

/// A 15-character grid code; constructed only through parse() or make(), so it is always valid.
class GridCode {
public:
    /// Parses a 15-digit code; the message says which character is wrong.
    static Result<GridCode> parse(std::string_view text);
    /// Builds the code of grid `sequence` (1–999) in `community` (12 digits).
    static Result<GridCode> make(std::string_view community, int sequence);

    const std::string& str() const { return code_; }
    std::string community() const { return code_.substr(0, 12); }
    int sequence() const { return std::stoi(code_.substr(12, 3)); }

    friend bool operator==(const GridCode&, const GridCode&) = default;

private:
    explicit GridCode(std::string code) : code_(std::move(code)) {}
    std::string code_;
};

}  // namespace ga
