#pragma once
// Moving the selected buildings to a neighbouring grid: click the grid they should belong to; the
// boundary follows (it runs between them and the buildings that stay).
#include <optional>
#include <string>

#include "app/map_canvas.h"
#include "app/map_selection.h"
#include "plugin_api/map_tool.h"

namespace ga::app {

class GridEditing;

class MoveBuildingsTool : public plugin::MapTool {
public:
    MoveBuildingsTool(MapCanvas& canvas, GridEditing& editing, MapSelection& selection)
        : canvas_(canvas), editing_(editing), selection_(selection) {}

    void move(const plugin::MapMouseEvent& e) override;
    void release(const plugin::MapMouseEvent& e) override;
    void paintOverlay(QPainter& p) override;
    void deactivate() override { target_.reset(); }
    QCursor cursor() const override { return QCursor(Qt::PointingHandCursor); }

    /// Moves the selected buildings to grid `code`; false (with the reason shown) when refused.
    bool moveTo(const std::string& code);

private:
    std::optional<size_t> gridAt(QPointF map) const;

    MapCanvas& canvas_;
    GridEditing& editing_;
    MapSelection& selection_;
    std::optional<size_t> target_;
};

}  // namespace ga::app
