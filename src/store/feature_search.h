#pragma once
// The workstation's search box: grid code or name, compound + building number, road name.
#include <cstdint>
#include <string>
#include <vector>

#include "geo/geometry.h"
#include "store/layers.h"
#include "store/project.h"

namespace ga::store {

struct SearchHit {
    Layer layer = Layer::Grids;
    int64_t id = 0;     ///< feature id (for a road: the first segment of that name)
    std::string label;  ///< what the result list shows
    geo::Box box;       ///< extent to zoom to (a road: all its segments)
};

/// Splits "华荣上海城12号楼" / "华荣上海城 12栋" / "和盛 3#" into compound text and building number
/// ("" when the text has no trailing number).
struct CompoundBuilding {
    std::string compound, number;
};
CompoundBuilding splitCompoundBuilding(std::string_view text);

/// Finds grids (code prefix or name), buildings (compound + number) and roads (name) matching
/// `text`, grids first, at most `limit` hits.
Result<std::vector<SearchHit>> searchFeatures(Project& project, std::string_view text, int limit = 20);

}  // namespace ga::store
