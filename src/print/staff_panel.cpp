#include "print/staff_panel.h"

#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace ga::print {
namespace {

// A card at scale 1: photo 18 x 24 mm (the 3:4 of an ID photo) and the text beside it.
constexpr double kCardWidth = 58, kCardHeight = 26, kPhotoWidth = 18, kPhotoHeight = 24, kGap = 3;
// Cards grow with the sheet but not past this many A4 millimetres per unit.
constexpr double kMaxScale = 1.35;

void drawPlaceholder(QPainter& p, const QRectF& r, const SheetStyle& style) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(r, QColor(0xEC, 0xEE, 0xF1));
    const QColor figure(0xC3, 0xC8, 0xCF);
    p.setPen(Qt::NoPen);
    p.setBrush(figure);
    const double w = r.width();
    p.drawEllipse(QPointF(r.center().x(), r.top() + r.height() * 0.34), w * 0.2, w * 0.2);
    QPainterPath shoulders;
    shoulders.moveTo(r.left() + w * 0.14, r.top() + r.height() * 0.78);
    shoulders.cubicTo(r.left() + w * 0.18, r.top() + r.height() * 0.55, r.right() - w * 0.18, r.top() + r.height() * 0.55,
                      r.right() - w * 0.14, r.top() + r.height() * 0.78);
    shoulders.closeSubpath();
    p.drawPath(shoulders);
    p.restore();
    TextStyle t{w * 0.16, false, style.muted};
    drawTextIn(p, t, QRectF(r.left(), r.bottom() - w * 0.3, w, w * 0.24), Qt::AlignHCenter, QStringLiteral("照片待补"));
}

// The photo cropped to the frame's shape from its centre.
void drawPhoto(QPainter& p, const QRectF& r, const QImage& photo) {
    const double want = r.width() / r.height();
    const double have = static_cast<double>(photo.width()) / photo.height();
    QRectF source(0, 0, photo.width(), photo.height());
    if (have > want) source = QRectF((photo.width() - photo.height() * want) / 2, 0, photo.height() * want, photo.height());
    else source = QRectF(0, (photo.height() - photo.width() / want) / 2, photo.width(), photo.width() / want);
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(r, photo, source);
    p.restore();
}

void drawCard(QPainter& p, const QRectF& card, const StaffCard& s, bool leader, const SheetStyle& style) {
    const double k = card.width() / kCardWidth;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(style.rule, 0.25 * k));
    p.setBrush(QColor(0xFA, 0xFB, 0xFD));
    p.drawRoundedRect(card, 1.2 * k, 1.2 * k);
    p.restore();
    const QRectF photo(card.left() + 1 * k, card.top() + 1 * k, kPhotoWidth * k, kPhotoHeight * k);
    if (s.photo.isNull()) drawPlaceholder(p, photo, style);
    else drawPhoto(p, photo, s.photo);
    p.save();
    p.setPen(QPen(style.rule, 0.2 * k));
    p.setBrush(Qt::NoBrush);
    p.drawRect(photo);
    p.restore();

    const double x = photo.right() + 3 * k, w = card.right() - x - 1.5 * k;
    TextStyle name{5.2 * k, true, style.ink};
    drawTextIn(p, name, QRectF(x, card.top() + 2 * k, w, 7 * k), Qt::AlignLeft, s.name);
    // The role as a tag: filled for the grid leader.
    TextStyle role{3.3 * k, true, leader ? QColor(Qt::white) : style.accent};
    const QString roleText = s.role.isEmpty() ? QStringLiteral("网格员") : s.role;
    const double tagW = std::min(w, textWidth(role, roleText) + 3 * k), tagH = 5.2 * k;
    const QRectF tag(x, card.top() + 10.5 * k, tagW, tagH);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(style.accent, 0.3 * k));
    p.setBrush(leader ? style.accent : QColor(Qt::white));
    p.drawRoundedRect(tag, 1 * k, 1 * k);
    p.restore();
    drawTextIn(p, role, tag, Qt::AlignHCenter, roleText);
    TextStyle label{2.8 * k, false, style.muted};
    drawTextIn(p, label, QRectF(x, card.top() + 17 * k, w, 3.6 * k), Qt::AlignLeft, QStringLiteral("工作电话"));
    TextStyle phone{3.9 * k, true, style.ink};
    drawTextIn(p, phone, QRectF(x, card.top() + 20.4 * k, w, 4.6 * k), Qt::AlignLeft,
               s.phone.isEmpty() ? QStringLiteral("—") : s.phone);
}

}  // namespace

CardGrid arrangeCards(size_t count, const QSizeF& box, const SheetStyle& style) {
    CardGrid best;
    double bestScale = -1;
    const int n = static_cast<int>(std::max<size_t>(count, 1));
    const double gap = kGap * style.unit;
    for (int columns = 1; columns <= n; ++columns) {
        const int rows = (n + columns - 1) / columns;
        const double w = (box.width() - (columns - 1) * gap) / columns;
        const double h = (box.height() - (rows - 1) * gap) / rows;
        const double scale = std::min({w / kCardWidth, h / kCardHeight, kMaxScale * style.unit});
        // Prefer fewer rows when they give the same size (ties within 1%).
        if (scale > bestScale * 1.01) {
            bestScale = scale;
            best = {columns, rows, QSizeF(kCardWidth * scale, kCardHeight * scale)};
        }
    }
    return best;
}

double staffPanelHeight(size_t count, double width, const SheetStyle& style) {
    const CardGrid g = arrangeCards(count, QSizeF(width, 1e9), style);
    return g.rows * g.card.height() + (g.rows - 1) * kGap * style.unit;
}

void drawStaffPanel(QPainter& painter, const QRectF& box, std::span<const StaffCard> staff, const SheetStyle& style) {
    if (staff.empty()) {
        drawWrapped(painter, style.text(3.2), box, Qt::AlignLeft, QStringLiteral("本网格暂未登记网格员。"));
        return;
    }
    const CardGrid g = arrangeCards(staff.size(), box.size(), style);
    const double gap = kGap * style.unit;
    // The cards' block is centred across the box and starts at its top.
    const double blockW = g.columns * g.card.width() + (g.columns - 1) * gap;
    const double x0 = box.left() + (box.width() - blockW) / 2;
    for (size_t i = 0; i < staff.size(); ++i) {
        const int c = static_cast<int>(i) % g.columns, r = static_cast<int>(i) / g.columns;
        const QRectF card(x0 + c * (g.card.width() + gap), box.top() + r * (g.card.height() + gap), g.card.width(),
                          g.card.height());
        drawCard(painter, card, staff[i], i == 0 && staff[i].role.contains(QStringLiteral("网格长")), style);
    }
}

}  // namespace ga::print
