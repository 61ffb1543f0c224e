#pragma once
// Reads a layer row by row for export and display, residents' personal fields masked by default.
#include <optional>
#include <string>
#include <vector>

#include "store/layers.h"
#include "store/project.h"

namespace ga::store {

enum class Masking { Masked, Unmasked };

struct ReadRow {
    std::vector<std::optional<std::string>> values;  ///< one per LayerReader::columns()
    std::optional<geo::Geometry> geometry;
};

class LayerReader {
public:
    static Result<LayerReader> create(Project& project, Layer layer, Masking masking);

    /// Column names: "id", the layer's fields (blobs left out), then computed links
    /// (buildings: grid; households: building_id, grid, match_level, confidence, state; ...).
    const std::vector<std::string>& columns() const { return columns_; }
    /// Fills `row` with the next row; false at the end.
    Result<bool> next(ReadRow& row);

private:
    LayerReader(Statement st, std::vector<std::string> columns, std::vector<int> maskKind, bool hasGeometry)
        : st_(std::move(st)), columns_(std::move(columns)), maskKind_(std::move(maskKind)), hasGeometry_(hasGeometry) {}
    Statement st_;
    std::vector<std::string> columns_;
    std::vector<int> maskKind_;  ///< per column: 0 none, 1 name, 2 id number, 3 phone, 4 tags
    bool hasGeometry_;
};

}  // namespace ga::store
