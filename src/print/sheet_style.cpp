#include "print/sheet_style.h"

namespace ga::print {

SheetStyle SheetStyle::forSheet(double shortSideMm) {
    SheetStyle s;
    s.unit = shortSideMm / 210.0;
    return s;
}

double sectionHeadingHeight(const SheetStyle& style) { return lineSpacing(style.text(3.6, true)) + style.mm(2.2); }

QRectF drawSectionHeading(QPainter& painter, const SheetStyle& style, const QRectF& box, const QString& title) {
    TextStyle t = style.text(3.6, true);
    t.colour = style.accent;
    const double line = lineSpacing(t);
    const double bar = style.mm(1.1);
    painter.fillRect(QRectF(box.left(), box.top() + line * 0.12, bar, line * 0.8), style.accent);
    drawTextIn(painter, t, QRectF(box.left() + bar * 2.2, box.top(), box.width() - bar * 2.2, line), Qt::AlignLeft, title);
    const double ruleY = box.top() + line + style.mm(0.8);
    painter.fillRect(QRectF(box.left(), ruleY, box.width(), style.mm(0.25)), style.rule);
    const double used = sectionHeadingHeight(style);
    return QRectF(box.left(), box.top() + used, box.width(), std::max(0.0, box.height() - used));
}

}  // namespace ga::print
