#pragma once
// The totals of a sheet as figure tiles: households, people, buildings, area (and grids for a
// community).
#include <QPainter>
#include <QRectF>

#include "print/sheet_content.h"
#include "print/sheet_style.h"

namespace ga::print {

/// Height the tiles need at `width`.
double totalsPanelHeight(const Totals& totals, bool community, double width, const SheetStyle& style);
/// Draws the tiles into `box` (millimetres).
void drawTotalsPanel(QPainter& painter, const QRectF& box, const Totals& totals, bool community, const SheetStyle& style);

}  // namespace ga::print
