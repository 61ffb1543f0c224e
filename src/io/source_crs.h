#pragma once
// Where a source file's coordinates are, and how they reach the project CRS: --crs overrides
// the file; GCJ-02/BD-09 are converted to WGS 84 first; a file without a CRS is taken as WGS 84
// only when its coordinates are plainly longitude/latitude in China.
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "geo/affine_fit.h"
#include "geo/china_offset.h"
#include "geo/crs.h"
#include "io/gdal.h"

namespace ga::io {

/// What `--crs` says: an EPSG code, or longitude/latitude in an offset system.
struct CrsOption {
    int epsg = 0;                            ///< when no offset
    std::optional<geo::ChinaOffset> offset;  ///< GCJ02 or BD09
};

/// Parses "EPSG:N", "N", "GCJ02"/"GCJ-02" or "BD09"/"BD-09".
Result<CrsOption> parseCrsOption(std::string_view text);

/// The coordinates as they come from the file.
struct SourceCoordinates {
    std::string definition;                  ///< PROJ-readable CRS of the coordinates after `offset`
    std::optional<geo::ChinaOffset> offset;  ///< converted to WGS 84 before the transformation
    std::string description;                 ///< for the report, e.g. "EPSG:4326 (assumed: lon/lat in China)"
    bool assumed = false;
};

/// True when the box lies where longitude/latitude in China lie (73–136°E, 3–54°N).
bool isChinaLonLat(const geo::Box& box);

/// Decides the source coordinates: `option` overrides `fileCrs`; without either, WGS 84 is
/// assumed when `extent` is plainly lon/lat in China, else the file is refused (naming `file`).
Result<SourceCoordinates> resolveSourceCoordinates(const std::optional<CrsOption>& option,
                                                   const std::optional<SourceCrs>& fileCrs, const geo::Box& extent,
                                                   const std::string& file);

/// The CGCS2000 Gauss–Krüger zone for data whose extent in the source coordinates is `extent`.
Result<int> gaussKrugerZoneFor(const SourceCoordinates& source, const geo::Box& extent, std::string_view towgs84);

/// Takes geometries from the source coordinates into the project CRS.
class CoordinatePipeline {
public:
    /// `towgs84`: Helmert parameters for a source datum PROJ knows only by a ballpark shift.
    static Result<CoordinatePipeline> create(const SourceCoordinates& source, int projectEpsg,
                                             std::string_view towgs84);

    /// Local plane coordinates georeferenced by control points (a city grid, a scanned plan).
    static CoordinatePipeline fromAffine(const geo::Affine& affine) { return CoordinatePipeline(affine); }

    /// Converts in place; fails for coordinates outside what the transformation takes.
    Result<void> apply(geo::Geometry& g) const;

private:
    CoordinatePipeline(std::optional<geo::ChinaOffset> offset, geo::Transformer t)
        : offset_(offset), transformer_(std::move(t)) {}
    explicit CoordinatePipeline(const geo::Affine& affine) : affine_(affine) {}
    std::optional<geo::ChinaOffset> offset_;
    std::optional<geo::Transformer> transformer_;
    std::optional<geo::Affine> affine_;
};

/// Reads control points from a CSV with the columns src_x, src_y, dst_x, dst_y (target in the
/// project CRS) and fits the affine transform; errors name the file and line.
Result<geo::AffineFit> readControlPoints(const std::string& file);

}  // namespace ga::io
