#pragma once
// The north arrow. Maps are drawn in the project's Gauss–Krüger grid with grid north up; within a
// 3-degree zone grid north lies within 1° of true north, less than the arrow's own width shows.
#include <QPainter>
#include <QRectF>

namespace ga::print {

/// Draws the arrow centred in `box` (millimetres), pointing up, with 北 above it.
void drawNorthArrow(QPainter& painter, const QRectF& box);

}  // namespace ga::print
