#include "app/polygon_sketch.h"

#include "app/edit_overlay.h"

namespace ga::app {

bool PolygonSketch::add(const edit::Snap& corner) {
    if (!corners_.empty() && corners_.back() == corner.point) return false;
    corners_.push_back(corner.point);
    return true;
}

bool PolygonSketch::removeLast() {
    if (corners_.empty()) return false;
    corners_.pop_back();
    return true;
}

void PolygonSketch::clear() {
    corners_.clear();
    cursor_.reset();
}

std::vector<geo::Point> PolygonSketch::withCursor() const {
    std::vector<geo::Point> pts = corners_;
    if (cursor_ && !pts.empty() && !(pts.back() == cursor_->point)) pts.push_back(cursor_->point);
    return pts;
}

std::optional<geo::Geometry> PolygonSketch::polygon(bool withCursorPoint) const {
    std::vector<geo::Point> ring = withCursorPoint ? withCursor() : corners_;
    if (ring.size() >= 2 && ring.front() == ring.back()) ring.pop_back();
    if (ring.size() < 3) return std::nullopt;
    const std::vector<std::vector<geo::Point>> rings = {std::move(ring)};
    return geo::Geometry::polygon(rings);
}

void PolygonSketch::paint(QPainter& p, const plugin::MapCanvasAccess& canvas, QColor colour) const {
    p.setRenderHint(QPainter::Antialiasing, true);
    const std::vector<geo::Point> pts = withCursor();
    if (pts.size() >= 2) {
        QPolygonF line = pixelLine(canvas, pts);
        p.setPen(QPen(colour, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(line);
        // The side that would close the ring, dashed.
        if (pts.size() >= 3) {
            p.setPen(QPen(colour, 1.5, Qt::DashLine));
            p.drawLine(line.back(), line.front());
        }
    }
    p.setBrush(colour);
    p.setPen(QPen(Qt::white, 1.5));
    for (const geo::Point& v : corners_) p.drawEllipse(canvas.toPixel({v.x, v.y}), 4.5, 4.5);
    if (cursor_) drawSnap(p, canvas.toPixel({cursor_->point.x, cursor_->point.y}), cursor_->kind);
}

}  // namespace ga::app
