#include "print/map_frame.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ga::print {

QPointF MapFrame::toSheet(geo::Point p) const { return rect.topLeft() + view.toScreen(p) * mmPerPixel; }

double roundScale(double denominator) {
    constexpr std::array<double, 11> kSteps = {1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 10};
    if (!(denominator > 0) || !std::isfinite(denominator)) return 1000;
    const double decade = std::pow(10.0, std::floor(std::log10(denominator)));
    for (double s : kSteps)
        if (s * decade >= denominator * (1 - 1e-9)) return s * decade;
    return 10 * decade;
}

MapFrame fitMapFrame(const geo::Box& extent, const QRectF& rect, double mmPerPixel, double dpi, double margin) {
    MapFrame f;
    f.rect = rect;
    f.mmPerPixel = mmPerPixel;
    const geo::Box box = extent.isEmpty() ? geo::Box{0, 0, 100, 100} : extent;
    const double w = std::max(box.width(), 1.0) * (1 + 2 * margin);
    const double h = std::max(box.height(), 1.0) * (1 + 2 * margin);
    const double metresPerMm = std::max(w / rect.width(), h / rect.height());
    f.scaleDenominator = roundScale(metresPerMm * 1000);
    f.view.centre = box.center();
    f.view.size = QSizeF(rect.width() / mmPerPixel, rect.height() / mmPerPixel);
    f.view.metresPerPixel = f.metresPerMm() * mmPerPixel;
    f.view.devicePixelRatio = dpi / 25.4 * mmPerPixel;
    f.view.output = render::OutputKind::Vector;
    return f;
}

Result<render::RenderResult> drawMapFrame(QPainter& painter, const MapFrame& frame, const render::MapRenderer& renderer,
                                          const render::RenderOptions& options, std::stop_token stop) {
    painter.save();
    painter.translate(frame.rect.topLeft());
    painter.scale(frame.mmPerPixel, frame.mmPerPixel);
    auto result = renderer.render(painter, frame.view, options, stop);
    painter.restore();
    return result;
}

}  // namespace ga::print
