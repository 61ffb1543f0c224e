#include "render/choropleth_layer.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

#include "render/feature_painter.h"
#include "render/map_fonts.h"

namespace ga::render {
namespace {

// ColorBrewer YlOrRd, 7 classes; fewer classes take an even spread of them.
const QColor kRamp[] = {QColor(0xff, 0xff, 0xb2), QColor(0xfe, 0xd9, 0x76), QColor(0xfe, 0xb2, 0x4c),
                        QColor(0xfd, 0x8d, 0x3c), QColor(0xfc, 0x4e, 0x2a), QColor(0xe3, 0x1a, 0x1c),
                        QColor(0xb1, 0x00, 0x26)};

}  // namespace

std::vector<double> quantileBreaks(std::vector<double> values, int classes) {
    std::vector<double> breaks;
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    if (values.empty() || classes < 2) return breaks;
    std::sort(values.begin(), values.end());
    for (int c = 1; c < classes; ++c) {
        const size_t at = std::min(values.size() - 1, values.size() * static_cast<size_t>(c) / static_cast<size_t>(classes));
        const double b = values[at > 0 ? at - 1 : 0];
        if (breaks.empty() || b > breaks.back()) breaks.push_back(b);
    }
    // A top class holding nothing but the break itself adds no information.
    while (!breaks.empty() && breaks.back() >= values.back()) breaks.pop_back();
    return breaks;
}

int classOf(double v, const std::vector<double>& breaks) {
    return static_cast<int>(std::lower_bound(breaks.begin(), breaks.end(), v) - breaks.begin());
}

std::vector<QColor> choroplethColours(int classes) {
    classes = std::clamp(classes, 1, 7);
    std::vector<QColor> out;
    for (int c = 0; c < classes; ++c) out.push_back(kRamp[classes == 1 ? 3 : c * 6 / (classes - 1)]);
    return out;
}

ChoroplethLayer::ChoroplethLayer(std::shared_ptr<const model::MapModel> model, std::vector<std::optional<double>> values,
                                 ChoroplethStyle style)
    : model_(std::move(model)), values_(std::move(values)), style_(std::move(style)) {
    std::vector<double> present;
    for (const auto& v : values_)
        if (v) present.push_back(*v);
    breaks_ = quantileBreaks(present, std::clamp(style_.classes, 2, 7));
    colours_ = choroplethColours(static_cast<int>(breaks_.size()) + 1);
}

QColor ChoroplethLayer::fillOf(uint32_t grid) const {
    if (grid >= values_.size() || !values_[grid] || !std::isfinite(*values_[grid])) return {};
    return colours_[static_cast<size_t>(classOf(*values_[grid], breaks_))];
}

void ChoroplethLayer::draw(QPainter& painter, const MapView& view, std::stop_token stop) const {
    if (!model_ || stop.stop_requested()) return;
    const auto& g = model_->grids().geometry;
    const ScreenMapping map(view, g.origin());
    painter.save();
    painter.setOpacity(style_.opacity);
    FeaturePainter fp(painter, map);
    std::vector<std::vector<uint32_t>> byClass(colours_.size());
    for (uint32_t f : visibleIds(g, view.extent()))
        if (f < values_.size() && values_[f] && std::isfinite(*values_[f]))
            byClass[static_cast<size_t>(classOf(*values_[f], breaks_))].push_back(f);
    for (size_t c = 0; c < byClass.size(); ++c)
        fp.polygons(g, byClass[c], QBrush(colours_[c]), QPen(Qt::NoPen), {1.5, 3, 1e9, false});
    painter.setOpacity(1.0);
    if (style_.legend && !colours_.empty()) {
        const QFont font = MapFonts::forOutput(view.output).legend;
        const QFontMetricsF fm(font);
        const auto limit = [&](double v) { return QString::number(v, 'f', style_.decimals) + style_.suffix; };
        double lo = INFINITY, hi = -INFINITY;
        for (const auto& v : values_)
            if (v && std::isfinite(*v)) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
        QStringList labels;
        for (size_t c = 0; c < colours_.size(); ++c) {
            const double from = c == 0 ? lo : breaks_[c - 1], to = c < breaks_.size() ? breaks_[c] : hi;
            labels << (c == 0 ? QStringLiteral("≤ %1").arg(limit(to))
                              : c + 1 == colours_.size() ? QStringLiteral("> %1").arg(limit(from))
                                                         : QStringLiteral("%1 – %2").arg(limit(from), limit(to)));
        }
        double w = fm.horizontalAdvance(style_.title);
        for (const QString& l : labels) w = std::max(w, fm.horizontalAdvance(l) + 26);
        const double row = std::max(14.0, fm.height()) + 4;
        // Top right: the heatmap's legend is bottom left, the issue symbols' top left.
        const QRectF box(view.size.width() - w - 26, 10, w + 16, fm.height() + 10 + row * double(labels.size()));
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
        painter.setBrush(QColor(255, 255, 255, 225));
        painter.drawRoundedRect(box, 4, 4);
        painter.setFont(font);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QPointF(box.left() + 8, box.top() + 4 + fm.ascent()), style_.title);
        for (size_t c = 0; c < colours_.size(); ++c) {
            const double y = box.top() + fm.height() + 8 + row * double(c);
            painter.setPen(QPen(QColor(0x66, 0x66, 0x66), 0.8));
            painter.setBrush(colours_[c]);
            painter.drawRect(QRectF(box.left() + 8, y, 18, row - 5));
            painter.setPen(QColor(0x22, 0x22, 0x22));
            painter.drawText(QPointF(box.left() + 32, y + (row - 5) / 2 + fm.ascent() / 2 - 1), labels[static_cast<int>(c)]);
        }
    }
    painter.restore();
}

}  // namespace ga::render
