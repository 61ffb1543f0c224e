#pragma once
// Geocoding a project (户进房, 房进网格): every active household's address is matched against the
// buildings and households with coordinates are placed by point-in-building, the address
// cross-checking the point. Matches at or above the threshold are linked; the rest go to the
// review queue with their ranked candidates. Links made by hand are never touched, and a link
// made earlier is kept when the new match is weaker. Everything is written in one transaction;
// household → grid then follows building → grid. Matching runs on all cores.
#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "core/error.h"
#include "geocode/match_result.h"
#include "store/project.h"

namespace ga::geocode {

/// Default auto-accept threshold.
inline constexpr double kDefaultThreshold = 0.8;

struct GeocodeOptions {
    double threshold = kDefaultThreshold;
    /// False: only households with coordinates are placed (point-in-building, no address
    /// cross-check); the others and the review queue stay as they are.
    bool matchAddresses = true;
    int threads = 0;  ///< 0: one per hardware thread
    std::string operatorName;
    /// Called from the calling thread: stage ("reading", "matching", "locating", "writing") and
    /// the fraction of it done (0…1).
    std::function<void(std::string_view stage, double fraction)> progress;
    /// Set from another thread to stop; the project is then left as it was.
    const std::atomic<bool>* cancelled = nullptr;
};

struct GeocodeReport {
    long long households = 0;                         ///< active households
    long long manual = 0;                             ///< linked or settled by hand: left alone
    long long linked = 0;                             ///< linked by this run (address or location)
    long long linkedByPoint = 0;                      ///< of which by location
    long long review = 0;                             ///< left in the review queue
    long long keptLinks = 0;                          ///< queued households whose earlier link was kept
    long long changed = 0;                            ///< households whose building changed
    std::array<long long, 6> linkedByLevel{};         ///< linked, by MatchLevel
    std::map<std::string, long long> reviewByReason;  ///< reason id → households queued
    double seconds = 0, readSeconds = 0, matchSeconds = 0, pointSeconds = 0, writeSeconds = 0;
    int64_t editId = 0;
};

/// Geocodes every active household of `project`.
Result<GeocodeReport> geocodeProject(store::Project& project, const GeocodeOptions& options);

}  // namespace ga::geocode
