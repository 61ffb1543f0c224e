#include "geo/hilbert.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace ga::geo {
namespace {

constexpr uint32_t kSide = 1u << 16;
constexpr uint32_t kLast = std::numeric_limits<uint32_t>::max();

// Stable LSD radix sort of indices by 32-bit key, 8 bits per pass: linear time, which matters
// for a million points where a comparison sort costs as much as the work that follows.
std::vector<uint32_t> sortByKey(std::vector<uint32_t>& keys) {
    const size_t n = keys.size();
    std::vector<uint32_t> order(n), tmpOrder(n), tmpKeys(n);
    for (size_t i = 0; i < n; ++i) order[i] = static_cast<uint32_t>(i);
    for (int shift = 0; shift < 32; shift += 8) {
        size_t count[257] = {};
        for (uint32_t k : keys) ++count[((k >> shift) & 0xFF) + 1];
        for (int b = 0; b < 256; ++b) count[b + 1] += count[b];
        for (size_t i = 0; i < n; ++i) {
            const size_t dst = count[(keys[i] >> shift) & 0xFF]++;
            tmpKeys[dst] = keys[i];
            tmpOrder[dst] = order[i];
        }
        keys.swap(tmpKeys);
        order.swap(tmpOrder);
    }
    return order;
}

// Keys for centres scaled into the 2^16 grid over `extent`. The last column is left out: its
// corner (65535, 0) ends the curve with key kLast, which is reserved for what must come last.
template <class CentreOf>
std::vector<uint32_t> orderByCentres(size_t n, const Box& extent, CentreOf centreOf) {
    constexpr double kMaxCell = kSide - 2;
    const double sx = extent.width() > 0 ? kMaxCell / extent.width() : 0;
    const double sy = extent.height() > 0 ? kMaxCell / extent.height() : 0;
    std::vector<uint32_t> keys(n);
    for (size_t i = 0; i < n; ++i) {
        bool ok = false;
        const Point c = centreOf(i, ok);
        if (!ok) {
            keys[i] = kLast;
            continue;
        }
        const auto x = static_cast<uint32_t>(std::clamp((c.x - extent.minx) * sx, 0.0, kMaxCell));
        const auto y = static_cast<uint32_t>(std::clamp((c.y - extent.miny) * sy, 0.0, kMaxCell));
        keys[i] = hilbertKey(x, y);
    }
    return sortByKey(keys);
}

bool finite(Point p) { return std::isfinite(p.x) && std::isfinite(p.y); }

}  // namespace

uint32_t hilbertKey(uint32_t x, uint32_t y) {
    // Walks the quadrants from the coarsest level down, rotating the frame so that each
    // sub-square is entered where the curve arrives (the classic xy → d conversion).
    uint32_t d = 0;
    for (uint32_t s = kSide / 2; s > 0; s /= 2) {
        const uint32_t rx = (x & s) ? 1 : 0;
        const uint32_t ry = (y & s) ? 1 : 0;
        d += s * s * ((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) {
                x = kSide - 1 - x;
                y = kSide - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

std::vector<uint32_t> hilbertOrder(std::span<const Point> pts) {
    Box extent;
    for (const Point& p : pts)
        if (finite(p)) extent.expand(p);
    return orderByCentres(pts.size(), extent, [&](size_t i, bool& ok) {
        ok = finite(pts[i]);
        return pts[i];
    });
}

std::vector<uint32_t> hilbertOrder(std::span<const Box> boxes) {
    Box extent;
    for (const Box& b : boxes)
        if (!b.isEmpty() && finite(b.center())) extent.expand(b.center());
    return orderByCentres(boxes.size(), extent, [&](size_t i, bool& ok) {
        const Point c = boxes[i].center();
        ok = !boxes[i].isEmpty() && finite(c);
        return c;
    });
}

}  // namespace ga::geo
