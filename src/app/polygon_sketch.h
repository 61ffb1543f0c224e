#pragma once
// A polygon drawn by clicking its corners, shared by the tools that draw areas (a new grid, a new
// building's footprint): the corners placed so far, the snapped cursor, the ring they close, and
// the outline drawn over the map.
#include <QColor>
#include <QPainter>
#include <optional>
#include <vector>

#include "edit/snapper.h"
#include "geo/geometry.h"
#include "plugin_api/map_tool.h"

namespace ga::app {

class PolygonSketch {
public:
    /// Adds a corner; false when it repeats the last one (a double-click's second press).
    bool add(const edit::Snap& corner);
    /// Drops the last corner; false when there is none.
    bool removeLast();
    /// Where the next corner would go (the snapped cursor), or none.
    void setCursor(std::optional<edit::Snap> cursor) { cursor_ = std::move(cursor); }
    void clear();

    const std::vector<geo::Point>& corners() const { return corners_; }
    const std::optional<edit::Snap>& cursor() const { return cursor_; }
    bool isEmpty() const { return corners_.empty(); }

    /// The closed polygon of the corners (and the cursor when `withCursor`); nullopt under three
    /// corners.
    std::optional<geo::Geometry> polygon(bool withCursor) const;

    /// Draws the ring as drawn so far (closing back to the first corner through the cursor), the
    /// corners and the cursor's snap marker, in `colour`.
    void paint(QPainter& p, const plugin::MapCanvasAccess& canvas, QColor colour) const;

private:
    std::vector<geo::Point> withCursor() const;

    std::vector<geo::Point> corners_;
    std::optional<edit::Snap> cursor_;
};

}  // namespace ga::app
