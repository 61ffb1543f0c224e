#pragma once
// Rows found by their key (grid code, household id, issue id, community code): what importing
// a keyed layer needs beyond LayerWriter — which keys are taken, codes issued for good, and
// households marked as moved out when a new register no longer lists them.
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>

#include "core/error.h"
#include "store/layers.h"
#include "store/project.h"

namespace ga::store {

struct KeyedRow {
    int64_t id = 0;      ///< 0 for a grid code that was issued once and retired
    bool active = true;  ///< households: state 'active'; grids: not retired
};

/// Every key `layer` holds, with its row. For grids also every code ever issued (codes are
/// never reused). Empty for a layer without a key.
Result<std::unordered_map<std::string, KeyedRow>> existingKeys(Project& project, Layer layer);

/// Records grid codes as issued today (grid_codes), so they are never given out again. Call
/// inside the operation's transaction.
Result<void> recordIssuedGridCodes(Project& project, std::span<const std::string> codes);

/// Sets the state of households `ids` ('active', 'moved_out'); returns how many changed.
Result<int64_t> setHouseholdState(Project& project, std::span<const int64_t> ids, std::string_view state);

}  // namespace ga::store
