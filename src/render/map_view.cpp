#include "render/map_view.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace ga::render {

MapView MapView::fitting(const geo::Box& extent, QSizeF size, double margin) {
    MapView v;
    v.size = size;
    if (extent.isEmpty() || size.width() <= 0 || size.height() <= 0) return v;
    v.centre = extent.center();
    const double w = std::max(extent.width(), 1.0) * (1 + 2 * margin);
    const double h = std::max(extent.height(), 1.0) * (1 + 2 * margin);
    v.metresPerPixel = std::max(w / size.width(), h / size.height());
    return v;
}

geo::Box MapView::extent() const {
    const double hw = size.width() * metresPerPixel / 2, hh = size.height() * metresPerPixel / 2;
    return {centre.x - hw, centre.y - hh, centre.x + hw, centre.y + hh};
}

QPointF MapView::toScreen(geo::Point p) const {
    return {(p.x - centre.x) / metresPerPixel + size.width() / 2,
            (centre.y - p.y) / metresPerPixel + size.height() / 2};
}

geo::Point MapView::toMap(QPointF px) const {
    return {centre.x + (px.x() - size.width() / 2) * metresPerPixel,
            centre.y - (px.y() - size.height() / 2) * metresPerPixel};
}

MapView MapView::zoomedAt(QPointF anchor, double factor) const {
    MapView v = *this;
    const geo::Point under = toMap(anchor);
    v.metresPerPixel = metresPerPixel / factor;
    const geo::Point moved = v.toMap(anchor);
    v.centre = {centre.x + under.x - moved.x, centre.y + under.y - moved.y};
    return v;
}

MapView MapView::pannedBy(QPointF delta) const {
    MapView v = *this;
    v.centre = {centre.x - delta.x() * metresPerPixel, centre.y + delta.y() * metresPerPixel};
    return v;
}

Result<void> checkView(const MapView& v) {
    if (!std::isfinite(v.centre.x) || !std::isfinite(v.centre.y))
        return fail("the map view's centre is not a finite coordinate");
    if (!std::isfinite(v.metresPerPixel) || v.metresPerPixel < 1e-4 || v.metresPerPixel > 1e5)
        return fail(fmt::format("map scale {} m per pixel is outside 0.0001–100000", v.metresPerPixel));
    if (!(v.size.width() >= 1 && v.size.height() >= 1 && v.size.width() <= 32768 && v.size.height() <= 32768))
        return fail(fmt::format("map size {}x{} px is outside 1–32768", v.size.width(), v.size.height()));
    if (!std::isfinite(v.devicePixelRatio) || v.devicePixelRatio < 0.1 || v.devicePixelRatio > 64)
        return fail(fmt::format("device pixel ratio {} is outside 0.1–64", v.devicePixelRatio));
    const double deviceW = v.size.width() * v.devicePixelRatio, deviceH = v.size.height() * v.devicePixelRatio;
    if (deviceW > 32768 || deviceH > 32768)
        return fail(fmt::format("map image {:.0f}x{:.0f} device px exceeds 32768 px a side", deviceW, deviceH));
    // Centres far outside any projected CRS make float offsets meaningless.
    if (std::abs(v.centre.x) > 1e9 || std::abs(v.centre.y) > 1e9)
        return fail(
            fmt::format("the map view's centre ({:.0f}, {:.0f}) is outside any projected CRS", v.centre.x, v.centre.y));
    return {};
}

}  // namespace ga::render
