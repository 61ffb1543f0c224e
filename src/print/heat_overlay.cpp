#include "print/heat_overlay.h"

#include <algorithm>

namespace ga::print {
namespace {

analysis::HeatmapRequest requestOf(double radius) {
    analysis::HeatmapRequest r;
    r.radius = radius;
    return r;
}

render::HeatmapStyle styleWithoutLegend() {
    render::HeatmapStyle s;
    s.legend = false;  // drawn here, clear of the scale bar
    return s;
}

}  // namespace

HeatOverlay::HeatOverlay(std::shared_ptr<const analysis::IssueTable> issues, double radius, double mmPerPixel,
                         double maxDpi)
    : layer_(std::move(issues), requestOf(radius), styleWithoutLegend()),
      ramp_(styleWithoutLegend().opacity),
      mmPerPixel_(mmPerPixel),
      maxDpi_(maxDpi) {}

QRectF HeatOverlay::legendBox(const render::MapView& view) {
    const QSizeF size = render::heatLegendSize(styleWithoutLegend().title);
    return {QPointF(view.size.width() - size.width() - 12, view.size.height() - size.height() - 12), size};
}

void HeatOverlay::draw(QPainter& painter, const render::MapView& view, std::stop_token stop) const {
    if (stop.stop_requested()) return;
    render::MapView coarse = view;
    coarse.devicePixelRatio = std::min(view.devicePixelRatio, maxDpi_ / 25.4 * mmPerPixel_);
    const render::HeatmapLayer::Frame f = layer_.frame(coarse);
    if (f.image.isNull() || stop.stop_requested()) return;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(QPointF(0, 0), view.size), f.image);
    render::drawHeatLegend(painter, legendBox(view), ramp_, f.max, layer_.style().title, false);
    painter.restore();
}

}  // namespace ga::print
