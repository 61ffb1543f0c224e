#pragma once
// Attribute forms' reads and writes: one feature's fields, saved in one transaction with an
// edit-log entry holding the values before and after.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/layers.h"
#include "store/project.h"

namespace ga::store {

/// One feature's values, one per LayerDef field: personal fields are left out (nullopt), a blob
/// field (staff photo) holds its raw bytes.
struct FeatureAttributes {
    Layer layer = Layer::Grids;
    int64_t id = 0;
    std::vector<std::optional<std::string>> values;
};

/// Reads feature `id` of `layer`; fails when there is no such feature.
Result<FeatureAttributes> readAttributes(Project& project, Layer layer, int64_t id);

/// Writes `after` over the stored values of the same feature in one transaction and logs the
/// change (action "edit_attributes", detail: JSON of the changed fields before and after).
/// Refuses personal fields, a changed key (grid codes change only by split and merge), a value
/// that does not fit the field type and a missing required value. Returns the edit-log id, or 0
/// when nothing changed (nothing is written then).
Result<int64_t> saveAttributes(Project& project, const FeatureAttributes& after, const std::string& operatorName);

/// Adds a feature without geometry (staff) in one transaction with its edit-log entry; returns its id.
Result<int64_t> insertAttributes(Project& project, const FeatureAttributes& row, const std::string& operatorName);

}  // namespace ga::store
