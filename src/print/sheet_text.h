#pragma once
// Text on a sheet, sized in millimetres on the paper. The painter draws the sheet in millimetres;
// fonts are set in hundredths of a millimetre (a pixel size there is an integer of fine enough
// grain, and glyph advances are measured at a size where hinting moves nothing), so each
// function here scales the painter by 1/100 around the text it draws.
//
// Every text is set in WenQuanYi Micro Hei: Qt 6.4 writes Noto CJK glyphs into the PDF text layer
// as Kangxi radicals, WenQuanYi reads back right (see render/map_fonts.h).
#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <vector>

namespace ga::print {

struct TextStyle {
    double size = 3;  ///< em size in millimetres
    bool bold = false;
    QColor colour{0x22, 0x22, 0x22};
};

/// The font of `style`, its pixel size in hundredths of a millimetre.
QFont sheetFont(const TextStyle& style);
/// Advance width of `text` in millimetres.
double textWidth(const TextStyle& style, const QString& text);
/// Ascent, descent and line spacing in millimetres.
double textAscent(const TextStyle& style);
double textDescent(const TextStyle& style);
double lineSpacing(const TextStyle& style);

/// Draws one line with its baseline starting at `baseline` (millimetres).
void drawTextAt(QPainter& painter, const TextStyle& style, QPointF baseline, const QString& text);
/// Draws one line inside `box`, aligned horizontally by `align` (left, centre, right) and centred
/// vertically; text wider than the box is shrunk to fit.
void drawTextIn(QPainter& painter, const TextStyle& style, const QRectF& box, Qt::Alignment align, const QString& text);
/// `style` made smaller (down to `minSize`) until `text` fits in `width` on one line.
TextStyle shrunkToFit(TextStyle style, const QString& text, double width, double minSize);

/// The lines `text` breaks into at `width` millimetres. Chinese has no spaces between words: a
/// line may break between any two characters (and between Latin words at spaces), never before
/// closing punctuation such as ，。）, which hangs past the width when it has to (悬挂标点).
std::vector<QString> wrapText(const TextStyle& style, const QString& text, double width);
/// Height in millimetres of `text` wrapped at `width`.
double wrappedHeight(const TextStyle& style, const QString& text, double width);
/// Draws `text` wrapped into `box` from its top, lines aligned by `align`; returns the height used.
/// Lines that do not fit below the box are left out.
double drawWrapped(QPainter& painter, const TextStyle& style, const QRectF& box, Qt::Alignment align,
                   const QString& text);

}  // namespace ga::print
