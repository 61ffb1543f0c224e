#include "synth/lattice.h"

#include "synth/rng.h"

namespace ga::synth {

Lattice::Lattice(geo::Point origin, double cell, double jitter, int columns, int rows, uint64_t seed)
    : columns_(columns), rows_(rows), cell_(cell) {
    points_.reserve(static_cast<size_t>(columns + 1) * (rows + 1));
    for (int j = 0; j <= rows; ++j)
        for (int i = 0; i <= columns; ++i) {
            Rng rng(streamSeed(seed, static_cast<uint64_t>(i), static_cast<uint64_t>(j)));
            const double dx = rng.uniform(-jitter, jitter), dy = rng.uniform(-jitter, jitter);
            // Whole metres keep coordinates short in files and exact in comparisons.
            points_.push_back({std::round(origin.x + i * cell + dx), std::round(origin.y - j * cell + dy)});
        }
}

geo::Point Lattice::map(int x, int y, double u, double v) const {
    const geo::Point a = at(x, y), b = at(x + 1, y), c = at(x + 1, y + 1), d = at(x, y + 1);
    const double wa = (1 - u) * (1 - v), wb = u * (1 - v), wc = u * v, wd = (1 - u) * v;
    return {wa * a.x + wb * b.x + wc * c.x + wd * d.x, wa * a.y + wb * b.y + wc * c.y + wd * d.y};
}

geo::Geometry Lattice::outline(const CellRect& r) const {
    // North is up and rows grow south, so west → south → east → north is counter-clockwise.
    std::vector<geo::Point> ring;
    ring.reserve(2 * (r.width() + r.height()) + 1);
    for (int j = r.y0; j < r.y1; ++j) ring.push_back(at(r.x0, j));
    for (int i = r.x0; i < r.x1; ++i) ring.push_back(at(i, r.y1));
    for (int j = r.y1; j > r.y0; --j) ring.push_back(at(r.x1, j));
    for (int i = r.x1; i > r.x0; --i) ring.push_back(at(i, r.y0));
    ring.push_back(ring.front());
    geo::Geometry g;
    g.type = geo::GeomType::Polygon;
    g.beginPart();
    g.addRing(ring);
    return g;
}

geo::Geometry Lattice::quad(int x, int y, const UvRect& uv) const {
    const geo::Point ring[5] = {map(x, y, uv.u0, uv.v0), map(x, y, uv.u0, uv.v1), map(x, y, uv.u1, uv.v1),
                                map(x, y, uv.u1, uv.v0), map(x, y, uv.u0, uv.v0)};
    geo::Geometry g;
    g.type = geo::GeomType::Polygon;
    g.beginPart();
    g.addRing(ring);
    return g;
}

geo::Geometry Lattice::segment(int x, int y, double u0, double v0, double u1, double v1) const {
    const geo::Point pts[2] = {map(x, y, u0, v0), map(x, y, u1, v1)};
    return geo::Geometry::lineString(pts);
}

}  // namespace ga::synth
