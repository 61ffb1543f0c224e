#include "render/feature_painter.h"

#include <QPainterPath>
#include <cmath>

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
            dots.push_back(m_(g.toLocal(b.center())));
        } else if (outline && size > lod.outlineAbove) {
            large.push_back(f);
        } else {
            drawPolygon(g, f);
        }
    }
    if (!large.empty()) {
        p_.setPen(pen);
        p_.setRenderHint(QPainter::Antialiasing, lod.antialiasOutlines);
        for (uint32_t f : large) drawPolygon(g, f);
        p_.setRenderHint(QPainter::Antialiasing, false);
    }
    if (!dots.empty()) {
        // A cosmetic pen of width 0 is one device pixel whatever the transform.
        p_.setPen(QPen(brush.color(), 0));
        p_.drawPoints(dots.data(), static_cast<int>(dots.size()));
    }
    return ids.size();
}

size_t FeaturePainter::outlines(const model::FeatureGeometry& g, std::span<const uint32_t> ids, const QPen& pen,
                                bool antialias) {
    p_.setRenderHint(QPainter::Antialiasing, antialias);
    p_.setPen(pen);
    p_.setBrush(Qt::NoBrush);
    const double tolerance = 0.5 / m_.devicePixelRatio();
    size_t drawn = 0;
    for (uint32_t f : ids) {
        if (g.kind(f) != model::ShapeKind::Polygon || m_.deviceSize(g.bounds(f)) < 2) continue;
        const auto [first, last] = g.rings(f);
        for (uint32_t r = first; r < last; ++r) {
            buffer_.clear();
            m_.decimate(g.ring(r), tolerance, buffer_);
            if (buffer_.size() >= 2) p_.drawPolyline(buffer_.data(), static_cast<int>(buffer_.size()));
        }
        ++drawn;
    }
    return drawn;
}

size_t FeaturePainter::lines(const model::FeatureGeometry& g, std::span<const uint32_t> ids, const QPen& pen,
                             bool antialias) {
    p_.setRenderHint(QPainter::Antialiasing, antialias);
    p_.setPen(pen);
    p_.setBrush(Qt::NoBrush);
    const double tolerance = 0.5 / m_.devicePixelRatio();
    size_t drawn = 0;
    for (uint32_t f : ids) {
        if (g.kind(f) == model::ShapeKind::Point || m_.deviceSize(g.bounds(f)) < 1) continue;
        const auto [first, last] = g.rings(f);
        for (uint32_t r = first; r < last; ++r) {
            buffer_.clear();
            m_.decimate(g.ring(r), tolerance, buffer_);
            if (buffer_.size() >= 2) p_.drawPolyline(buffer_.data(), static_cast<int>(buffer_.size()));
        }
        ++drawn;
    }
    return drawn;
}

size_t FeaturePainter::points(const model::FeatureGeometry& g, std::span<const uint32_t> ids, const QBrush& brush,
                              const QPen& pen, double radius) {
    if (radius * m_.devicePixelRatio() < 1) {
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
