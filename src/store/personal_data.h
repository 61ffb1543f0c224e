#pragma once
// One household's personal data for display: masked by default (张*, 138****5678,
// 110***********1234); reading it unmasked is a deliberate act written to the edit log.
#include <cstdint>
#include <string>

#include "store/layer_reader.h"
#include "store/project.h"

namespace ga::store {

struct PersonalData {
    std::string name, idNumber, phone, tags;
    bool idValid = true;  ///< GB 11643 check digit (an invalid number is flagged, not dropped)
};

/// The household's personal data, masked. Tags are sensitive too: masked reads leave them out.
Result<PersonalData> readPersonalData(Project& project, int64_t household);

/// The same unmasked, logged as "show_unmasked" (who, when, which household, why) in its own
/// transaction; refused on a read-only project, where nothing could be logged.
Result<PersonalData> revealPersonalData(Project& project, int64_t household, const std::string& operatorName,
                                        const std::string& purpose);

}  // namespace ga::store
