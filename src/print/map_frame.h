#pragma once
// A map on the sheet: which part of the map is drawn into which rectangle of the paper, at which
// scale. Printed maps get a round scale (1:500, 1:1 000, 1:2 500, ...), so the scale bar and the
// printed ratio say the same thing and a ruler on the paper measures the ground.
#include <QPainter>
#include <QRectF>
#include <stop_token>

#include "geo/geometry.h"
#include "render/map_renderer.h"
#include "render/map_view.h"

namespace ga::print {

struct MapFrame {
    QRectF rect;                ///< on the sheet, millimetres
    render::MapView view;       ///< what the renderer draws
    double mmPerPixel = 0.26;   ///< size of one of the renderer's logical pixels on the paper
    double scaleDenominator = 1000;  ///< the map's scale is 1 : scaleDenominator

    /// Metres on the ground per millimetre on the paper.
    double metresPerMm() const { return scaleDenominator / 1000; }
    /// Position on the sheet (millimetres) of a map point.
    QPointF toSheet(geo::Point p) const;
};

/// The next round scale denominator at or above `denominator`: 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6 or
/// 7.5 times a power of ten.
double roundScale(double denominator);

/// The frame showing all of `extent`, plus `margin` of its size on each side, in `rect` at the next
/// round scale. `mmPerPixel` sets how big the map's text and symbols come out on the paper; `dpi`
/// is the output resolution the level of detail follows.
MapFrame fitMapFrame(const geo::Box& extent, const QRectF& rect, double mmPerPixel, double dpi, double margin);

/// Draws the map of `frame` through `renderer` into the frame's rectangle of a painter that draws
/// the sheet in millimetres.
Result<render::RenderResult> drawMapFrame(QPainter& painter, const MapFrame& frame, const render::MapRenderer& renderer,
                                          const render::RenderOptions& options, std::stop_token stop = {});

}  // namespace ga::print
