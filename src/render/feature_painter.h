#pragma once
// Draws the visible features of one layer with level of detail: what is under a device pixel is
// a dot, small polygons are filled without antialiasing or outline, rings are decimated to the
// pixel grid, and each class of feature is drawn in one run with the painter state set once.
#include <QBrush>
#include <QLineF>
#include <QPainter>
#include <QPen>
#include <span>
#include <vector>

#include "render/screen_mapping.h"

namespace ga::render {

struct PolygonLod {
    double dotBelow = 1.5;          ///< device px: smaller features are drawn as one dot
    double boxBelow = 3;            ///< device px: smaller ones as their box (one batched call)
    double outlineAbove = 6;        ///< device px: larger features get the outline pen
    bool antialiasOutlines = true;  ///< fills are never antialiased (12x the cost per pixel)
};

class DotRaster;

class FeaturePainter {
public:
    /// Draws with `painter`; with `dots`, what is under a pixel goes into that raster (drawn by
    /// its owner) instead of through QPainter.
    FeaturePainter(QPainter& painter, const ScreenMapping& mapping, DotRaster* dots = nullptr)
        : p_(painter), m_(mapping), dots_(dots) {}

    /// Fills polygon features `ids` with `brush` (never antialiased); features over
    /// lod.outlineAbove are then outlined with `pen`. Returns the number of features drawn.
    size_t polygons(const model::FeatureGeometry& g, std::span<const uint32_t> ids, const QBrush& brush,
                    const QPen& pen, const PolygonLod& lod);
    /// Strokes the outlines of polygon features `ids` only (boundaries over fills drawn before).
    size_t outlines(const model::FeatureGeometry& g, std::span<const uint32_t> ids, const QPen& pen, bool antialias);
    /// Strokes line features (and polygon rings) `ids`; lines shorter than a device pixel are skipped.
    size_t lines(const model::FeatureGeometry& g, std::span<const uint32_t> ids, const QPen& pen, bool antialias);
    /// Draws point features `ids` as discs of `radius` logical px, or as single dots under a pixel.
    size_t points(const model::FeatureGeometry& g, std::span<const uint32_t> ids, const QBrush& brush, const QPen& pen,
                  double radius);

private:
    // The rings of feature f as one decimated polygon (single ring) or path (several rings).
    void drawPolygon(const model::FeatureGeometry& g, uint32_t f);
    // Strokes the rings of feature f with the current pen. Wide (non-cosmetic) antialiased pens
    // stroke each segment on its own: Qt's antialiased rasteriser slows down with the box of a
    // multi-segment stroke (a 4-segment ring costs about 10x its 4 segments drawn separately);
    // the pen's square or round caps fill the corners the joins would have.
    void strokeRings(const model::FeatureGeometry& g, uint32_t f, bool segmentwise);
    // Draws the horizontal and vertical segments strokeRings() set aside, unantialiased.
    void flushStraight();

    QPainter& p_;
    const ScreenMapping& m_;
    DotRaster* dots_;
    std::vector<QPointF> buffer_;
    std::vector<QLineF> segments_;
    std::vector<QLineF> straight_;
    bool straightWidth_ = false;  ///< the current lines() call sets straight segments aside
};

/// The ids of a layer's features whose boxes meet `window`, in spatial (Hilbert) order.
std::vector<uint32_t> visibleIds(const model::FeatureGeometry& g, const geo::Box& window);

}  // namespace ga::render
