#include "render/line_label.h"

#include <QTextBoundaryFinder>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace ga::render {
namespace {

constexpr double kDegrees = 180 / std::numbers::pi;

bool hasCjk(const QString& text) {
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF)) return true;
    }
    return false;
}

// Difference of two angles in degrees, in [0, 180].
double turn(double a, double b) {
    double d = std::fmod(std::abs(a - b), 360.0);
    return d > 180 ? 360 - d : d;
}

// Axis-aligned box of a w x h rectangle centred at c and turned by `degrees`.
QRectF turnedBox(QPointF c, double w, double h, double degrees) {
    const double r = degrees / kDegrees;
    const double cw = std::abs(std::cos(r)), sw = std::abs(std::sin(r));
    const double bw = w * cw + h * sw, bh = w * sw + h * cw;
    return {c.x() - bw / 2, c.y() - bh / 2, bw, bh};
}

}  // namespace

Polyline::Polyline(std::vector<QPointF> points) : points_(std::move(points)) {
    cumulative_.reserve(points_.size());
    double s = 0;
    for (size_t i = 0; i < points_.size(); ++i) {
        if (i > 0) s += std::hypot(points_[i].x() - points_[i - 1].x(), points_[i].y() - points_[i - 1].y());
        cumulative_.push_back(s);
    }
}

QPointF Polyline::pointAt(double s) const {
    if (points_.empty()) return {};
    if (s <= 0) return points_.front();
    if (s >= length()) return points_.back();
    const size_t i =
        static_cast<size_t>(std::upper_bound(cumulative_.begin(), cumulative_.end(), s) - cumulative_.begin());
    const double seg = cumulative_[i] - cumulative_[i - 1];
    const double t = seg > 0 ? (s - cumulative_[i - 1]) / seg : 0;
    return points_[i - 1] + (points_[i] - points_[i - 1]) * t;
}

Polyline Polyline::reversed() const { return Polyline({points_.rbegin(), points_.rend()}); }

double GlyphRun::width() const {
    double w = 0;
    for (double a : advances) w += a;
    return w;
}

GlyphRun glyphRun(const QString& text, const QFontMetricsF& metrics) {
    GlyphRun run;
    run.ascent = metrics.ascent();
    run.descent = metrics.descent();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        const QString g = text.mid(start, end - start);
        if (!g.trimmed().isEmpty() || !run.glyphs.empty()) {
            run.glyphs.push_back(g);
            run.advances.push_back(metrics.horizontalAdvance(g));
        }
        start = end;
    }
    return run;
}

