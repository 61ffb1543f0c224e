#pragma once
// What part of the map is drawn and how big: a centre, a scale in metres per logical pixel and an
// output size. Logical pixels are 1/96 inch; the device pixel ratio says how many device pixels
// one logical pixel covers (2 on a HiDPI screen, dpi / 96 on paper), so styles given in logical
// pixels look the same on screen and in print.
#include <QPointF>
#include <QSizeF>

#include "core/error.h"
#include "geo/geometry.h"

namespace ga::render {

/// Screen output rasterises freely; vector output (PDF, printers) keeps text as text, uses a font
/// whose PDF text layer reads back right, and takes no raster shortcuts.
enum class OutputKind { Screen, Vector };

struct MapView {
    geo::Point centre;
    double metresPerPixel = 1;    ///< metres per logical pixel
    QSizeF size{800, 600};        ///< logical pixels
    double devicePixelRatio = 1;  ///< device pixels per logical pixel
    OutputKind output = OutputKind::Screen;

    /// The view showing all of `extent` (plus `margin` of its size on each side) in `size`.
    static MapView fitting(const geo::Box& extent, QSizeF size, double margin = 0.03);

    /// The map box the view covers.
    geo::Box extent() const;
    /// Logical pixel position of a map point (y grows downwards).
    QPointF toScreen(geo::Point p) const;
    /// Map point under a logical pixel position.
    geo::Point toMap(QPointF px) const;
    /// Zoomed by `factor` (> 1 zooms in) keeping the map point under `anchor` in place.
    MapView zoomedAt(QPointF anchor, double factor) const;
    /// Moved so that the map follows a drag by `delta` logical pixels.
    MapView pannedBy(QPointF delta) const;
    /// The scale as 1 : N on a screen of `dpi` logical dots per inch.
    double scaleDenominator(double dpi = 96) const { return metresPerPixel * dpi / 0.0254; }

    friend bool operator==(const MapView&, const MapView&) = default;
};

/// Refuses views that cannot be drawn: non-finite numbers, a size of zero or over 32768 px, a
/// scale outside 0.1 mm to 100 km per pixel. The message says which value is wrong.
Result<void> checkView(const MapView& view);

}  // namespace ga::render
