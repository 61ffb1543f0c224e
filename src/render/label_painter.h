#pragma once
// Draws placed labels with a halo: every halo first, then every text, so no halo covers the text
// of a neighbour. Text stays text (drawText), so PDF output keeps a searchable text layer; the
// halo is the stroked outline of the same glyphs.
#include <QPainter>
#include <span>

#include "render/label_engine.h"

namespace ga::render {

struct HaloStyle {
    QColor colour{255, 255, 255, 225};
    double width = 3;  ///< logical px, centred on the glyph outline
};

/// Draws `labels` on `painter` (logical px coordinates).
void drawLabels(QPainter& painter, std::span<const PlacedLabel> labels, const HaloStyle& halo);

/// The baseline origin of a label part in its own turned frame (centre at 0, 0).
QPointF baselineOrigin(const LabelText& part);

}  // namespace ga::render
