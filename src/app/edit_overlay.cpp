#include "app/edit_overlay.h"

#include <QCoreApplication>
#include <QFontMetricsF>

namespace ga::app {

QPainterPath pixelPath(const plugin::MapCanvasAccess& canvas, const geo::Geometry& g) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (size_t r = 0; r < g.ringCount(); ++r) {
        const auto ring = g.ring(r);
        for (size_t i = 0; i < ring.size(); ++i) {
            const QPointF q = canvas.toPixel({ring[i].x, ring[i].y});
            if (i == 0)
                path.moveTo(q);
            else
                path.lineTo(q);
        }
        path.closeSubpath();
    }
    return path;
}

QPolygonF pixelLine(const plugin::MapCanvasAccess& canvas, std::span<const geo::Point> points) {
    QPolygonF out;
    out.reserve(static_cast<qsizetype>(points.size()));
    for (const geo::Point& p : points) out << canvas.toPixel({p.x, p.y});
    return out;
}

QColor statusColour(RangeStatus status) {
    switch (status) {
        case RangeStatus::Under:
            return QColor(0x1f, 0x6f, 0xd1);
        case RangeStatus::In:
            return QColor(0x2e, 0x8b, 0x3e);
        case RangeStatus::Over:
            return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::black;
}

QString rangeStatusText(RangeStatus status) {
    switch (status) {
        case RangeStatus::Under:
            return QCoreApplication::translate("EditOverlay", "户数不足");
        case RangeStatus::In:
            return QCoreApplication::translate("EditOverlay", "户数达标");
        case RangeStatus::Over:
            return QCoreApplication::translate("EditOverlay", "户数超标");
    }
    return {};
}

void drawHaloText(QPainter& p, QPointF at, const QString& text, QColor colour, int pointSize) {
    QFont f = p.font();
    f.setPointSize(pointSize);
    f.setBold(true);
    p.setFont(f);
    const QFontMetricsF m(f);
    const QStringList lines = text.split(QLatin1Char('\n'));
    const double height = m.height() * static_cast<double>(lines.size());
    double y = at.y() - height / 2 + m.ascent();
    for (const QString& line : lines) {
        const double x = at.x() - m.horizontalAdvance(line) / 2;
        QPainterPath path;
        path.addText(x, y, f, line);
        p.setPen(QPen(QColor(255, 255, 255, 230), 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPath(path);
        y += m.height();
    }
}

void drawSnap(QPainter& p, QPointF at, edit::SnapKind kind) {
    if (kind == edit::SnapKind::None) return;
    p.setPen(QPen(QColor(0xe6, 0x51, 0x00), 2));
    p.setBrush(Qt::NoBrush);
    const bool vertex = kind == edit::SnapKind::GridVertex || kind == edit::SnapKind::BuildingCorner ||
                        kind == edit::SnapKind::RoadVertex;
    if (vertex)
        p.drawRect(QRectF(at.x() - 6, at.y() - 6, 12, 12));
    else
        p.drawEllipse(at, 6, 6);
}

}  // namespace ga::app
