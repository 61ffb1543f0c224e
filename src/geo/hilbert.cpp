#include "geo/hilbert.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

namespace ga::geo {
namespace {

constexpr uint32_t kSide = 1u << 16;
constexpr uint32_t kLast = std::numeric_limits<uint32_t>::max();

// Stable LSD radix sort of indices by 32-bit key: linear time, which matters for a million
// points where a comparison sort costs as much as the work that follows. Key and index travel
// together in one 64-bit word, so each pass streams one array instead of two.
std::vector<uint32_t> sortByKey(const std::vector<uint32_t>& keys) {
    constexpr int kBits = 11;
    constexpr size_t kBuckets = size_t(1) << kBits;
    const size_t n = keys.size();
    std::vector<uint64_t> items(n), tmp(n);
    for (size_t i = 0; i < n; ++i) items[i] = (uint64_t(keys[i]) << 32) | i;
    for (int shift = 32; shift < 64; shift += kBits) {
        size_t start[kBuckets + 1] = {};
        for (uint64_t v : items) ++start[((v >> shift) & (kBuckets - 1)) + 1];
        for (size_t b = 0; b < kBuckets; ++b) start[b + 1] += start[b];
        for (uint64_t v : items) tmp[start[(v >> shift) & (kBuckets - 1)]++] = v;
        items.swap(tmp);
    }
    std::vector<uint32_t> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = static_cast<uint32_t>(items[i]);
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

// Spreads the low 16 bits of v to the even bit positions (abcd → 0a0b0c0d).
uint32_t spreadBits(uint32_t v) {
    v = (v | (v << 8)) & 0x00FF00FFu;
    v = (v | (v << 4)) & 0x0F0F0F0Fu;
    v = (v | (v << 2)) & 0x33333333u;
    v = (v | (v << 1)) & 0x55555555u;
    return v;
}

}  // namespace

uint32_t hilbertKey(uint32_t x, uint32_t y) {
    // Branch-free xy → d (rawrunprotected's public-domain "fast Hilbert curve"): the curve's
    // per-level rotations/reflections are composed as a parallel prefix scan over all 16 bit
    // levels at once (4 rounds of shifts by 1, 2, 4, 8) instead of a 16-step loop; then the two
    // bits of each level are interleaved into the key. About 5x faster than the loop, which
    // matters when a million points are keyed before assignment.
    uint32_t A, B, C, D;
    {
        const uint32_t a = x ^ y, b = 0xFFFF ^ a, c = 0xFFFF ^ (x | y), d = x & (y ^ 0xFFFF);
        A = a | (b >> 1);
        B = (a >> 1) ^ a;
        C = ((c >> 1) ^ (b & (d >> 1))) ^ c;
        D = ((a & (c >> 1)) ^ (d >> 1)) ^ d;
    }
    for (uint32_t shift : {2u, 4u}) {
        const uint32_t a = A, b = B, c = C, d = D;
        A = (a & (a >> shift)) ^ (b & (b >> shift));
        B = (a & (b >> shift)) ^ (b & ((a ^ b) >> shift));
        C ^= (a & (c >> shift)) ^ (b & (d >> shift));
        D ^= (b & (c >> shift)) ^ ((a ^ b) & (d >> shift));
    }
    {
        const uint32_t a = A, b = B, c = C, d = D;
        C ^= (a & (c >> 8)) ^ (b & (d >> 8));
        D ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));
    }
    const uint32_t a = C ^ (C >> 1), b = D ^ (D >> 1);
    const uint32_t i0 = x ^ y, i1 = b | (0xFFFF ^ (i0 | a));
    return (spreadBits(i1) << 1) | spreadBits(i0);
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
