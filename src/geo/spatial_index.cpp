#include "geo/spatial_index.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

#include "geo/hilbert.h"

namespace ga::geo {
namespace {

// Squared distance from p to the box; infinite for an empty box.
double boxDistance2(const Box& b, Point p) {
    if (b.isEmpty()) return std::numeric_limits<double>::infinity();
    const double dx = p.x < b.minx ? b.minx - p.x : p.x > b.maxx ? p.x - b.maxx : 0;
    const double dy = p.y < b.miny ? b.miny - p.y : p.y > b.maxy ? p.y - b.maxy : 0;
    return dx * dx + dy * dy;
}

}  // namespace

SpatialIndex::SpatialIndex(std::span<const Box> boxes) : count_(boxes.size()) {
    if (boxes.empty()) return;
    size_t total = boxes.size(), n = boxes.size();
    do {
        n = (n + kNodeSize - 1) / kNodeSize;
        total += n;
    } while (n > 1);
    boxes_.reserve(total);
    ids_.reserve(total);
    for (uint32_t i : hilbertOrder(boxes)) {
        boxes_.push_back(boxes[i]);
        ids_.push_back(i);
    }
    levelEnds_.push_back(static_cast<uint32_t>(boxes_.size()));
    // Each level groups runs of kNodeSize boxes of the level below; there is always at least one
    // node level, so the root is a node even for a single item.
    size_t begin = 0, end = boxes_.size();
    do {
        for (size_t c = begin; c < end; c += kNodeSize) {
            Box b;
            const size_t last = std::min(c + kNodeSize, end);
            for (size_t k = c; k < last; ++k) b.expand(boxes_[k]);
            boxes_.push_back(b);
            ids_.push_back(static_cast<uint32_t>(c));
        }
        begin = end;
        end = boxes_.size();
        levelEnds_.push_back(static_cast<uint32_t>(end));
    } while (end - begin > 1);
}

void SpatialIndex::query(const Box& window, std::vector<uint32_t>& out) const {
    visit(window, [&out](uint32_t id) { out.push_back(id); });
}

std::vector<uint32_t> SpatialIndex::nearest(Point p, size_t k) const {
    std::vector<uint32_t> out;
    if (levelEnds_.empty() || k == 0) return out;
    struct Entry {
        double dist2;
        uint32_t slot;
        uint32_t level;  // 0 for an item
        uint32_t id;     // item id, for ties
    };
    // Min-heap on distance; at equal distance nodes come before items (so every item at that
    // distance has been reached before any is emitted), and items come out by id.
    auto later = [](const Entry& a, const Entry& b) {
        if (a.dist2 != b.dist2) return a.dist2 > b.dist2;
        if ((a.level == 0) != (b.level == 0)) return a.level == 0;
        return a.id > b.id;
    };
    std::priority_queue<Entry, std::vector<Entry>, decltype(later)> queue(later);
    const auto root = static_cast<uint32_t>(boxes_.size() - 1);
    queue.push({boxDistance2(boxes_[root], p), root, static_cast<uint32_t>(levelEnds_.size() - 1), 0});
    while (!queue.empty()) {
        const Entry e = queue.top();
        queue.pop();
        if (!std::isfinite(e.dist2)) break;
        if (e.level == 0) {
            out.push_back(e.id);
            if (out.size() == k) break;
            continue;
        }
        const uint32_t first = ids_[e.slot];
        const uint32_t last = std::min(first + kNodeSize, levelEnds_[e.level - 1]);
        for (uint32_t c = first; c < last; ++c)
            queue.push({boxDistance2(boxes_[c], p), c, e.level - 1, e.level == 1 ? ids_[c] : 0});
    }
    return out;
}

Box SpatialIndex::bounds() const { return boxes_.empty() ? Box{} : boxes_.back(); }

}  // namespace ga::geo
