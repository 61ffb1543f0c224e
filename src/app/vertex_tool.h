#pragma once
// Dragging shared boundaries: press on a grid vertex and drag it (Shift: the edge under the
// cursor moves as a whole); every grid holding it follows, so no gap or overlap can open. The
// grids are drawn as they would be while dragging; release commits the move or says why not.
#include <optional>
#include <vector>

#include "app/map_canvas.h"
#include "edit/reshape.h"
#include "plugin_api/map_tool.h"

namespace ga::app {

class GridEditing;

class VertexTool : public plugin::MapTool {
public:
    VertexTool(MapCanvas& canvas, GridEditing& editing) : canvas_(canvas), editing_(editing) {}

    void press(const plugin::MapMouseEvent& e) override;
    void move(const plugin::MapMouseEvent& e) override;
    void release(const plugin::MapMouseEvent& e) override;
    bool key(int qtKey) override;
    void paintOverlay(QPainter& p) override;
    void deactivate() override;
    QCursor cursor() const override { return QCursor(Qt::SizeAllCursor); }

private:
    struct Drag {
        std::vector<geo::Point> from;  ///< one vertex, or a segment's two ends
        geo::Point start, now;
    };
    std::vector<std::pair<geo::Point, geo::Point>> moves() const;

    MapCanvas& canvas_;
    GridEditing& editing_;
    std::optional<edit::BoundaryVertex> hover_;
    std::optional<Drag> drag_;
    std::vector<std::pair<size_t, geo::Geometry>> preview_;
};

}  // namespace ga::app
