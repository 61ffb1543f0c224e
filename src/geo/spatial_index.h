#pragma once
// A packed, static R-tree over boxes (Hilbert-sorted leaves, node size 16), built once and then
// immutable: safe to query from several threads at the same time.
#include <cstdint>
#include <span>
#include <type_traits>
#include <vector>

#include "geo/geometry.h"

namespace ga::geo {

class SpatialIndex {
public:
    static constexpr uint32_t kNodeSize = 16;

    SpatialIndex() = default;
    /// Builds the tree; item id i is boxes[i]. Empty boxes are kept as ids but never returned.
    explicit SpatialIndex(std::span<const Box> boxes);

    /// Appends to `out` the ids whose box intersects `window` (touching counts).
    void query(const Box& window, std::vector<uint32_t>& out) const;
    /// Calls f(uint32_t id) for every id whose box intersects `window`; allocates nothing.
    /// If f returns bool, returning false stops the search.
    template <class F>
    void visit(const Box& window, F&& f) const;
    /// The k ids nearest to p by box distance (0 inside a box), closest first; ties by id.
    std::vector<uint32_t> nearest(Point p, size_t k) const;
    /// Number of items (ids) indexed.
    size_t size() const { return count_; }
    /// Box of all items.
    Box bounds() const;

private:
    // Boxes are stored level by level: level 0 holds the items in Hilbert order, each higher level
    // one box per group of kNodeSize below it, the root last. levelEnds_[l] is the end offset of
    // level l in boxes_ (at least two levels when not empty). For an item slot ids_ holds the item
    // id, for a node slot the offset of its first child in boxes_.
    std::vector<Box> boxes_;
    std::vector<uint32_t> ids_;
    std::vector<uint32_t> levelEnds_;
    size_t count_ = 0;
};

template <class F>
void SpatialIndex::visit(const Box& window, F&& f) const {
    if (levelEnds_.empty() || window.isEmpty()) return;
    // Depth-first with a fixed stack: the tree is at most 8 inner levels high (16^8 = 2^32 items)
    // and each popped node pushes at most kNodeSize children, so 16 * 9 slots always suffice.
    struct Entry {
        uint32_t node;
        uint32_t level;
    };
    Entry stack[kNodeSize * 9];
    size_t top = 0;
    stack[top++] = {static_cast<uint32_t>(boxes_.size() - 1), static_cast<uint32_t>(levelEnds_.size() - 1)};
    while (top > 0) {
        const Entry e = stack[--top];
        const uint32_t first = ids_[e.node];
        const uint32_t childEnd = levelEnds_[e.level - 1];
        const uint32_t last = first + kNodeSize < childEnd ? first + kNodeSize : childEnd;
        for (uint32_t c = first; c < last; ++c) {
            // Non-short-circuit test: one predictable branch per child instead of up to four
            // that the data decides.
            const Box& b = boxes_[c];
            if (!((b.minx <= window.maxx) & (b.maxx >= window.minx) & (b.miny <= window.maxy) & (b.maxy >= window.miny)))
                continue;
            if (e.level == 1) {
                if constexpr (std::is_same_v<std::invoke_result_t<F&, uint32_t>, bool>) {
                    if (!f(ids_[c])) return;
                } else {
                    f(ids_[c]);
                }
            } else {
                stack[top++] = {c, e.level - 1};
            }
        }
    }
}

}  // namespace ga::geo
