#pragma once
// Drawing a new building: click its footprint's corners (snapping to building corners and grid
// vertices), double-click or Enter to finish, then fill in its attributes (compound, number,
// households, floors ...). While drawing, the status bar names the grid it falls in and warns
// when it crosses a grid boundary or overlaps a building; a footprint that crosses itself is
// refused.
#include <QCoreApplication>
#include <functional>
#include <optional>

#include "app/map_canvas.h"
#include "app/polygon_sketch.h"
#include "edit/building_edits.h"
#include "plugin_api/map_tool.h"

namespace ga::app {

class GridEditing;

class AddBuildingTool : public plugin::MapTool {
    Q_DECLARE_TR_FUNCTIONS(AddBuildingTool)

public:
    AddBuildingTool(MapCanvas& canvas, GridEditing& editing) : canvas_(canvas), editing_(editing) {}

    void press(const plugin::MapMouseEvent& e) override;
    void move(const plugin::MapMouseEvent& e) override;
    void doubleClick(const plugin::MapMouseEvent& e) override;
    bool key(int qtKey) override;
    void paintOverlay(QPainter& p) override;
    void deactivate() override;
    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }

    /// Finishes the footprint: asks for the attributes and adds the building; false (with the
    /// reason shown) when refused or cancelled.
    bool finish();

    const PolygonSketch& sketch() const { return sketch_; }
    /// Why the footprint drawn so far cannot be a building ("" when it can; warnings aside).
    const QString& problem() const { return problem_; }
    /// The code of the grid the footprint falls in ("" none).
    const QString& grid() const { return grid_; }

private:
    edit::Snap snapAt(QPointF map) const;
    void updatePreview();
    void reset();

    MapCanvas& canvas_;
    GridEditing& editing_;
    PolygonSketch sketch_;
    QString problem_, warning_, grid_;
};

}  // namespace ga::app
