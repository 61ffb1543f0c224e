#include "render/feature_painter.h"

#include <QPainterPath>
#include <cmath>

#include "render/dot_raster.h"

namespace ga::render {

std::vector<uint32_t> visibleIds(const model::FeatureGeometry& g, const geo::Box& window) {
    std::vector<uint32_t> ids;
    g.index().query(window, ids);
    return ids;
}

void FeaturePainter::drawPolygon(const model::FeatureGeometry& g, uint32_t f) {
    const auto [first, last] = g.rings(f);
    // Half a device pixel: closer vertices cannot be told apart.
    const double tolerance = 0.5 / m_.devicePixelRatio();
    if (last - first == 1) {
        buffer_.clear();
        m_.decimate(g.ring(first), tolerance, buffer_);
        if (buffer_.size() >= 3) p_.drawPolygon(buffer_.data(), static_cast<int>(buffer_.size()));
        return;
    }
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (uint32_t r = first; r < last; ++r) {
        buffer_.clear();
        m_.decimate(g.ring(r), tolerance, buffer_);
        if (buffer_.size() < 3) continue;
        path.moveTo(buffer_[0]);
        for (size_t i = 1; i < buffer_.size(); ++i) path.lineTo(buffer_[i]);
        path.closeSubpath();
    }
    p_.drawPath(path);
}

size_t FeaturePainter::polygons(const model::FeatureGeometry& g, std::span<const uint32_t> ids, const QBrush& brush,
                                const QPen& pen, const PolygonLod& lod) {
    std::vector<QPointF> dots;
    std::vector<QRectF> boxes;
    std::vector<uint32_t> large;
    p_.setRenderHint(QPainter::Antialiasing, false);
    p_.setPen(Qt::NoPen);
    p_.setBrush(brush);
    const bool outline = pen.style() != Qt::NoPen;
    for (uint32_t f : ids) {
        if (g.kind(f) != model::ShapeKind::Polygon) continue;
        const geo::Box& b = g.bounds(f);
        const double size = m_.deviceSize(b);
        if (size < lod.dotBelow) {
            const QPointF at = m_(g.toLocal(b.center()));
            if (dots_)
                dots_->add(at, brush.color());
            else
                dots.push_back(at);
            continue;
        }
        if (size < lod.boxBelow) {
            // A couple of pixels across, a footprint and its box look the same.
            const QPointF a = m_(g.toLocal({b.minx, b.maxy})), c = m_(g.toLocal({b.maxx, b.miny}));
            boxes.emplace_back(a, c);
            continue;
        }
        drawPolygon(g, f);
        if (outline && size > lod.outlineAbove) large.push_back(f);
    }
    if (!boxes.empty()) p_.drawRects(boxes.data(), static_cast<int>(boxes.size()));
    if (!large.empty()) {
        // Outlines over the unantialiased fills: smooth edges at a fraction of an antialiased fill.
        p_.setPen(pen);
        p_.setBrush(Qt::NoBrush);
        p_.setRenderHint(QPainter::Antialiasing, lod.antialiasOutlines);
        const bool segmentwise = lod.antialiasOutlines && !pen.isCosmetic();
        for (uint32_t f : large) strokeRings(g, f, segmentwise);
        p_.setRenderHint(QPainter::Antialiasing, false);
    }
    if (!dots.empty()) {
        // A cosmetic pen of width 0 is one device pixel whatever the transform.
        p_.setPen(QPen(brush.color(), 0));
        p_.drawPoints(dots.data(), static_cast<int>(dots.size()));
    }
    return ids.size();
}

void FeaturePainter::strokeRings(const model::FeatureGeometry& g, uint32_t f, bool segmentwise) {
    const double tolerance = 0.5 / m_.devicePixelRatio();
    const auto [first, last] = g.rings(f);
    for (uint32_t r = first; r < last; ++r) {
        buffer_.clear();
        m_.decimate(g.ring(r), tolerance, buffer_);
        if (buffer_.size() < 2) continue;
        if (!segmentwise) {
            p_.drawPolyline(buffer_.data(), static_cast<int>(buffer_.size()));
            continue;
        }
        if (p_.pen().style() != Qt::SolidLine) {
            // Dashes continue across vertices: each segment starts its pattern where the last ended.
            QPen pen = p_.pen();
            const double unit = std::max(pen.widthF(), 1.0);
            double along = 0;
            for (size_t i = 1; i < buffer_.size(); ++i) {
                pen.setDashOffset(along / unit);
                p_.setPen(pen);
                p_.drawLine(buffer_[i - 1], buffer_[i]);
                along += std::hypot(buffer_[i].x() - buffer_[i - 1].x(), buffer_[i].y() - buffer_[i - 1].y());
            }
            continue;
        }
        segments_.clear();
        for (size_t i = 1; i < buffer_.size(); ++i) {
            const QLineF s(buffer_[i - 1], buffer_[i]);
            // Wide, horizontal or vertical to within half a pixel: antialiasing would only soften
            // its edges, so it joins the unantialiased batch drawn by flushStraight().
            if (straightWidth_ > 0 && (std::abs(s.dx()) < 0.5 || std::abs(s.dy()) < 0.5)) straight_.push_back(s);
            else segments_.push_back(s);
        }
        if (!segments_.empty()) p_.drawLines(segments_.data(), static_cast<int>(segments_.size()));
    }
}

void FeaturePainter::flushStraight() {
    if (straight_.empty()) return;
    const bool aa = p_.testRenderHint(QPainter::Antialiasing);
    p_.setRenderHint(QPainter::Antialiasing, false);
    p_.drawLines(straight_.data(), static_cast<int>(straight_.size()));
    p_.setRenderHint(QPainter::Antialiasing, aa);
    straight_.clear();
}

size_t FeaturePainter::outlines(const model::FeatureGeometry& g, std::span<const uint32_t> ids, const QPen& pen,
                                bool antialias) {
    p_.setRenderHint(QPainter::Antialiasing, antialias);
    p_.setPen(pen);
    p_.setBrush(Qt::NoBrush);
    const bool segmentwise = antialias && !pen.isCosmetic();
    size_t drawn = 0;
    for (uint32_t f : ids) {
        if (g.kind(f) != model::ShapeKind::Polygon || m_.deviceSize(g.bounds(f)) < 2) continue;
        strokeRings(g, f, segmentwise);
        ++drawn;
    }
    return drawn;
}

size_t FeaturePainter::lines(const model::FeatureGeometry& g, std::span<const uint32_t> ids, const QPen& pen,
                             bool antialias) {
    p_.setRenderHint(QPainter::Antialiasing, antialias);
    p_.setPen(pen);
    p_.setBrush(Qt::NoBrush);
    const bool segmentwise = antialias && !pen.isCosmetic();
    // From 3 device px a line's width hides a pixel's rounding: straight segments go unantialiased.
    straightWidth_ = segmentwise && pen.style() == Qt::SolidLine && pen.widthF() * m_.devicePixelRatio() >= 3;
    size_t drawn = 0;
    for (uint32_t f : ids) {
        if (g.kind(f) == model::ShapeKind::Point || m_.deviceSize(g.bounds(f)) < 1) continue;
        strokeRings(g, f, segmentwise);
        ++drawn;
    }
    flushStraight();
    straightWidth_ = false;
    return drawn;
}

size_t FeaturePainter::points(const model::FeatureGeometry& g, std::span<const uint32_t> ids, const QBrush& brush,
                              const QPen& pen, double radius) {
    if (radius * m_.devicePixelRatio() < 1) {
        if (dots_) {
            for (uint32_t f : ids) dots_->add(m_(g.toLocal(g.bounds(f).center())), brush.color());
            return ids.size();
        }
        std::vector<QPointF> dots;
        dots.reserve(ids.size());
        for (uint32_t f : ids) dots.push_back(m_(g.toLocal(g.bounds(f).center())));
        p_.setRenderHint(QPainter::Antialiasing, false);
        p_.setPen(QPen(brush.color(), 0));
        p_.drawPoints(dots.data(), static_cast<int>(dots.size()));
        return ids.size();
    }
    p_.setRenderHint(QPainter::Antialiasing, true);
    p_.setPen(pen);
    p_.setBrush(brush);
    for (uint32_t f : ids) p_.drawEllipse(m_(g.toLocal(g.bounds(f).center())), radius, radius);
    return ids.size();
}

}  // namespace ga::render
