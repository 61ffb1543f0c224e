#pragma once
// Names set along a line: each glyph sits on the line at its own distance and turns with it, the
// text reads left to right (the line is walked backwards when it runs right to left), and on
// steep lines Chinese names stand upright, stacked top to bottom, as Chinese maps set them.
#include <QFontMetricsF>
#include <QPointF>
#include <optional>
#include <span>
#include <vector>

#include "render/label_engine.h"

namespace ga::render {

/// A polyline in logical pixels with its cumulative lengths.
class Polyline {
public:
    explicit Polyline(std::vector<QPointF> points);
    double length() const { return cumulative_.empty() ? 0 : cumulative_.back(); }
    /// The point at distance s from the start (clamped to the line).
    QPointF pointAt(double s) const;
    /// The same line walked from its end.
    Polyline reversed() const;
    std::span<const QPointF> points() const { return points_; }

private:
    std::vector<QPointF> points_;
    std::vector<double> cumulative_;
};

/// A label's glyphs (grapheme clusters) with their advances.
struct GlyphRun {
    std::vector<QString> glyphs;
    std::vector<double> advances;
    double ascent = 0, descent = 0;
    double width() const;
};
GlyphRun glyphRun(const QString& text, const QFontMetricsF& metrics);

struct LineLabelStyle {
    QFont font;
    QColor colour;
    double maxBendDegrees = 25;  ///< neighbouring glyphs may turn at most this much
    double uprightAbove = 60;    ///< lines steeper than this (degrees) get upright, stacked CJK glyphs
};

/// Lays `run` out along `line` centred at distance `centre`; nullopt when it does not fit there
/// (runs off the line or bends too much). The result has one part and one box per glyph.
std::optional<PlacedLabel> placeAlongLine(const Polyline& line, double centre, const GlyphRun& run,
                                          const LineLabelStyle& style);

/// Centres at which to try a label of length `labelLength` on a line of `lineLength`: one in the
/// middle of short lines, repeated every `spacing` on long ones.
std::vector<double> labelCentres(double lineLength, double labelLength, double spacing);

/// Splits a line at the edges of `clip` into the runs that lie inside it.
std::vector<std::vector<QPointF>> clipPolyline(std::span<const QPointF> line, const QRectF& clip);

}  // namespace ga::render
