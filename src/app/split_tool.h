#pragma once
// The split line tool: click the line's points (snapping to grid vertices, building corners and
// roads; Shift-click follows the road from the last point), double-click or Enter to split.
// While drawing, every part of the grid shows its household count and rule status, and the
// buildings the line would cut are marked (they go wholly to the side holding most of them).
#include <optional>
#include <string>
#include <vector>

#include "app/map_canvas.h"
#include "edit/snapper.h"
#include "edit/split.h"
#include "plugin_api/map_tool.h"

namespace ga::app {

class GridEditing;

class SplitTool : public plugin::MapTool {
public:
    SplitTool(MapCanvas& canvas, GridEditing& editing) : canvas_(canvas), editing_(editing) {}

    void press(const plugin::MapMouseEvent& e) override;
    void move(const plugin::MapMouseEvent& e) override;
    void doubleClick(const plugin::MapMouseEvent& e) override;
    bool key(int qtKey) override;
    void paintOverlay(QPainter& p) override;
    void deactivate() override;
    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }

    /// Starts from a proposed line for grid `code` (a suggested split) to adjust and accept.
    void propose(const std::string& code, const std::vector<geo::Point>& line);
    /// Splits along the line drawn so far; false (with the reason shown) when refused.
    bool finish();

    const std::vector<geo::Point>& points() const { return points_; }
    const std::optional<edit::SplitPreview>& preview() const { return preview_; }
    /// The grid the line splits ("" before it crosses one).
    const std::string& grid() const { return grid_; }
    /// How long the last preview took to compute (milliseconds).
    double previewMilliseconds() const { return previewMs_; }

private:
    std::vector<geo::Point> line() const;
    void updatePreview();
    std::string gridUnder(const std::vector<geo::Point>& line) const;
    void reset();

    MapCanvas& canvas_;
    GridEditing& editing_;
    std::vector<geo::Point> points_;
    std::vector<edit::Snap> snaps_;
    std::optional<edit::Snap> cursor_;
    std::string grid_;
    bool fixedGrid_ = false;
    std::optional<edit::SplitPreview> preview_;
    QString problem_;
    double previewMs_ = 0;
};

}  // namespace ga::app
