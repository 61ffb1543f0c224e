#pragma once
// The scale bar in metres and the printed scale ratio of a map frame.
#include <QPainter>
#include <QString>

#include "print/sheet_text.h"

namespace ga::print {

struct ScaleBar {
    double metres = 100;    ///< ground length the whole bar stands for
    double lengthMm = 50;   ///< its length on the paper
    int segments = 4;       ///< alternating black and white parts
};

/// The longest bar of a round length (1, 2 or 5 times a power of ten metres) that is at most
/// `maxLengthMm` long on a map of `metresPerMm`.
ScaleBar scaleBarFor(double metresPerMm, double maxLengthMm);

/// "100米", "2公里".
QString distanceText(double metres);
/// "比例尺 1:1 000".
QString scaleText(double scaleDenominator);

/// Size of the bar drawn by drawScaleBar: the bar, its tick labels and the scale ratio below.
QSizeF scaleBarSize(const ScaleBar& bar, double barHeight, const TextStyle& text);
/// Draws the bar with its top left corner at `topLeft` (millimetres), `barHeight` thick, the
/// distances above it and `caption` (the scale ratio) below.
void drawScaleBar(QPainter& painter, const ScaleBar& bar, QPointF topLeft, double barHeight, const TextStyle& text,
                  const QString& caption);

}  // namespace ga::print
