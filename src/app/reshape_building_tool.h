#pragma once
// Reshaping a building's footprint: drag one of its corners (snapping to other buildings' corners
// and grid vertices), drag a point on a side to add a corner there, or press Delete over a corner
// to take it out. The footprint is drawn as it would be while dragging; release commits it (the
// building follows the grid holding most of it) or says why not.
#include <QCoreApplication>
#include <optional>

#include "app/map_canvas.h"
#include "edit/snapper.h"
#include "geo/geometry.h"
#include "plugin_api/map_tool.h"

namespace ga::app {

class GridEditing;

class ReshapeBuildingTool : public plugin::MapTool {
    Q_DECLARE_TR_FUNCTIONS(ReshapeBuildingTool)

public:
    ReshapeBuildingTool(MapCanvas& canvas, GridEditing& editing) : canvas_(canvas), editing_(editing) {}

    void press(const plugin::MapMouseEvent& e) override;
    void move(const plugin::MapMouseEvent& e) override;
    void release(const plugin::MapMouseEvent& e) override;
    bool key(int qtKey) override;
    void paintOverlay(QPainter& p) override;
    void deactivate() override;
    QCursor cursor() const override { return QCursor(Qt::SizeAllCursor); }

    /// Building `id` gets `footprint`; false (with the reason shown) when refused.
    bool reshape(int64_t id, const geo::Geometry& footprint);

    /// What the cursor is over: a building's corner (`inserted` false) or a point on one of its
    /// sides, where a corner would be added before `vertex`.
    struct Handle {
        size_t building = 0;  ///< building slot
        size_t vertex = 0;    ///< index into the geometry's points
        bool inserted = false;
        geo::Point at;
    };
    const std::optional<Handle>& hover() const { return hover_; }
    /// The footprint as the drag would leave it (none when not dragging).
    const std::optional<geo::Geometry>& preview() const { return preview_; }

private:
    std::optional<Handle> handleAt(geo::Point p) const;
    geo::Point snapped(geo::Point p) const;
    void updateDrag(geo::Point to);

    MapCanvas& canvas_;
    GridEditing& editing_;
    std::optional<Handle> hover_, drag_;
    std::optional<geo::Geometry> preview_;
    std::optional<edit::Snap> snap_;
    QString problem_;
};

}  // namespace ga::app
