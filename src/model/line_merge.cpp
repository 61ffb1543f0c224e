#include "model/line_merge.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace ga::model {
namespace {

struct Piece {
    uint32_t feature;
    uint32_t ring;
};

// Ends are hashed into cells of `tolerance` metres; a lookup checks the 3 x 3 cells around a point.
std::pair<int64_t, int64_t> cellOf(Vec2f p, double tolerance) {
    return {static_cast<int64_t>(std::floor(p.x / tolerance)), static_cast<int64_t>(std::floor(p.y / tolerance))};
}
uint64_t cellKey(int64_t cx, int64_t cy) {
    return (static_cast<uint64_t>(cx) << 32) ^ static_cast<uint64_t>(cy & 0xffffffff);
}

// Direction of a piece leaving its end `atStart ? front : back`, as a unit vector into the piece.
Vec2f leaving(std::span<const Vec2f> pts, bool atStart) {
    const Vec2f a = atStart ? pts[0] : pts[pts.size() - 1];
    const Vec2f b = atStart ? pts[1] : pts[pts.size() - 2];
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float len = std::hypot(dx, dy);
    return len > 0 ? Vec2f{dx / len, dy / len} : Vec2f{};
}

class Chainer {
public:
    Chainer(const FeatureGeometry& g, const std::vector<Piece>& pieces, double tolerance)
        : g_(g), pieces_(pieces), tolerance_(tolerance), used_(pieces.size(), false) {
        for (uint32_t i = 0; i < pieces_.size(); ++i) {
            const auto pts = g_.ring(pieces_[i].ring);
            for (Vec2f end : {pts.front(), pts.back()}) {
                const auto [cx, cy] = cellOf(end, tolerance_);
                ends_.emplace(cellKey(cx, cy), i);
            }
        }
    }

    // Appends every chain as a feature of `out`.
    void run(MergedLines& out) {
        for (uint32_t i = 0; i < pieces_.size(); ++i) {
            if (used_[i]) continue;
            used_[i] = true;
            const auto first = g_.ring(pieces_[i].ring);
            std::vector<Vec2f> chain(first.begin(), first.end());
            extend(chain);
            std::reverse(chain.begin(), chain.end());
            extend(chain);
            std::vector<geo::Point> pts;
            pts.reserve(chain.size());
            for (Vec2f v : chain) pts.push_back(g_.toProject(v));
            out.lines.add(geo::Geometry::lineString(pts));
            out.source.push_back(pieces_[i].feature);
        }
    }

private:
    // Grows `chain` at its back while an unused piece starts or ends there.
    void extend(std::vector<Vec2f>& chain) {
        for (;;) {
            const Vec2f tail = chain.back();
            const Vec2f before = chain[chain.size() - 2];
            float hx = tail.x - before.x, hy = tail.y - before.y;
            const float hl = std::hypot(hx, hy);
            if (hl > 0) hx /= hl, hy /= hl;
            int bestPiece = -1;
            bool bestAtStart = true;
            float bestDot = -2;
            const auto [tx, ty] = cellOf(tail, tolerance_);
            for (int64_t cx = tx - 1; cx <= tx + 1; ++cx)
                for (int64_t cy = ty - 1; cy <= ty + 1; ++cy) {
                    auto [lo, hi] = ends_.equal_range(cellKey(cx, cy));
                    for (auto it = lo; it != hi; ++it) {
                        const uint32_t p = it->second;
                        if (used_[p]) continue;
                        const auto pts = g_.ring(pieces_[p].ring);
                        for (bool atStart : {true, false}) {
                            const Vec2f end = atStart ? pts.front() : pts.back();
                            if (std::hypot(end.x - tail.x, end.y - tail.y) > tolerance_) continue;
                            const Vec2f d = leaving(pts, atStart);
                            const float dot = d.x * hx + d.y * hy;
                            if (dot > bestDot) bestDot = dot, bestPiece = static_cast<int>(p), bestAtStart = atStart;
                        }
                    }
                }
            if (bestPiece < 0) return;
            used_[bestPiece] = true;
            const auto pts = g_.ring(pieces_[bestPiece].ring);
            if (bestAtStart)
                chain.insert(chain.end(), pts.begin() + 1, pts.end());
            else
                chain.insert(chain.end(), pts.rbegin() + 1, pts.rend());
        }
    }

    const FeatureGeometry& g_;
    const std::vector<Piece>& pieces_;
    double tolerance_;
    std::vector<bool> used_;
    std::unordered_multimap<uint64_t, uint32_t> ends_;
};

}  // namespace

MergedLines mergeLinesByName(const FeatureGeometry& lines, const std::vector<std::string>& names, double tolerance) {
    MergedLines out{FeatureGeometry(lines.origin()), {}};
    std::unordered_map<std::string_view, std::vector<Piece>> byName;
    for (uint32_t f = 0; f < lines.size(); ++f) {
        if (names[f].empty() || lines.kind(f) != ShapeKind::Line) continue;
        const auto [first, last] = lines.rings(f);
        for (uint32_t r = first; r < last; ++r)
            if (lines.ring(r).size() >= 2) byName[names[f]].push_back({f, r});
    }
    for (const auto& [name, pieces] : byName) Chainer(lines, pieces, tolerance).run(out);
    out.lines.buildIndex();
    return out;
}

}  // namespace ga::model
