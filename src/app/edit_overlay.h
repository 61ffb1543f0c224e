#pragma once
// Drawing helpers the editing tools share for their overlays: geometries in widget pixels, the
// colours of the household rule, labels with a halo, snap markers.
#include <QColor>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <span>

#include "core/household_range.h"
#include "edit/snapper.h"
#include "geo/geometry.h"
#include "plugin_api/map_tool.h"

namespace ga::app {

/// A polygonal geometry as a path in widget pixels (odd-even fill, so holes stay open).
QPainterPath pixelPath(const plugin::MapCanvasAccess& canvas, const geo::Geometry& g);
/// A polyline in widget pixels.
QPolygonF pixelLine(const plugin::MapCanvasAccess& canvas, std::span<const geo::Point> points);
/// The colour of a household status: under blue, in green, over red.
QColor statusColour(RangeStatus status);
/// The name of a household status: 户数不足, 户数达标, 户数超标.
QString rangeStatusText(RangeStatus status);
/// Text centred on `at` with a white halo, in `colour`.
void drawHaloText(QPainter& p, QPointF at, const QString& text, QColor colour, int pointSize = 11);
/// The marker of what a point snapped to (square: a vertex, circle: a line).
void drawSnap(QPainter& p, QPointF at, edit::SnapKind kind);

}  // namespace ga::app
