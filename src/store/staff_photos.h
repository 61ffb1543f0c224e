#pragma once
// Staff portraits as stored (PNG or JPEG bytes), for the staff panels of printed grid maps.
#include <cstdint>
#include <map>
#include <vector>

#include "store/project.h"

namespace ga::store {

/// The photo bytes of every staff member that has one, by staff id; members without a photo are
/// left out.
Result<std::map<int64_t, std::vector<uint8_t>>> staffPhotos(Project& project);

}  // namespace ga::store
