#include "render/label_engine.h"

#include <algorithm>
#include <cmath>

namespace ga::render {

LabelEngine::LabelEngine(QRectF bounds, double gap) : bounds_(bounds), gap_(gap) {
    columns_ = std::max(1, static_cast<int>(std::ceil(bounds.width() / cell_)));
    rows_ = std::max(1, static_cast<int>(std::ceil(bounds.height() / cell_)));
    cells_.resize(static_cast<size_t>(columns_) * rows_);
}

template <class F>
void LabelEngine::forCells(const QRectF& r, F&& f) const {
    const int c0 = std::clamp(static_cast<int>((r.left() - bounds_.left()) / cell_), 0, columns_ - 1);
    const int c1 = std::clamp(static_cast<int>((r.right() - bounds_.left()) / cell_), 0, columns_ - 1);
    const int r0 = std::clamp(static_cast<int>((r.top() - bounds_.top()) / cell_), 0, rows_ - 1);
    const int r1 = std::clamp(static_cast<int>((r.bottom() - bounds_.top()) / cell_), 0, rows_ - 1);
    for (int row = r0; row <= r1; ++row)
        for (int col = c0; col <= c1; ++col)
            if (!f(static_cast<size_t>(row) * columns_ + col)) return;
}

bool LabelEngine::fits(std::span<const QRectF> boxes) const {
    const double pad = gap_ / 2;
    for (const QRectF& box : boxes) {
        if (!bounds_.contains(box)) return false;
        const QRectF padded = box.adjusted(-pad, -pad, pad, pad);
        bool clear = true;
        forCells(padded, [&](size_t cell) {
            for (uint32_t i : cells_[cell])
                if (boxes_[i].intersects(padded)) return clear = false;
            return true;
        });
        if (!clear) return false;
    }
    return true;
}

void LabelEngine::reserve(const QRectF& box) {
    const double pad = gap_ / 2;
    const QRectF padded = box.adjusted(-pad, -pad, pad, pad);
    const auto id = static_cast<uint32_t>(boxes_.size());
    boxes_.push_back(padded);
    forCells(padded, [&](size_t cell) {
        cells_[cell].push_back(id);
        return true;
    });
}

bool LabelEngine::place(PlacedLabel label) {
    if (label.boxes.empty() || !fits(label.boxes)) return false;
    for (const QRectF& box : label.boxes) reserve(box);
    placed_.push_back(std::move(label));
    return true;
}

}  // namespace ga::render
