#include "geocode/building_locator.h"

#include <algorithm>
#include <cmath>
#include <thread>

#include "geo/hilbert.h"

namespace ga::geocode {
namespace {

// On segment a–b (collinear and within its box).
bool onSegment(geo::Point a, geo::Point b, geo::Point p) {
    const double cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    const double scale = std::max({std::abs(b.x - a.x), std::abs(b.y - a.y), 1.0});
    if (std::abs(cross) > 1e-9 * scale * scale) return false;
    return p.x >= std::min(a.x, b.x) && p.x <= std::max(a.x, b.x) && p.y >= std::min(a.y, b.y) &&
           p.y <= std::max(a.y, b.y);
}

// Crossing number of a ray from `p` towards +x with `ring`; `boundary` set when p lies on it.
int crossings(std::span<const geo::Point> ring, geo::Point p, bool& boundary) {
    int n = 0;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const geo::Point a = ring[i], b = ring[j];
        if (onSegment(a, b, p)) {
            boundary = true;
            return 0;
        }
        if ((a.y > p.y) != (b.y > p.y)) {
            const double x = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
            if (p.x < x) ++n;
        }
    }
    return n;
}

}  // namespace

bool containsPoint(const geo::Geometry& g, geo::Point p) {
    if (!geo::isPolygonal(g.type)) return false;
    for (size_t part = 0; part < g.partCount(); ++part) {
        const auto [first, last] = g.partRings(part);
        int n = 0;
        for (size_t r = first; r < last; ++r) {
            const auto ring = g.ring(r);
            if (ring.size() < 3) continue;
            bool boundary = false;
            n += crossings(ring, p, boundary);
            if (boundary) return true;
        }
        if (n % 2 == 1) return true;
    }
    return false;
}

namespace {

std::vector<geo::Box> boxesOf(std::span<const geo::Geometry> footprints) {
    std::vector<geo::Box> boxes(footprints.size());
    for (size_t i = 0; i < footprints.size(); ++i)
        if (geo::isPolygonal(footprints[i].type)) boxes[i] = footprints[i].bounds();
    return boxes;
}

}  // namespace

BuildingLocator::BuildingLocator(std::span<const geo::Geometry> footprints)
    : footprints_(footprints), index_(boxesOf(footprints)) {}

int BuildingLocator::locate(geo::Point p) const {
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) return -1;
    int found = -1;
    index_.visit(geo::Box{p.x, p.y, p.x, p.y}, [&](uint32_t id) {
        if (found >= 0 && static_cast<int>(id) > found) return true;
        if (containsPoint(footprints_[id], p)) found = static_cast<int>(id);
        return true;
    });
    return found;
}

std::vector<int> BuildingLocator::locateAll(std::span<const geo::Point> points, int threads) const {
    std::vector<int> out(points.size(), -1);
    // Neighbouring points meet the same index nodes and footprints, which then stay in cache.
    const std::vector<uint32_t> order = geo::hilbertOrder(points);
    const size_t parts = static_cast<size_t>(std::max(1, threads));
    auto work = [&](size_t part) {
        const size_t b = order.size() * part / parts, e = order.size() * (part + 1) / parts;
        for (size_t k = b; k < e; ++k) out[order[k]] = locate(points[order[k]]);
    };
    std::vector<std::jthread> workers;
    for (size_t p = 1; p < parts; ++p) workers.emplace_back(work, p);
    work(0);
    return out;
}

}  // namespace ga::geocode
