#pragma once
// The household rule: each grid holds between min and max households (default 300–500).
#include <string_view>

#include "core/error.h"

namespace ga {

enum class RangeStatus { Under, In, Over };

/// Chinese label of a status as shown on the map and in tables.
std::string_view rangeStatusName(RangeStatus s);
/// Stable English id of a status, used in JSON and the store.
std::string_view rangeStatusId(RangeStatus s);

struct HouseholdRange {
    int min = 300;
    int max = 500;

    RangeStatus classify(long long households) const {
        if (households < min) return RangeStatus::Under;
        if (households > max) return RangeStatus::Over;
        return RangeStatus::In;
    }

    /// Parses "300-500"; the message says what is wrong.
    static Result<HouseholdRange> parse(std::string_view text);
};

/// What happens when an edit leaves a grid out of range.
enum class OutOfRangePolicy { Warn, Refuse };

}  // namespace ga