std::optional<PlacedLabel> placeAlongLine(const Polyline& line, double centre, const GlyphRun& run,
                                          const LineLabelStyle& style) {
    const double length = line.length();
    const double width = run.width();
    if (run.glyphs.empty() || width > length) return std::nullopt;
    const QPointF a = line.pointAt(centre - width / 2), b = line.pointAt(centre + width / 2);
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double steepness = std::atan2(std::abs(dy), std::abs(dx)) * kDegrees;
    const double em = run.ascent + run.descent;
    PlacedLabel label;
    label.kind = LabelKind::Road;

    bool stacked = false;
    for (const QString& g : run.glyphs) stacked = stacked || hasCjk(g);
    stacked = stacked && steepness > style.uprightAbove;
    if (stacked) {
        // Upright glyphs one under the other, read top to bottom.
        const double step = em * 0.92;
        const double height = step * static_cast<double>(run.glyphs.size());
        if (height > length) return std::nullopt;
        const bool flip = dy < 0;
        const Polyline walked = flip ? line.reversed() : line;
        const double c = flip ? length - centre : centre;
        if (c - height / 2 < 0 || c + height / 2 > length) return std::nullopt;
        QPointF previous;
        double previousAngle = 0;
        for (size_t i = 0; i < run.glyphs.size(); ++i) {
            const QPointF p = walked.pointAt(c - height / 2 + step * (static_cast<double>(i) + 0.5));
            if (i > 0) {
                const double angle = std::atan2(p.y() - previous.y(), p.x() - previous.x()) * kDegrees;
                if (i > 1 && turn(angle, previousAngle) > style.maxBendDegrees) return std::nullopt;
                previousAngle = angle;
            }
            previous = p;
            label.parts.push_back(
                {run.glyphs[i], style.font, style.colour, p, 0, run.advances[i], run.ascent, run.descent});
            label.boxes.push_back(QRectF(p.x() - run.advances[i] / 2, p.y() - step / 2, run.advances[i], step));
        }
        return label;
    }

    // Rotated glyphs read left to right: walk the line backwards when it runs leftwards there.
    const bool flip = dx < 0;
    const Polyline walked = flip ? line.reversed() : line;
    const double c = flip ? length - centre : centre;
    double s = c - width / 2;
    if (s < 0 || c + width / 2 > length) return std::nullopt;
    double previousAngle = 0;
    for (size_t i = 0; i < run.glyphs.size(); ++i) {
        const double adv = run.advances[i];
        const QPointF p = walked.pointAt(s + adv / 2);
        const QPointF back = walked.pointAt(s), ahead = walked.pointAt(s + adv);
        const double angle = std::atan2(ahead.y() - back.y(), ahead.x() - back.x()) * kDegrees;
        // Upside-down glyphs in the middle of a curve, or a kink between neighbours: try elsewhere.
        if (std::abs(angle) > 100) return std::nullopt;
        if (i > 0 && turn(angle, previousAngle) > style.maxBendDegrees) return std::nullopt;
        previousAngle = angle;
        label.parts.push_back({run.glyphs[i], style.font, style.colour, p, angle, adv, run.ascent, run.descent});
        label.boxes.push_back(turnedBox(p, adv, em, angle));
        s += adv;
    }
    return label;
}

std::vector<double> labelCentres(double lineLength, double labelLength, double spacing) {
    std::vector<double> out;
    if (lineLength < labelLength * 1.1) return out;
    const int n = std::max(1, static_cast<int>(lineLength / std::max(spacing, labelLength * 1.5)));
    for (int i = 0; i < n; ++i) out.push_back((i + 0.5) * lineLength / n);
    return out;
}

std::vector<std::vector<QPointF>> clipPolyline(std::span<const QPointF> line, const QRectF& clip) {
    std::vector<std::vector<QPointF>> runs;
    std::vector<QPointF> current;
    auto close = [&] {
        if (current.size() >= 2) runs.push_back(std::move(current));
        current.clear();
    };
    for (size_t i = 1; i < line.size(); ++i) {
        // Liang–Barsky: the part t0..t1 of segment a→b inside the clip rectangle.
        const QPointF a = line[i - 1], b = line[i];
        const double dx = b.x() - a.x(), dy = b.y() - a.y();
        double t0 = 0, t1 = 1;
        const double p[4] = {-dx, dx, -dy, dy};
        const double q[4] = {a.x() - clip.left(), clip.right() - a.x(), a.y() - clip.top(), clip.bottom() - a.y()};
        bool inside = true;
        for (int k = 0; k < 4 && inside; ++k) {
            if (p[k] == 0) {
                if (q[k] < 0) inside = false;
            } else {
                const double t = q[k] / p[k];
                if (p[k] < 0)
                    t0 = std::max(t0, t);
                else
                    t1 = std::min(t1, t);
                if (t0 > t1) inside = false;
            }
        }
        if (!inside) {
            close();
            continue;
        }
        const QPointF s = a + (b - a) * t0, e = a + (b - a) * t1;
        if (current.empty() || t0 > 0) {
            close();
            current.push_back(s);
        }
        current.push_back(e);
        if (t1 < 1) close();
    }
    close();
    return runs;
}

}  // namespace ga::render
