#pragma once
// What the map keeps in the project besides layers: the map style (JSON written by render/) and
// the data-source lines the map and printouts credit.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/project.h"

namespace ga::store {

/// The saved map style JSON (settings key "map_style"); nullopt when none was saved.
Result<std::optional<std::string>> loadMapStyle(Project& project);
/// Saves the map style JSON (inside the caller's transaction when one is open).
Result<void> saveMapStyle(Project& project, std::string_view json);

/// Sets the data-source text the user gives (settings key "attribution"; lines split by '\n').
Result<void> saveAttribution(Project& project, std::string_view text);
/// Attribution lines for the data in the project: the user's "attribution" setting, plus
/// "© OpenStreetMap contributors" when an import in the edit log names OpenStreetMap data.
Result<std::vector<std::string>> dataAttributions(Project& project);

/// True when `text` names OpenStreetMap: "openstreetmap", or "osm" as a word (map.osm, osm_id).
bool mentionsOpenStreetMap(std::string_view text);

}  // namespace ga::store
