#pragma once
// Many addresses matched at once on all cores, in two passes. The first pass also learns the
// gates of compounds — the road and door number a compound's address takes — from addresses
// (and organisations' addresses) that name road, door and compound together and whose door is
// no building's; the second pass matches again the addresses whose door was unknown, so that
// "人民路93号1号楼" finds 华荣上海城 building 1 once "人民路93号华荣上海城" has been seen.
#include <atomic>
#include <functional>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "geocode/address_index.h"
#include "geocode/match_result.h"

namespace ga::geocode {

struct BatchOptions {
    int threads = 0;  ///< 0: one per hardware thread
    /// Fraction done (0…1), called from the calling thread.
    std::function<void(double)> progress;
    const std::atomic<bool>* cancelled = nullptr;
};

/// A gate needs this many addresses naming it, nine in ten of them the same compound.
inline constexpr int kGateVotes = 2;

/// Matches address(i) for i in [0, count), leaving result i empty where skip(i); gates learnt on
/// the way are added to `index`. Fails only when cancelled.
Result<std::vector<MatchResult>> matchBatch(AddressIndex& index, size_t count,
                                            const std::function<std::string_view(size_t)>& address,
                                            const std::function<bool(size_t)>& skip, const BatchOptions& options);

}  // namespace ga::geocode
