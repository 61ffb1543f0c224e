#include "render/heatmap_layer.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

#include "render/map_fonts.h"

namespace ga::render {
namespace {

struct Stop {
    double t;
    int r, g, b;
    double alpha;
};
// Low densities fade in from transparent, so the map stays readable where little happens.
constexpr Stop kStops[] = {{0.0, 40, 60, 255, 0.0},   {0.12, 40, 110, 255, 0.55}, {0.3, 0, 200, 220, 0.7},
                           {0.5, 110, 220, 40, 0.8},  {0.7, 255, 215, 0, 0.88},   {0.85, 255, 130, 0, 0.93},
                           {1.0, 215, 20, 20, 0.96}};

QString number(double v) {
    if (v >= 100) return QString::number(std::lround(v));
    if (v >= 10) return QString::number(v, 'f', 1);
    return QString::number(v, 'g', 3);
}

}  // namespace

HeatRamp::HeatRamp(double opacity) {
    lut_[0] = 0;
    for (size_t i = 1; i < lut_.size(); ++i) {
        const double t = static_cast<double>(i) / 255;
        size_t s = 1;
        while (s + 1 < std::size(kStops) && kStops[s].t < t) ++s;
        const Stop& a = kStops[s - 1];
        const Stop& b = kStops[s];
        const double f = (t - a.t) / (b.t - a.t);
        const auto mix = [f](double x, double y) { return x + (y - x) * f; };
        const double alpha = std::clamp(mix(a.alpha, b.alpha) * opacity, 0.0, 1.0);
        lut_[i] = qPremultiply(qRgba(static_cast<int>(std::lround(mix(a.r, b.r))), static_cast<int>(std::lround(mix(a.g, b.g))),
                                     static_cast<int>(std::lround(mix(a.b, b.b))), static_cast<int>(std::lround(alpha * 255))));
    }
}

void colourDensity(const analysis::DensityRaster& d, const MapView& view, double maxValue, const HeatRamp& ramp,
                   QImage& image, int threads) {
    image.fill(Qt::transparent);
    const analysis::RasterFrame& f = d.frame;
    if (f.width < 2 || f.height < 2 || !(maxValue > 0)) return;
    const geo::Box e = view.extent();
    const double metresPerDevice = view.metresPerPixel / view.devicePixelRatio;
    // Device pixel (px, py) has its centre at cell coordinates (u0 + px·du, v0 + py·du).
    const double du = metresPerDevice / f.cell;
    const double u0 = (e.minx + 0.5 * metresPerDevice - f.x0) / f.cell - 0.5;
    const double v0 = (f.y0 - (e.maxy - 0.5 * metresPerDevice)) / f.cell - 0.5;
    const float scale = static_cast<float>(255.0 / maxValue);
    const std::array<QRgb, 256>& lut = ramp.table();
    const int w = image.width(), h = image.height();
    // Every row samples the same columns: their cell and weight are worked out once.
    std::vector<int> column(static_cast<size_t>(w));
    std::vector<float> weight(static_cast<size_t>(w));
    for (int px = 0; px < w; ++px) {
        const double u = std::clamp(u0 + px * du, 0.0, f.width - 1.000001);
        column[static_cast<size_t>(px)] = static_cast<int>(u);
        weight[static_cast<size_t>(px)] = static_cast<float>(u - static_cast<int>(u));
    }
    const auto rows = [&](int y0, int y1) {
        std::vector<float> blended(static_cast<size_t>(f.width) + 1);
        for (int py = y0; py < y1; ++py) {
            const double v = std::clamp(v0 + py * du, 0.0, f.height - 1.000001);
            const int j = static_cast<int>(v);
            const float fv = static_cast<float>(v - j);
            const float* a = d.values.data() + static_cast<size_t>(j) * static_cast<size_t>(f.width);
            const float* b = a + f.width;
            // Blend the two rows once (scaled to the ramp); each pixel then interpolates along the row.
            bool any = false;
            for (int i = 0; i < f.width; ++i) {
                const float x = (a[i] + (b[i] - a[i]) * fv) * scale;
                blended[static_cast<size_t>(i)] = x;
                any |= x > 0;
            }
            if (!any) continue;  // the row is transparent, as filled
            auto* out = reinterpret_cast<QRgb*>(image.scanLine(py));
            const float* bl = blended.data();
            for (int px = 0; px < w; ++px) {
                const int i = column[static_cast<size_t>(px)];
                const float x = bl[i] + (bl[i + 1] - bl[i]) * weight[static_cast<size_t>(px)];
                out[px] = lut[static_cast<size_t>(std::min(255.0f, x + 0.5f))];
            }
        }
    };
    threads = std::clamp(threads, 1, std::max(1, h / 32));
    std::vector<std::jthread> workers;
    for (int t = 0; t + 1 < threads; ++t) workers.emplace_back([&, t] { rows(h * t / threads, h * (t + 1) / threads); });
    rows(h * (threads - 1) / threads, h);
}

QSizeF heatLegendSize(const QString& title) {
    const QFontMetricsF fm(MapFonts::forOutput(OutputKind::Screen).legend);
    return {std::max(150.0, fm.horizontalAdvance(title) + 16), fm.height() * 2 + 30};
}

void drawHeatLegend(QPainter& p, const QRectF& box, const HeatRamp& ramp, double maxValue, const QString& title,
                    bool fixed, const QString& fixedNote) {
    const QFont font = MapFonts::forOutput(OutputKind::Screen).legend;
    const QFontMetricsF fm(font);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(0, 0, 0, 60), 1));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(box, 4, 4);
    p.setFont(font);
    p.setPen(QColor(0x22, 0x22, 0x22));
    p.drawText(QPointF(box.left() + 8, box.top() + 4 + fm.ascent()), title);
    const QRectF bar(box.left() + 8, box.top() + fm.height() + 8, box.width() - 16, 10);
    QLinearGradient g(bar.topLeft(), bar.topRight());
    for (int s = 0; s <= 16; ++s) {
        const QRgb c = ramp.at(s / 16.0);
        // The bar shows the colours as they look over white.
        const int a = qAlpha(c);
        const auto over = [a](int premultiplied) { return premultiplied + (255 - a); };
        g.setColorAt(s / 16.0, QColor(over(qRed(c)), over(qGreen(c)), over(qBlue(c))));
    }
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.8));
    p.setBrush(g);
    p.drawRect(bar);
    p.setPen(QColor(0x22, 0x22, 0x22));
    const double y = bar.bottom() + 4 + fm.ascent();
    p.drawText(QPointF(bar.left(), y), QStringLiteral("0"));
    const QString top = fixed ? QStringLiteral("%1 %2").arg(number(maxValue), fixedNote) : number(maxValue);
    p.drawText(QPointF(bar.right() - fm.horizontalAdvance(top), y), top);
    p.restore();
}

