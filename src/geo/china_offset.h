#pragma once
// GCJ-02 ("Mars coordinates", used by AMap/Tencent/Gaode) and BD-09 (Baidu): the obfuscated
// offsets applied to WGS-84 longitude/latitude in China, which PROJ does not know. All points
// are (x = longitude, y = latitude) in degrees.
#include "geo/geometry.h"

namespace ga::geo {

/// The offset system a source's coordinates are in.
enum class ChinaOffset { Gcj02, Bd09 };

/// True when the point lies in the (rectangular) area where GCJ-02 applies; outside it GCJ-02
/// is the identity.
bool isInsideChina(Point lonlat);

/// WGS-84 → GCJ-02 (the published forward formula).
Point wgs84ToGcj02(Point lonlat);
/// GCJ-02 → WGS-84 by fixed-point iteration on the forward formula, to < 1e-9 degrees.
Point gcj02ToWgs84(Point lonlat);
/// GCJ-02 → BD-09.
Point gcj02ToBd09(Point lonlat);
/// BD-09 → GCJ-02 (Baidu's closed-form inverse, refined iteratively to < 1e-9 degrees).
Point bd09ToGcj02(Point lonlat);
/// BD-09 → WGS-84.
Point bd09ToWgs84(Point lonlat);
/// WGS-84 → BD-09.
Point wgs84ToBd09(Point lonlat);

/// Converts every point of `g` from `from` to WGS-84 in place.
void convertToWgs84(Geometry& g, ChinaOffset from);

}  // namespace ga::geo
