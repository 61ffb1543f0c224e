#include "edit/building_partition.h"

#include <cmath>
#include <vector>

#include "edit/planar.h"
#include "edit/polygon_division.h"
#include "geo/geos.h"

namespace ga::edit {
namespace {

// Every vertex of `g` and points between them at most `spacing` apart.
void sample(const geo::Geometry& g, double spacing, std::vector<geo::Point>& out) {
    for (size_t r = 0; r < g.ringCount(); ++r) {
        const auto ring = g.ring(r);
        for (size_t i = 0; i < ring.size(); ++i) {
            out.push_back(ring[i]);
            if (i + 1 == ring.size()) break;
            const double len = std::hypot(ring[i + 1].x - ring[i].x, ring[i + 1].y - ring[i].y);
            const int steps = static_cast<int>(len / spacing);
            for (int k = 1; k < steps; ++k) {
                const double t = static_cast<double>(k) / steps;
                out.push_back(
                    {ring[i].x + t * (ring[i + 1].x - ring[i].x), ring[i].y + t * (ring[i + 1].y - ring[i].y)});
            }
        }
    }
}

}  // namespace

Result<std::array<geo::Geometry, 2>> divideBetween(const geo::Geometry& area,
                                                   std::span<const geo::Geometry* const> groupA,
                                                   std::span<const geo::Geometry* const> groupB,
                                                   std::span<const geo::Geometry> seedsA) {
    std::vector<geo::Point> sites;
    for (const geo::Geometry* b : groupA) sample(*b, kOutlineSpacing, sites);
    for (const geo::Geometry& l : seedsA) sample(l, kOutlineSpacing, sites);
    const size_t countA = sites.size();
    for (const geo::Geometry* b : groupB) sample(*b, kOutlineSpacing, sites);
    if (countA == 0 || countA == sites.size()) return fail("both sides need at least one building");
    geo::Box envelope = area.bounds();
    envelope.minx -= 10;
    envelope.miny -= 10;
    envelope.maxx += 10;
    envelope.maxy += 10;
    auto cells = geo::voronoiCells(sites, envelope);
    if (!cells) return std::unexpected(cells.error());
    // A site repeated in both groups (a shared wall) keeps the cell for its first group only.
    std::vector<geo::Geometry> cellsA;
    for (size_t i = 0; i < countA; ++i)
        if (!(*cells)[i].isEmpty()) cellsA.push_back(std::move((*cells)[i]));
    auto regionA = geo::unionAll(cellsA);
    if (!regionA) return std::unexpected(regionA.error());
    auto prepared = geo::PreparedPolygon::create(*regionA);
    if (!prepared) return std::unexpected(prepared.error());
    // Buildings the Voronoi boundary still cuts are kept whole on their own side.
    std::vector<WholeBuilding> whole;
    for (const geo::Geometry* b : groupA)
        if (!prepared->contains(*b)) whole.push_back({b, 0});
    for (const geo::Geometry* b : groupB)
        if (prepared->intersects(*b) && geo::intersectionArea(*b, *regionA) > 1e-6) whole.push_back({b, 1});
    const std::vector<geo::Geometry> lines = ringsAsLines(*regionA);
    auto parts = divideArea(
        area, lines, whole, [&](geo::Point p) { return prepared->coversPoint(p) ? 0 : 1; }, 2);
    if (!parts) return std::unexpected(parts.error());
    return std::array<geo::Geometry, 2>{std::move((*parts)[0]), std::move((*parts)[1])};
}

}  // namespace ga::edit
