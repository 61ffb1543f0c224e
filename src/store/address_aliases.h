#pragma once
// Aliases operators save while resolving review rows, so the same form matches by itself next
// time: an old compound name, a common misspelling of a compound or road, or one whole address
// that stands for one building.
#include <string>
#include <vector>

#include "store/address_sources.h"
#include "store/project.h"

namespace ga::store {

/// Saves `alias` (replacing an alias of the same text); call inside the caller's transaction.
/// Refuses an empty alias or canonical name and kinds other than compound, road and address.
Result<void> saveAddressAlias(Project& project, const AddressAlias& alias);
/// Removes the alias with text `alias`; returns whether there was one.
Result<bool> removeAddressAlias(Project& project, const std::string& alias);
/// The alias with text `alias`, if any.
Result<std::optional<AddressAlias>> findAddressAlias(Project& project, const std::string& alias);

}  // namespace ga::store
