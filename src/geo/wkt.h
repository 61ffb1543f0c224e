#pragma once
// Well-known text (2-D) for geometries typed on a command line or printed in JSON.
#include <string>
#include <string_view>

#include "core/error.h"
#include "geo/geometry.h"

namespace ga::geo {

/// Parses POINT, LINESTRING, POLYGON and their MULTI forms (case-insensitive, Z/M ordinates and
/// EMPTY accepted); the message says where the text goes wrong.
Result<Geometry> fromWkt(std::string_view text);
/// Writes `g` as WKT with `decimals` digits after the point (trailing zeros dropped).
std::string toWkt(const Geometry& g, int decimals = 3);

}  // namespace ga::geo
