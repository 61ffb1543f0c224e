#include "geo/zone_assignment.h"

#include <algorithm>
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
    std::vector<uint32_t> candidates;
    // Points in Hilbert order query the same few zones in a row: their prepared point locators
    // and index nodes stay in cache (3-5x faster than input order for scattered households).
    for (uint32_t i : hilbertOrder(pts)) {
        const Point p = pts[i];
        zoneSet.candidates(Box{p.x, p.y, p.x, p.y}, candidates);
        for (uint32_t c : candidates) {
            const PreparedPolygon* zone = zoneSet.prepared(c);
            if (zone && zone->coversPoint(p)) {
                result[i] = static_cast<int>(c);
                break;
            }
        }
    }
    return result;
}

}  // namespace ga::geo