HeatmapLayer::HeatmapLayer(std::shared_ptr<const analysis::IssueTable> table, analysis::HeatmapRequest request,
                           HeatmapStyle style)
    : table_(std::move(table)), request_(std::move(request)), style_(std::move(style)), ramp_(style_.opacity) {}

HeatmapLayer::Frame HeatmapLayer::frame(const MapView& view) const {
    Frame out;
    const QSize device(static_cast<int>(std::ceil(view.size.width() * view.devicePixelRatio)),
                       static_cast<int>(std::ceil(view.size.height() * view.devicePixelRatio)));
    if (!table_ || device.isEmpty() || !analysis::checkHeatmapRequest(request_)) return out;
    if (view.output == OutputKind::Vector) {
        // Paper: cells of a logical pixel, within 1% of the exact density at their centres.
        const geo::Box e = view.extent();
        auto raster = analysis::heatmapRaster(*table_, request_, view.metresPerPixel, e);
        if (!raster) return out;
        out.density = std::move(*raster);
    } else {
        out.density = analysis::screenDensity(*table_, request_, view.extent(), device.width(), device.height());
    }
    out.max = style_.fixedMax.value_or(out.density.max());
    out.image = QImage(device, QImage::Format_ARGB32_Premultiplied);
    if (out.image.isNull()) return out;
    colourDensity(out.density, view, out.max, ramp_, out.image);
    out.image.setDevicePixelRatio(view.devicePixelRatio);
    return out;
}

void HeatmapLayer::draw(QPainter& painter, const MapView& view, std::stop_token stop) const {
    if (stop.stop_requested()) return;
    const Frame f = frame(view);
    if (f.image.isNull() || stop.stop_requested()) return;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(QPointF(0, 0), view.size), f.image);
    if (style_.legend) {
        const QSizeF size = heatLegendSize(style_.title);
        drawHeatLegend(painter, QRectF(QPointF(10, view.size.height() - size.height() - 10), size), ramp_, f.max,
                       style_.title, style_.fixedMax.has_value(), style_.fixedNote);
    }
    painter.restore();
}

}  // namespace ga::render
