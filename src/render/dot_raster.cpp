#include "render/dot_raster.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace ga::render {

DotRaster::DotRaster(QSizeF logicalSize, double devicePixelRatio)
    : size_(static_cast<int>(std::ceil(logicalSize.width() * devicePixelRatio)),
            static_cast<int>(std::ceil(logicalSize.height() * devicePixelRatio))),
      dpr_(devicePixelRatio),
      minX_(INT_MAX),
      minY_(INT_MAX),
      maxX_(INT_MIN),
      maxY_(INT_MIN) {}

void DotRaster::add(QPointF p, const QColor& colour) {
    if (p.x() < 0 || p.y() < 0) return;
    const int x = static_cast<int>(p.x() * dpr_), y = static_cast<int>(p.y() * dpr_);
    if (x >= size_.width() || y >= size_.height()) return;
    if (image_.isNull()) {
        // Made on the first dot: most close-up frames have none.
        image_ = QImage(size_, QImage::Format_ARGB32_Premultiplied);
        image_.fill(Qt::transparent);
    }
    auto* line = reinterpret_cast<QRgb*>(image_.scanLine(y));
    line[x] = qPremultiply(colour.rgba());
    touched_.push_back(static_cast<uint32_t>(y) * static_cast<uint32_t>(image_.width()) + static_cast<uint32_t>(x));
    minX_ = std::min(minX_, x), maxX_ = std::max(maxX_, x);
    minY_ = std::min(minY_, y), maxY_ = std::max(maxY_, y);
}

void DotRaster::flush(QPainter& painter) {
    if (touched_.empty()) return;
    // Only the box the dots fell in is blended; the image is cleared dot by dot, not whole.
    const QRect source(minX_, minY_, maxX_ - minX_ + 1, maxY_ - minY_ + 1);
    const QRectF target(minX_ / dpr_, minY_ / dpr_, source.width() / dpr_, source.height() / dpr_);
    painter.drawImage(target, image_, source);
    auto* bits = reinterpret_cast<QRgb*>(image_.bits());
    for (uint32_t i : touched_) bits[i] = 0;
    touched_.clear();
    minX_ = minY_ = INT_MAX;
    maxX_ = maxY_ = INT_MIN;
}

}  // namespace ga::render
