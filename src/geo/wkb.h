#pragma once
// ISO WKB (2-D) and SpatiaLite BLOB geometry encoding, decoding into geo::Geometry.
#include <cstdint>
#include <span>
#include <vector>

#include "core/error.h"
#include "geo/geometry.h"

namespace ga::geo {

/// Little-endian ISO WKB, 2-D.
std::vector<uint8_t> toWkb(const Geometry& g);
/// Reads WKB of either byte order; Z/M ordinates (ISO or EWKB flags) are dropped.
Result<Geometry> fromWkb(std::span<const uint8_t> wkb);

/// SpatiaLite's internal BLOB format (what `GeomFromWKB()` stores), little-endian, with its MBR.
std::vector<uint8_t> toSpatialiteBlob(const Geometry& g, int srid);
/// Decodes a SpatiaLite BLOB (2-D, XYZ/XYM/XYZM read as 2-D); `srid` is set when not null.
Result<Geometry> fromSpatialiteBlob(std::span<const uint8_t> blob, int* srid = nullptr);

}  // namespace ga::geo
