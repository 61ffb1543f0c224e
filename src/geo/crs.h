#pragma once
// Coordinate reference systems through PROJ: parsing, the project's metric CRS, and transforms
// that refuse PROJ's ballpark operations (Beijing 1954 / Xian 1980 without parameters).
#include <memory>
#include <string>
#include <string_view>

#include "core/error.h"
#include "geo/geometry.h"

namespace ga::geo {

/// "EPSG:4549" or "4549" → 4549.
Result<int> parseEpsg(std::string_view text);

/// Refuses geographic and non-metric CRSs as the project CRS.
Result<void> requireMetricProjectCrs(int epsg);

/// EPSG code of the CGCS2000 3-degree Gauss–Krüger zone (central meridian, no zone prefix:
/// EPSG:4534 = 75°E … EPSG:4554 = 135°E) whose central meridian is nearest `longitude`.
int cgcs2000GaussKrugerEpsg(double longitude);

/// Transforms coordinates from a source CRS into a target CRS (x = easting/longitude).
class Transformer {
public:
    /// `source` is anything PROJ accepts (EPSG:N, WKT, PROJ string). With `towgs84` (7 comma-
    /// separated Helmert parameters) the source datum is given explicitly. A ballpark-only
    /// operation is refused with a message that says what to give instead.
    static Result<Transformer> create(std::string_view source, int targetEpsg, std::string_view towgs84 = {});

    Transformer(Transformer&&) noexcept;
    Transformer& operator=(Transformer&&) noexcept;
    ~Transformer();

    /// Transforms every point in place; fails on a point PROJ cannot transform.
    Result<void> apply(Geometry& g) const;
    Result<Point> apply(Point p) const;
    /// True when source and target are the same CRS (apply() does nothing).
    bool isIdentity() const { return identity_; }

private:
    Transformer() = default;
    struct Impl;
    std::unique_ptr<Impl> impl_;
    bool identity_ = false;
};

}  // namespace ga::geo
