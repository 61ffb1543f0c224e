#include "print/sheet_bands.h"

#include <algorithm>

namespace ga::print {

void drawTitleBand(QPainter& painter, const QRectF& box, const SheetTexts& texts, const QString& kindOfSheet,
                   const SheetStyle& style) {
    // 友好社区网格总图 says what it is already: no 社区网格总图 after it.
    const QString heading = texts.title.endsWith(kindOfSheet.right(4)) ? QString() : kindOfSheet;
    painter.fillRect(box, style.accent);
    const double pad = style.mm(6);
    const QRectF inner = box.adjusted(pad, 0, -pad, 0);

    // The 示意图 tag on the right: white outline, white text.
    TextStyle tagText{style.mm(4.6), true, Qt::white};
    const QString tag = QStringLiteral("示意图");
    const double tagW = textWidth(tagText, tag) + style.mm(5), tagH = lineSpacing(tagText) + style.mm(2.4);
    const QRectF tagBox(inner.right() - tagW, box.center().y() - tagH / 2, tagW, tagH);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(Qt::white, style.mm(0.5)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(tagBox, style.mm(1), style.mm(1));
    painter.restore();
    drawTextIn(painter, tagText, tagBox, Qt::AlignHCenter, tag);

    const double textW = tagBox.left() - style.mm(6) - inner.left();
    TextStyle title{box.height() * 0.36, true, Qt::white};
    TextStyle kind{box.height() * 0.2, false, QColor(0xDC, 0xE6, 0xF2)};
    TextStyle sub{box.height() * 0.15, false, QColor(0xDC, 0xE6, 0xF2)};
    // Title and kind share the first line; both shrink together when they do not fit.
    const double gap = style.mm(4);
    const double want = textWidth(title, texts.title) + gap + textWidth(kind, heading);
    if (want > textW && want > 0) {
        title.size *= textW / want;
        kind.size *= textW / want;
    }
    const double line1 = textAscent(title);
    const double line2 = lineSpacing(sub);
    const double top = box.center().y() - (line1 + textDescent(title) + line2 * 1.15) / 2;
    const double baseline = top + line1;
    drawTextAt(painter, title, QPointF(inner.left(), baseline), texts.title);
    drawTextAt(painter, kind, QPointF(inner.left() + textWidth(title, texts.title) + gap, baseline), heading);
    const QRectF subBox(inner.left(), baseline + textDescent(title) + line2 * 0.15, textW, line2);
    drawTextIn(painter, sub, subBox, Qt::AlignLeft, texts.subtitle);
}

void drawFooterBand(QPainter& painter, const QRectF& box, const SheetTexts& texts, const SheetStyle& style) {
    painter.fillRect(QRectF(box.left(), box.top(), box.width(), style.mm(0.6)), style.accent);
    const double top = box.top() + style.mm(2.2);
    TextStyle phone = style.text(3.8, true);
    phone.colour = style.accent;
    const double line1 = lineSpacing(phone);
    const QString phoneText = texts.servicePhone.isEmpty() ? QString() : QStringLiteral("服务电话：") + texts.servicePhone;
    const QString dateText = texts.date.isEmpty() ? QString() : QStringLiteral("制图日期：") + texts.date;
    TextStyle date = style.text(3.2);
    const double dateW = textWidth(date, dateText);
    drawTextIn(painter, phone, QRectF(box.left(), top, box.width() - dateW - style.mm(8), line1), Qt::AlignLeft, phoneText);
    drawTextIn(painter, date, QRectF(box.right() - dateW, top, dateW, line1), Qt::AlignRight, dateText);

    TextStyle note = style.text(2.7);
    note.colour = style.muted;
    const QRectF rest(box.left(), top + line1 + style.mm(0.8), box.width(), box.bottom() - top - line1 - style.mm(0.8));
    const double used = drawWrapped(painter, note, rest, Qt::AlignLeft, texts.note);
    drawWrapped(painter, note, rest.adjusted(0, used + style.mm(0.3), 0, 0), Qt::AlignLeft, texts.dataSource);
}

}  // namespace ga::print
