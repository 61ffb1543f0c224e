#pragma once
// Road names are labelled along whole streets, not along the many short pieces a street is
// stored as (OSM ways split at every junction): pieces of the same name that meet end to end
// are chained into one line first.
#include <string>
#include <vector>

#include "model/feature_geometry.h"

namespace ga::model {

struct MergedLines {
    FeatureGeometry lines;         ///< one single-ring line feature per chain
    std::vector<uint32_t> source;  ///< per chain: the input feature its first piece came from
};

/// Chains the line parts of features with equal non-empty `names[i]` whose ends meet within
/// `tolerance` metres; at a junction the chain continues along the straightest piece.
MergedLines mergeLinesByName(const FeatureGeometry& lines, const std::vector<std::string>& names, double tolerance);

}  // namespace ga::model
