#pragma once
// The review queue of geocoding (户进房): households the geocoder could not link on its own,
// each with its ranked candidate buildings, and the operator's resolutions — a candidate or a
// building clicked on the map, optionally saved as an alias — each one logged and undoable.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "store/address_sources.h"
#include "store/household_links.h"
#include "store/layer_reader.h"
#include "store/project.h"

namespace ga::store {

struct ReviewCandidate {
    int64_t building = 0;
    double confidence = 0;
};

/// One queued household as the geocoder leaves it.
struct ReviewEntry {
    int64_t household = 0;
    std::string reason;                       ///< reason id (geocode::reasonId)
    std::string level;                        ///< how far the address matched: compound, road, building, ...
    std::vector<ReviewCandidate> candidates;  ///< best first
};

/// Replaces the whole queue with `entries`; call inside the caller's transaction.
Result<void> replaceReviewQueue(Project& project, std::span<const ReviewEntry> entries);
/// Takes households out of the queue; call inside the caller's transaction.
Result<void> removeFromReviewQueue(Project& project, std::span<const int64_t> households);
/// Number of households waiting for review.
Result<int64_t> reviewQueueSize(Project& project);

/// A candidate as the dock and the review CSV show it.
struct ReviewCandidateRow {
    int64_t building = 0;
    double confidence = 0;
    std::string compound, number, road, door, grid;
};

/// One queued household as the dock and the review CSV show it; personal data masked unless
/// read Unmasked (which only a logged reveal should do).
struct ReviewRow {
    int64_t household = 0;
    std::string householdId, address, reason, level, queuedAt;
    std::optional<int64_t> linkedBuilding;  ///< a link kept from before (the new match disagreed)
    std::string name, phone;
    std::vector<ReviewCandidateRow> candidates;
};

/// The queue in household order.
Result<std::vector<ReviewRow>> readReviewQueue(Project& project, Masking masking = Masking::Masked);

/// What an operator decided for one household.
struct Resolution {
    int64_t household = 0;
    std::optional<int64_t> building;    ///< nullopt: leave the household unlinked ("not in this project")
    std::optional<AddressAlias> alias;  ///< saved with the resolution
};

/// Everything a resolution changed, enough to undo it.
struct ResolutionRecord {
    int64_t editId = 0;
    int64_t household = 0;
    StoredLink before;
    std::optional<ReviewEntry> queued;        ///< the queue entry it removed
    std::optional<AddressAlias> aliasBefore;  ///< an alias of the same text it replaced
    std::optional<std::string> aliasSaved;    ///< text of the alias it saved
};

/// Links the household by hand (link method manual, never overwritten by the geocoder), takes
/// it out of the queue and saves the alias, in one transaction logged as "resolve_review".
Result<ResolutionRecord> resolveReview(Project& project, const Resolution& resolution, const std::string& operatorName);
/// Puts back what `record` changed (link, queue entry, alias), logged as "undo_resolve_review".
Result<int64_t> undoResolution(Project& project, const ResolutionRecord& record, const std::string& operatorName);

}  // namespace ga::store
