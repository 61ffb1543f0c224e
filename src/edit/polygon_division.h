#pragma once
// Divides a polygon into parts along lines, keeping chosen buildings whole: the polygon is cut
// along the lines and along the outlines of those buildings in one noding, every face goes to a
// part (a kept building's faces to that building's part, the others as `classify` says), and the
// faces of each part are unioned. The parts share their edges vertex for vertex and tile the
// polygon exactly.
#include <functional>
#include <span>
#include <vector>

#include "core/error.h"
#include "geo/geometry.h"

namespace ga::edit {

/// A building that must end up wholly in part `part`.
struct WholeBuilding {
    const geo::Geometry* footprint = nullptr;
    int part = 0;
};

/// Divides `area` into `partCount` parts as described above; a part no face goes to comes back
/// empty. `classify` gets a point inside a face and returns its part (0 ≤ part < partCount).
Result<std::vector<geo::Geometry>> divideArea(const geo::Geometry& area, std::span<const geo::Geometry> lines,
                                              std::span<const WholeBuilding> whole,
                                              const std::function<int(geo::Point)>& classify, int partCount);

}  // namespace ga::edit
