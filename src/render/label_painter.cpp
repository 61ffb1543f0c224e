#include "render/label_painter.h"

#include <QPainterPath>

namespace ga::render {
namespace {

// Places the painter's frame at the part's centre, turned by its angle.
void enter(QPainter& p, const QTransform& base, const LabelText& part) {
    QTransform t = base;
    t.translate(part.centre.x(), part.centre.y());
    if (part.angle != 0) t.rotate(part.angle);
    p.setWorldTransform(t);
}

}  // namespace

QPointF baselineOrigin(const LabelText& part) { return {-part.width / 2, (part.ascent - part.descent) / 2}; }

void drawLabels(QPainter& painter, std::span<const PlacedLabel> labels, const HaloStyle& halo) {
    if (labels.empty()) return;
    painter.save();
    const QTransform base = painter.worldTransform();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (halo.width > 0 && halo.colour.alpha() > 0) {
        QPen pen(halo.colour, halo.width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setBrush(Qt::NoBrush);
        for (const PlacedLabel& label : labels)
            for (const LabelText& part : label.parts) {
                enter(painter, base, part);
                QPainterPath path;
                path.addText(baselineOrigin(part), part.font, part.text);
                painter.strokePath(path, pen);
            }
    }
    for (const PlacedLabel& label : labels)
        for (const LabelText& part : label.parts) {
            enter(painter, base, part);
            painter.setFont(part.font);
            painter.setPen(part.colour);
            painter.drawText(baselineOrigin(part), part.text);
        }
    painter.restore();
}

}  // namespace ga::render
