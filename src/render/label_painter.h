#pragma once
// Draws placed labels with a halo: every halo first, then every text, so no halo covers the text
// of a neighbour. Vector output keeps text as text (drawText), so PDFs have a searchable text
// layer, with the halo as the stroked outline of the same glyphs; raster output blits sprites.
#include <QPainter>
#include <span>

#include "render/label_engine.h"

namespace ga::render {

struct HaloStyle {
    QColor colour{255, 255, 255, 225};
    double width = 3;  ///< logical px, centred on the glyph outline
};

class LabelSpriteCache;

/// Draws `labels` on `painter` (logical px coordinates): from `sprites` when given (raster
/// output, `devicePixelRatio` being the painter's), else as text.
void drawLabels(QPainter& painter, std::span<const PlacedLabel> labels, const HaloStyle& halo,
                LabelSpriteCache* sprites = nullptr, double devicePixelRatio = 1);

/// The baseline origin of a label part in its own turned frame (centre at 0, 0).
QPointF baselineOrigin(const LabelText& part);

}  // namespace ga::render
