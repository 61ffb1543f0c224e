#pragma once
// Drawing a new grid over ground no grid covers: click the area's corners (snapping to grid
// vertices, building corners and roads), double-click or Enter to create it. While drawing, the
// part of the area no grid covers yet is shown with the households of the loose buildings it
// would take and their rule status; an area over nothing uncovered, or over two separate pieces,
// is refused with the reason.
#include <QCoreApplication>
#include <optional>

#include "app/polygon_drawing_tool.h"
#include "edit/create_grid.h"

namespace ga::app {

class CreateGridTool : public PolygonDrawingTool {
    Q_DECLARE_TR_FUNCTIONS(CreateGridTool)

public:
    CreateGridTool(MapCanvas& canvas, GridEditing& editing) : PolygonDrawingTool(canvas, editing) {}

    void paintOverlay(QPainter& p) override;

    /// Creates the grid from the corners placed so far; false (with the reason shown) when refused.
    bool finish() override;

    /// The new grid as it would be now (none before three corners or while the area is refused).
    const std::optional<edit::CreateGridPreview>& preview() const { return preview_; }
    /// Why the area drawn so far cannot become a grid ("" when it can).
    const QString& problem() const { return problem_; }

private:
    void updatePreview() override;
    void reset() override;

    std::optional<edit::CreateGridPreview> preview_;
    QString problem_;
};

}  // namespace ga::app
