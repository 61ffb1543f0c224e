#pragma once
// The review list as a CSV for operators and spreadsheets (UTF-8 with a byte-order mark so Excel
// reads the Chinese): one line per candidate — household_id, address, rank, building_id,
// compound, number, road, door, confidence, reason — and one line without a candidate for a
// household that has none. Personal data never goes into it.
#include <span>
#include <string>

#include "core/error.h"
#include "store/review_queue.h"

namespace ga::geocode {

/// Writes `rows` to `path` (beside and renamed, so a list is never half there).
Result<void> writeReviewCsv(std::span<const store::ReviewRow> rows, const std::string& path);

}  // namespace ga::geocode
