#include "geo/zone_assignment.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "geo/geos.h"
#include "geo/hilbert.h"
#include "geo/spatial_index.h"

namespace ga::geo {
namespace {

// The zones with their boxes in a spatial index, each prepared on first use (most of 2,000 grid
// cells may never be touched by a small batch). Invalid zones are repaired before preparing so
// that overlays against them do not fail; a zone that cannot be built is never matched.
class Zones {
public:
    explicit Zones(std::span<const Geometry> zones)
        : zones_(zones), boxes_(zones.size()), prepared_(zones.size()), tried_(zones.size(), 0) {
        for (size_t i = 0; i < zones.size(); ++i)
            if (isPolygonal(zones[i].type)) boxes_[i] = zones[i].bounds();
        index_ = SpatialIndex(boxes_);
    }

    /// Zone ids whose box meets `window`, ascending (so ties go to the lower index).
    void candidates(const Box& window, std::vector<uint32_t>& out) const {
        out.clear();
        index_.query(window, out);
        if (out.size() > 1) std::sort(out.begin(), out.end());
    }
    const Box& box(uint32_t zone) const { return boxes_[zone]; }
    Box bounds() const { return index_.bounds(); }

    const PreparedPolygon* prepared(uint32_t zone) {
        if (!tried_[zone]) {
            tried_[zone] = 1;
            const Geometry& z = zones_[zone];
            auto fixed = isValid(z) ? Result<Geometry>(z) : makeValid(z);
            if (fixed)
                if (auto p = PreparedPolygon::create(*fixed)) prepared_[zone].emplace(std::move(*p));
        }
        return prepared_[zone] ? &*prepared_[zone] : nullptr;
    }

private:
    std::span<const Geometry> zones_;
    std::vector<Box> boxes_;
    SpatialIndex index_;
    std::vector<std::optional<PreparedPolygon>> prepared_;
    std::vector<char> tried_;
};

// Tiles per side for point batches: a power of two (so Hilbert order walks tile by tile) with
// about four tiles per zone.
uint32_t tilesPerSide(size_t zones) {
    uint32_t t = 1;
    while (t < 1024 && double(t) * t < 4.0 * double(zones)) t *= 2;
    return t;
}

bool boxInside(const Box& inner, const Box& outer) {
    return inner.minx >= outer.minx && inner.maxx <= outer.maxx && inner.miny >= outer.miny && inner.maxy <= outer.maxy;
}

// The zone sharing the largest area with `item`, by overlay against each candidate.
int largestShare(const Geometry& item, std::span<const uint32_t> candidates, Zones& zones) {
    // GEOS overlays refuse some invalid input (a bow-tie building), so repair first.
    std::optional<Geometry> repaired;
    if (!isValid(item)) {
        auto fixed = makeValid(item);
        if (!fixed || fixed->isEmpty()) return -1;
        repaired = std::move(*fixed);
    }
    GeosGeometryPtr g = toGeos(repaired ? *repaired : item);
    if (!g) return -1;
    double best = 0;
    int bestZone = -1;
    for (uint32_t c : candidates) {
        const PreparedPolygon* zone = zones.prepared(c);
        if (!zone || !zone->intersects(g.get())) continue;
        const double a = intersectionArea(g.get(), zone->geometry());
        if (a > best) {
            best = a;
            bestZone = static_cast<int>(c);
        }
    }
    return bestZone;
}

}  // namespace

std::vector<int> assignByLargestShare(std::span<const Geometry> items, std::span<const Geometry> zones) {
    std::vector<int> result(items.size(), -1);
    if (items.empty() || zones.empty()) return result;
    Zones zoneSet(zones);
    std::vector<Box> itemBoxes(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        if (isPolygonal(items[i].type)) itemBoxes[i] = items[i].bounds();
    std::vector<uint32_t> candidates;
    // Neighbouring items meet the same zones, whose prepared indexes then stay in cache.
    for (uint32_t i : hilbertOrder(std::span<const Box>(itemBoxes))) {
        const Geometry& item = items[i];
        if (itemBoxes[i].isEmpty()) continue;
        zoneSet.candidates(itemBoxes[i], candidates);
        if (candidates.empty()) continue;
        // Fast path: a zone whose box holds the item's box and which contains the item gets all
        // of its area, so no overlay is needed.
        GeosGeometryPtr g;
        for (uint32_t c : candidates) {
            if (!boxInside(itemBoxes[i], zoneSet.box(c))) continue;
            const PreparedPolygon* zone = zoneSet.prepared(c);
            if (!zone) continue;
            if (!g) g = toGeos(item);
            if (g && zone->contains(g.get())) {
                result[i] = static_cast<int>(c);
                break;
            }
        }
        if (result[i] < 0) result[i] = largestShare(item, candidates, zoneSet);
    }
    return result;
}

std::vector<int> assignPoints(std::span<const Point> pts, std::span<const Geometry> zones) {
    std::vector<int> result(pts.size(), -1);
    if (pts.empty() || zones.empty()) return result;
    Zones zoneSet(zones);
    // Points are visited along the Hilbert curve so that consecutive points query the same few
    // zones, whose index nodes and prepared point locators then stay in cache. They are gathered
    // into that order first: reading a million points scattered through memory inside the loop
    // would stall on a cache miss per point.
    const std::vector<uint32_t> order = hilbertOrder(pts);
    std::vector<Point> sorted(pts.size());
    for (size_t k = 0; k < order.size(); ++k) sorted[k] = pts[order[k]];
    // The index is asked once per tile rather than once per point: tiles are a power-of-two
    // grid over the points' extent, which the Hilbert order walks tile by tile, and about half a
    // zone wide, so a tile meets only a few zones. Tile boxes are padded so that rounding at tile
    // edges cannot lose a candidate; each candidate's own box is then checked exactly.
    // Tiles cover only where points and zones both are, so that far-off stray points cannot
    // stretch them; points outside that extent (or not finite) are in no zone.
    Box extent;
    for (const Point& p : sorted)
        if (std::isfinite(p.x) && std::isfinite(p.y)) extent.expand(p);
    const Box zoneExtent = zoneSet.bounds();
    extent = Box{std::max(extent.minx, zoneExtent.minx), std::max(extent.miny, zoneExtent.miny),
                 std::min(extent.maxx, zoneExtent.maxx), std::min(extent.maxy, zoneExtent.maxy)};
    if (extent.isEmpty() || extent.miny > extent.maxy) return result;
    const uint32_t tiles = tilesPerSide(zones.size());
    const double tileW = extent.width() > 0 ? extent.width() / tiles : 1;
    const double tileH = extent.height() > 0 ? extent.height() / tiles : 1;
    const double padX = tileW * 1e-6, padY = tileH * 1e-6;
    std::vector<int> found(pts.size(), -1);
    std::vector<uint32_t> candidates;
    uint64_t lastTile = std::numeric_limits<uint64_t>::max();
    for (size_t k = 0; k < sorted.size(); ++k) {
        const Point p = sorted[k];
        if (!extent.contains(p)) continue;
        const auto tx = std::min(tiles - 1, static_cast<uint32_t>((p.x - extent.minx) / tileW));
        const auto ty = std::min(tiles - 1, static_cast<uint32_t>((p.y - extent.miny) / tileH));
        const uint64_t tile = uint64_t(ty) * tiles + tx;
        if (tile != lastTile) {
            lastTile = tile;
            const double x0 = extent.minx + tx * tileW, y0 = extent.miny + ty * tileH;
            zoneSet.candidates(Box{x0 - padX, y0 - padY, x0 + tileW + padX, y0 + tileH + padY}, candidates);
        }
        for (uint32_t c : candidates) {
            if (!zoneSet.box(c).contains(p)) continue;
            const PreparedPolygon* zone = zoneSet.prepared(c);
            if (zone && zone->coversPoint(p)) {
                found[k] = static_cast<int>(c);
                break;
            }
        }
    }
    for (size_t k = 0; k < order.size(); ++k) result[order[k]] = found[k];
    return result;
}

}  // namespace ga::geo
