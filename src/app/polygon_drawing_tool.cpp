#include "app/polygon_drawing_tool.h"

#include "app/grid_editing.h"

namespace ga::app {
namespace {

// Snapping reaches this far on screen.
constexpr double kSnapPixels = 10;

}  // namespace

edit::Snap PolygonDrawingTool::snapAt(QPointF map) const {
    const edit::Workspace* ws = editing_.workspace();
    if (!ws) return {{map.x(), map.y()}};
    return edit::Snapper(*ws).snap({map.x(), map.y()}, kSnapPixels * canvas_.metresPerPixel());
}

void PolygonDrawingTool::press(const plugin::MapMouseEvent& e) {
    if (e.button != Qt::LeftButton || !editing_.workspace()) return;
    sketch_.add(snapAt(e.map));
    updatePreview();
    canvas_.updateOverlay();
}

void PolygonDrawingTool::move(const plugin::MapMouseEvent& e) {
    if (!editing_.workspace()) return;
    sketch_.setCursor(snapAt(e.map));
    if (!sketch_.isEmpty()) updatePreview();
    canvas_.updateOverlay();
}

void PolygonDrawingTool::doubleClick(const plugin::MapMouseEvent& e) {
    // The double-click ends the area at its point (its first press may have added it already).
    if (editing_.workspace()) sketch_.add(snapAt(e.map));
    sketch_.setCursor(std::nullopt);
    finish();
}

bool PolygonDrawingTool::key(int qtKey) {
    if (qtKey == Qt::Key_Escape) {
        reset();
        canvas_.updateOverlay();
        return true;
    }
    if (qtKey == Qt::Key_Backspace && sketch_.removeLast()) {
        updatePreview();
        canvas_.updateOverlay();
        return true;
    }
    if (qtKey == Qt::Key_Return || qtKey == Qt::Key_Enter) {
        sketch_.setCursor(std::nullopt);
        finish();
        return true;
    }
    return false;
}

}  // namespace ga::app
