#pragma once
// Drawing a new building: click its footprint's corners (snapping to building corners and grid
// vertices), double-click or Enter to finish, then fill in its attributes (compound, number,
// households, floors ...). While drawing, the status bar names the grid it falls in and warns
// when it crosses a grid boundary or overlaps a building; a footprint that crosses itself is
// refused.
#include <QCoreApplication>
#include <functional>
#include <optional>

#include "app/polygon_drawing_tool.h"
#include "edit/building_edits.h"

namespace ga::app {

class AddBuildingTool : public PolygonDrawingTool {
    Q_DECLARE_TR_FUNCTIONS(AddBuildingTool)

public:
    AddBuildingTool(MapCanvas& canvas, GridEditing& editing) : PolygonDrawingTool(canvas, editing) {}

    void paintOverlay(QPainter& p) override;

    /// Finishes the footprint: asks for the attributes and adds the building; false (with the
    /// reason shown) when refused or cancelled.
    bool finish() override;

    /// Why the footprint drawn so far cannot be a building ("" when it can; warnings aside).
    const QString& problem() const { return problem_; }
    /// The code of the grid the footprint falls in ("" none).
    const QString& grid() const { return grid_; }

private:
    void updatePreview() override;
    void reset() override;

    QString problem_, warning_, grid_;
};

}  // namespace ga::app
