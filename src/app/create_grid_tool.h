#pragma once
// Drawing a new grid over ground no grid covers: click the area's corners (snapping to grid
// vertices, building corners and roads), double-click or Enter to create it. While drawing, the
// part of the area no grid covers yet is shown with the households of the loose buildings it
// would take and their rule status; an area over nothing uncovered, or over two separate pieces,
// is refused with the reason.
#include <QCoreApplication>
#include <optional>

#include "app/map_canvas.h"
#include "app/polygon_sketch.h"
#include "edit/create_grid.h"
#include "plugin_api/map_tool.h"

namespace ga::app {

class GridEditing;

class CreateGridTool : public plugin::MapTool {
    Q_DECLARE_TR_FUNCTIONS(CreateGridTool)

public:
    CreateGridTool(MapCanvas& canvas, GridEditing& editing) : canvas_(canvas), editing_(editing) {}

    void press(const plugin::MapMouseEvent& e) override;
    void move(const plugin::MapMouseEvent& e) override;
    void doubleClick(const plugin::MapMouseEvent& e) override;
    bool key(int qtKey) override;
    void paintOverlay(QPainter& p) override;
    void deactivate() override;
    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }

    /// Creates the grid from the corners placed so far; false (with the reason shown) when refused.
    bool finish();

    const PolygonSketch& sketch() const { return sketch_; }
    /// The new grid as it would be now (none before three corners or while the area is refused).
    const std::optional<edit::CreateGridPreview>& preview() const { return preview_; }
    /// Why the area drawn so far cannot become a grid ("" when it can).
    const QString& problem() const { return problem_; }

private:
    edit::Snap snapAt(QPointF map) const;
    void updatePreview();
    void reset();

    MapCanvas& canvas_;
    GridEditing& editing_;
    PolygonSketch sketch_;
    std::optional<edit::CreateGridPreview> preview_;
    QString problem_;
};

}  // namespace ga::app
