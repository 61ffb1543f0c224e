#include "print/north_arrow.h"

#include <QPainterPath>
#include <algorithm>

#include "print/sheet_text.h"

namespace ga::print {

void drawNorthArrow(QPainter& painter, const QRectF& box) {
    const double w = std::min(box.width(), box.height() * 0.55);
    const double h = w / 0.55;
    const QRectF r(box.center().x() - w / 2, box.center().y() - h / 2, w, h);
    const TextStyle letter{w * 0.42, true, QColor(0x1A, 0x1A, 0x1A)};
    const double textH = lineSpacing(letter);
    const double top = r.top() + textH * 1.05, bottom = r.bottom(), cx = r.center().x();
    const QPointF tip(cx, top), left(r.left() + w * 0.12, bottom), right(r.right() - w * 0.12, bottom),
        notch(cx, bottom - (bottom - top) * 0.28);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor ink(0x1A, 0x1A, 0x1A);
    QPainterPath darkHalf, lightHalf;
    darkHalf.moveTo(tip);
    darkHalf.lineTo(right);
    darkHalf.lineTo(notch);
    darkHalf.closeSubpath();
    lightHalf.moveTo(tip);
    lightHalf.lineTo(left);
    lightHalf.lineTo(notch);
    lightHalf.closeSubpath();
    painter.setPen(QPen(ink, w * 0.035, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::white);
    painter.drawPath(lightHalf);
    painter.setBrush(ink);
    painter.drawPath(darkHalf);
    painter.restore();
    drawTextIn(painter, letter, QRectF(r.left() - w, r.top(), 3 * w, textH), Qt::AlignHCenter, QStringLiteral("北"));
}

}  // namespace ga::print
