#include "synth/treemap.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <numeric>

namespace ga::synth {
namespace {

// A cut of items [first, split) | [split, last) at offset `at` along x (vertical cut) or y.
struct Cut {
    size_t split = 0;
    int at = 0;
    bool alongX = true;
    double cost = 0;
};

int ceilDiv(long long a, long long b) { return static_cast<int>((a + b - 1) / b); }

bool slice(const CellRect& rect, std::span<const double> weights, size_t first, std::vector<CellRect>& out) {
    const size_t n = weights.size();
    if (n == 1) {
        out[first] = rect;
        return true;
    }
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    // Try every item split and both directions; keep the feasible cut closest to the weights,
    // preferring cuts across the longer side (square-ish pieces).
    bool found = false;
    Cut best;
    double prefix = 0;
    for (size_t k = 1; k < n; ++k) {
        prefix += weights[k - 1];
        const double share = total > 0 ? prefix / total : static_cast<double>(k) / n;
        for (bool alongX : {true, false}) {
            const int length = alongX ? rect.width() : rect.height();
            const int depth = alongX ? rect.height() : rect.width();
            const int lo = ceilDiv(static_cast<long long>(k), depth);
            const int hi = length - ceilDiv(static_cast<long long>(n - k), depth);
            if (lo > hi) continue;
            const int at = std::clamp(static_cast<int>(std::lround(share * length)), lo, hi);
            const double areaError = std::abs(static_cast<double>(at) / length - share);
            const double balance = std::abs(share - 0.5);
            const bool longer = alongX ? rect.width() >= rect.height() : rect.height() > rect.width();
            const double cost = areaError * 4 + balance + (longer ? 0 : 0.6);
            if (!found || cost < best.cost) {
                best = {k, at, alongX, cost};
                found = true;
            }
        }
    }
    if (!found) return false;
    CellRect a = rect, b = rect;
    if (best.alongX) {
        a.x1 = rect.x0 + best.at;
        b.x0 = a.x1;
    } else {
        a.y1 = rect.y0 + best.at;
        b.y0 = a.y1;
    }
    return slice(a, weights.subspan(0, best.split), first, out) &&
           slice(b, weights.subspan(best.split), first + best.split, out);
}

}  // namespace

Result<std::vector<CellRect>> treemap(const CellRect& rect, std::span<const double> weights) {
    if (weights.empty()) return std::vector<CellRect>{};
    if (rect.area() < static_cast<long long>(weights.size()))
        return fail(fmt::format("{} cells cannot hold {} areas", rect.area(), weights.size()));
    std::vector<CellRect> out(weights.size());
    if (!slice(rect, weights, 0, out)) return fail("no guillotine cut gives every area a cell");
    return out;
}

}  // namespace ga::synth
