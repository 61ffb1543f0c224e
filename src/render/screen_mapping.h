#pragma once
// The transform from a layer's origin-relative float coordinates to logical pixels, and the pixel
// decimation that simplifies rings to what a pixel grid can show.
#include <QPointF>
#include <vector>

#include "model/feature_geometry.h"
#include "render/map_view.h"

namespace ga::render {

class ScreenMapping {
public:
    ScreenMapping(const MapView& view, geo::Point origin)
        : k_(1 / view.metresPerPixel),
          x0_(view.centre.x - origin.x - view.size.width() / 2 * view.metresPerPixel),
          y0_(view.centre.y - origin.y + view.size.height() / 2 * view.metresPerPixel),
          dpr_(view.devicePixelRatio) {}

    QPointF operator()(model::Vec2f v) const { return {(v.x - x0_) * k_, (y0_ - v.y) * k_}; }
    /// Logical pixels per metre.
    double scale() const { return k_; }
    double devicePixelRatio() const { return dpr_; }
    /// Size of a map box in device pixels along its longer side.
    double deviceSize(const geo::Box& b) const { return std::max(b.width(), b.height()) * k_ * dpr_; }

    /// Appends the ring's pixel positions to `out`, dropping vertices closer than `tolerance`
    /// logical px to the last one kept (the last vertex is always kept).
    void decimate(std::span<const model::Vec2f> ring, double tolerance, std::vector<QPointF>& out) const {
        const double t2 = tolerance * tolerance;
        const size_t n = ring.size(), start = out.size();
        for (size_t i = 0; i < n; ++i) {
            const QPointF p = (*this)(ring[i]);
            if (out.size() > start && i + 1 < n) {
                const double dx = p.x() - out.back().x(), dy = p.y() - out.back().y();
                if (dx * dx + dy * dy < t2) continue;
            }
            out.push_back(p);
        }
    }

private:
    double k_, x0_, y0_, dpr_;
};

}  // namespace ga::render
