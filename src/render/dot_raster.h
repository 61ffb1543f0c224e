#pragma once
// What is under a pixel, gathered into one image and drawn with one blit: a district at full
// extent is a quarter of a million buildings a pixel across each, and QPainter::drawPoints maps
// and plots them one by one through the cosmetic stroker. Screen output only; vector output
// draws real points.
#include <QImage>
#include <QPainter>
#include <vector>

namespace ga::render {

class DotRaster {
public:
    /// A raster for a view of `logicalSize` logical px at `devicePixelRatio`.
    DotRaster(QSizeF logicalSize, double devicePixelRatio);

    /// Sets the device pixel under logical position `p` to `colour` (outside the view: ignored).
    void add(QPointF p, const QColor& colour);
    /// Draws the dots added since the last flush onto `painter` (logical px coordinates, no
    /// transform beyond the device pixel ratio) and clears them.
    void flush(QPainter& painter);
    bool empty() const { return touched_.empty(); }

private:
    QSize size_;    ///< device px
    QImage image_;  ///< made on the first dot
    double dpr_;
    std::vector<uint32_t> touched_;  ///< pixel offsets written since the last flush
    int minX_, minY_, maxX_, maxY_;
};

}  // namespace ga::render
