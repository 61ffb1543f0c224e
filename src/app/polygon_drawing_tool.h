#pragma once
// The mouse and keys of a tool that draws an area corner by corner (a new grid, a new building's
// footprint): a click adds a corner snapped to grid vertices, building corners and roads, moving
// shows where the next one would go, a double-click or Enter finishes, Backspace drops the last
// corner, Esc starts over. A tool says what the area drawn so far means and what finishing does.
#include <QCursor>

#include "app/map_canvas.h"
#include "app/polygon_sketch.h"
#include "edit/snapper.h"
#include "plugin_api/map_tool.h"

namespace ga::app {

class GridEditing;

class PolygonDrawingTool : public plugin::MapTool {
public:
    void press(const plugin::MapMouseEvent& e) override;
    void move(const plugin::MapMouseEvent& e) override;
    void doubleClick(const plugin::MapMouseEvent& e) override;
    bool key(int qtKey) override;
    void deactivate() override { reset(); }
    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }

    /// Acts on the area drawn so far; false (with the reason shown) when refused or cancelled.
    virtual bool finish() = 0;

    const PolygonSketch& sketch() const { return sketch_; }

protected:
    PolygonDrawingTool(MapCanvas& canvas, GridEditing& editing) : canvas_(canvas), editing_(editing) {}

    /// Works out what the corners placed so far (and the cursor) amount to, after every change.
    virtual void updatePreview() = 0;
    /// Forgets the drawing; a tool clearing its own state calls this too.
    virtual void reset() { sketch_.clear(); }

    MapCanvas& canvas_;
    GridEditing& editing_;
    PolygonSketch sketch_;

private:
    edit::Snap snapAt(QPointF map) const;
};

}  // namespace ga::app
