#pragma once
// One address against the index: normalise, parse, find the compound (or road and door), then
// the building by its number; score each candidate building (unit and floor must fit it) and
// rank them. A match that reaches only the compound or the road gives candidates, never a link.
#include <string_view>

#include "geocode/address_index.h"
#include "geocode/compound_matcher.h"
#include "geocode/match_result.h"

namespace ga::geocode {

/// Longest address taken seriously, in characters.
inline constexpr size_t kLongestAddress = 160;

class AddressMatcher {
public:
    /// Keeps a reference to `index`; one matcher per thread (it caches compound lookups).
    explicit AddressMatcher(const AddressIndex& index) : index_(index), compounds_(index) {}

    /// Matches one address as written in a register; `parsed` (if given) receives its parse.
    MatchResult match(std::string_view address, ParsedAddress* parsed = nullptr);
    /// Matches an address already parsed.
    MatchResult match(const ParsedAddress& parsed);
    /// Normalises and parses `address` the way match() does (for explanations and tests).
    ParsedAddress parse(std::string_view address) const;

private:
    // Hits re-scored by the community (`scope`) and road the address names; false when they
    // change nothing.
    bool narrowByContext(const std::vector<CompoundHit>& hits, const std::vector<uint32_t>& scope, uint32_t road,
                         std::vector<CompoundHit>& out) const;

    const AddressIndex& index_;
    CompoundMatcher compounds_;
};

}  // namespace ga::geocode
