#pragma once
// The look shared by every element of a sheet: colours, and sizes that grow with the paper. A
// sheet's unit is its short side over the short side of A4, so an A0 wall map (4 units) keeps the
// proportions of an A4 notice (1 unit) and its text reads from four times as far.
#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>

#include "print/sheet_text.h"

namespace ga::print {

struct SheetStyle {
    double unit = 1;  ///< millimetres are multiplied by this: 1 on A4, 4 on A0
    QColor accent{0x1F, 0x4E, 0x8C};      ///< title band, section headings
    QColor ink{0x22, 0x22, 0x22};
    QColor muted{0x5A, 0x5A, 0x5A};
    QColor rule{0xB8, 0xC4, 0xD4};

    /// The style for a sheet whose short side is `shortSideMm`.
    static SheetStyle forSheet(double shortSideMm);
    /// `mm` at this sheet's size.
    double mm(double a4Millimetres) const { return a4Millimetres * unit; }
    /// A text style `a4Size` millimetres high on A4, scaled to the sheet.
    TextStyle text(double a4Size, bool bold = false) const { return {mm(a4Size), bold, ink}; }
};

/// Draws a section heading (a short accent bar, the title, a rule under it) at the top of `box`
/// and returns the part of the box below it.
QRectF drawSectionHeading(QPainter& painter, const SheetStyle& style, const QRectF& box, const QString& title);
/// Height drawSectionHeading takes.
double sectionHeadingHeight(const SheetStyle& style);

}  // namespace ga::print
