#pragma once
// The table of an overview sheet: every grid of the community with its code, name, leader, the
// leader's work phone and households (and its page in an atlas).
#include <QPainter>
#include <QRectF>
#include <span>

#include "print/sheet_content.h"
#include "print/sheet_style.h"

namespace ga::print {

/// Height a table of `rows` grids wants at its natural text size.
double gridTableHeight(size_t rows, const SheetStyle& style);
/// Draws the table into `box` (millimetres), its rows made smaller when they do not fit.
void drawGridTable(QPainter& painter, const QRectF& box, std::span<const GridFacts> grids, const SheetStyle& style);

}  // namespace ga::print
