#pragma once
// Georeferencing by control points: a least-squares affine transform from a local plane (a city's
// own grid, a scanned plan) into the project CRS, with its residuals so the user can judge it.
#include <span>
#include <vector>

#include "core/error.h"
#include "geo/geometry.h"

namespace ga::geo {

/// x' = a·x + b·y + c,  y' = d·x + e·y + f
struct Affine {
    double a = 1, b = 0, c = 0, d = 0, e = 1, f = 0;
    Point apply(Point p) const { return {a * p.x + b * p.y + c, d * p.x + e * p.y + f}; }
    void apply(Geometry& g) const {
        for (Point& p : g.points) p = apply(p);
    }
};

struct AffineFit {
    Affine transform;
    std::vector<double> residuals;  ///< per control point, in target units (metres)
    double rms = 0;
    double maxResidual = 0;
};

/// Fits an affine transform taking `source[i]` to `target[i]`; needs at least 3 control points
/// not on one line. The message says which of these is wrong.
Result<AffineFit> fitAffine(std::span<const Point> source, std::span<const Point> target);

}  // namespace ga::geo
