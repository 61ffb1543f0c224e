#pragma once
// The title band across the top of a sheet and the footer across its bottom.
#include <QPainter>
#include <QRectF>

#include "print/sheet_content.h"
#include "print/sheet_style.h"

namespace ga::print {

/// The title, the kind of sheet (`heading`), the subtitle and a 示意图 tag on an accent band.
void drawTitleBand(QPainter& painter, const QRectF& box, const SheetTexts& texts, const QString& heading,
                   const SheetStyle& style);
/// Service phone and date, the sketch-map note and the data-source line.
void drawFooterBand(QPainter& painter, const QRectF& box, const SheetTexts& texts, const SheetStyle& style);

}  // namespace ga::print
