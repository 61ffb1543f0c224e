#pragma once
// The fast read behind the in-memory map (model/): chosen columns of a drawable layer and its
// geometry blob, rows without geometry left out, values seen in place rather than copied into
// strings. Half a million issue points load in a fraction of what LayerReader takes. Map layers
// hold no personal fields, so there is nothing to mask; asking for one is refused.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "store/layers.h"
#include "store/project.h"

namespace ga::store {

class MapReader {
public:
    /// Reads `columns` (field names of the layer, "id", or "grid" for buildings and issues) of
    /// the rows of `layer` that have a geometry, in id order.
    static Result<MapReader> create(Project& project, Layer layer, std::span<const std::string_view> columns);
    /// The same for the rows whose id is in `ids` only (the features an edit changed).
    static Result<MapReader> create(Project& project, Layer layer, std::span<const std::string_view> columns,
                                    std::span<const int64_t> ids);

    /// Steps to the next row; false at the end. The error names the layer.
    Result<bool> next();
    /// Column i (in the order asked for) as text, "" for NULL; valid until next().
    std::string_view text(int i) const;
    /// Column i as an integer, 0 for NULL.
    int64_t integer(int i) const { return st_.integer(i); }
    /// The SpatiaLite geometry blob of the row (decode with geo::fromSpatialiteBlob).
    std::span<const uint8_t> geometry() const { return st_.blob(columns_); }

private:
    /// Rows with a geometry that meet `where` (SQL, "" for all), in id order.
    static Result<MapReader> open(Project& project, Layer layer, std::span<const std::string_view> columns,
                                  std::string_view where);
    MapReader(Statement st, int columns, std::string_view layer)
        : st_(std::move(st)), columns_(columns), layer_(layer) {}
    Statement st_;
    int columns_;
    std::string_view layer_;
};

}  // namespace ga::store
