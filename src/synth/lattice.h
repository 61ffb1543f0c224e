#pragma once
// The jittered lattice a synthetic district is laid out on. Every polygon (community, grid) is a
// rectangle of lattice cells whose outline passes through every lattice point on its boundary,
// so neighbouring polygons share their vertices exactly: a noded coverage with no gaps or
// overlaps. Inside a cell, features are placed in (u, v) ∈ [0, 1]² and mapped bilinearly; a
// bilinear map keeps straight lines of constant u or v straight, so a rectangle in (u, v) is a
// quadrilateral inside the cell, never crossing its edges.
#include <cstdint>
#include <vector>

#include "geo/geometry.h"

namespace ga::synth {

/// Cells [x0, x1) × [y0, y1): column x grows east, row y grows south.
struct CellRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    int width() const { return x1 - x0; }
    int height() const { return y1 - y0; }
    long long area() const { return static_cast<long long>(width()) * height(); }
    bool contains(int x, int y) const { return x >= x0 && x < x1 && y >= y0 && y < y1; }
    friend bool operator==(const CellRect&, const CellRect&) = default;
};

/// A rectangle in a cell's (u, v) space: u grows east, v south.
struct UvRect {
    double u0 = 0, v0 = 0, u1 = 0, v1 = 0;
};

class Lattice {
public:
    Lattice() = default;
    /// `columns` × `rows` cells of side `cell` metres; the north-west lattice point lies near
    /// `origin`; each lattice point moves by up to `jitter` metres in x and y.
    Lattice(geo::Point origin, double cell, double jitter, int columns, int rows, uint64_t seed);

    int columns() const { return columns_; }
    int rows() const { return rows_; }
    double cellSize() const { return cell_; }

    /// Lattice point at column line i (0…columns) and row line j (0…rows).
    geo::Point at(int i, int j) const { return points_[static_cast<size_t>(j) * (columns_ + 1) + i]; }
    /// The point (u, v) of cell (x, y).
    geo::Point map(int x, int y, double u, double v) const;
    /// The polygon of a rectangle of cells, counter-clockwise, through every lattice point on its boundary.
    geo::Geometry outline(const CellRect& r) const;
    /// The quadrilateral of `uv` in cell (x, y), counter-clockwise.
    geo::Geometry quad(int x, int y, const UvRect& uv) const;
    /// A polyline along u = const or v = const inside cell (x, y), from (u0, v0) to (u1, v1).
    geo::Geometry segment(int x, int y, double u0, double v0, double u1, double v1) const;

private:
    std::vector<geo::Point> points_;
    int columns_ = 0, rows_ = 0;
    double cell_ = 0;
};

}  // namespace ga::synth
