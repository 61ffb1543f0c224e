#pragma once
// The project's basemaps (orthophotos, tile files, tile services): kept in the settings as one
// JSON list under the key "basemaps", bottom to top, so the next session and gridatlas-cli
// render draw the same map.
#include <span>
#include <string>
#include <vector>

#include "store/project.h"

namespace ga::store {

struct BasemapSetting {
    std::string name;    ///< unique in the project; what the layer panel and the CLI call it
    std::string source;  ///< a raster file path or a tile service URL (see io::BasemapSource)
    double opacity = 1;  ///< 0–1
    bool visible = true;
    std::string attribution;  ///< credited in the map's corner attribution, e.g. "© 天地图"

    friend bool operator==(const BasemapSetting&, const BasemapSetting&) = default;
};

/// The saved basemaps, bottom first (none when the project has none).
Result<std::vector<BasemapSetting>> loadBasemaps(Project& project);
/// Replaces the saved list (inside the caller's transaction when one is open). Names must be
/// non-empty and unique, opacity within 0–1.
Result<void> saveBasemaps(Project& project, std::span<const BasemapSetting> basemaps);

/// Adds `basemap` on top of the others and logs it (action "basemap"); refuses a name in use.
Result<void> addBasemap(Project& project, const BasemapSetting& basemap, const std::string& operatorName);
/// Removes the basemap called `name` and logs it; fails when there is none of that name.
Result<void> removeBasemap(Project& project, const std::string& name, const std::string& operatorName);

}  // namespace ga::store
