#pragma once
// The staff panel of a grid sheet: one card per member (photo, name, role, work phone), the grid
// leader first. A member without a photo gets a drawn placeholder saying the photo is to come.
#include <QPainter>
#include <QRectF>
#include <span>

#include "print/sheet_content.h"
#include "print/sheet_style.h"

namespace ga::print {

struct CardGrid {
    int columns = 1, rows = 1;
    QSizeF card;  ///< millimetres
};

/// How `count` cards are arranged in `box` (columns, rows, card size): the arrangement giving the
/// largest cards, each no larger than the sheet's style allows.
CardGrid arrangeCards(size_t count, const QSizeF& box, const SheetStyle& style);
/// Height the cards need at `width` when they are as large as the style allows.
double staffPanelHeight(size_t count, double width, const SheetStyle& style);

/// Draws the cards into `box` (millimetres).
void drawStaffPanel(QPainter& painter, const QRectF& box, std::span<const StaffCard> staff, const SheetStyle& style);

}  // namespace ga::print
