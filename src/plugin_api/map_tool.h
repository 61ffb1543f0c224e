#pragma once
// Map tools: what happens when the user clicks, drags or types on the map canvas. The
// workstation's own tools (pan, identify, select, measure) implement this interface, and so do
// tools that plugins add through MapToolPlugin.
#include <QCursor>
#include <QIcon>
#include <QPainter>
#include <QPointF>
#include <QString>
#include <QtPlugin>
#include <memory>

namespace ga::plugin {

/// A mouse event on the canvas, in widget pixels and in project (map) coordinates.
struct MapMouseEvent {
    QPointF pixel;
    QPointF map;
    Qt::MouseButton button = Qt::NoButton;  ///< the button that changed (press, release)
    Qt::MouseButtons buttons;               ///< buttons held
    Qt::KeyboardModifiers modifiers;
};

/// What a tool may use of the canvas it works on.
class MapCanvasAccess {
public:
    virtual ~MapCanvasAccess() = default;
    /// Widget pixel → project coordinates (metres).
    virtual QPointF toMap(QPointF pixel) const = 0;
    /// Project coordinates → widget pixel.
    virtual QPointF toPixel(QPointF map) const = 0;
    /// Ground size of one pixel in metres.
    virtual double metresPerPixel() const = 0;
    /// Asks for the tool's overlay to be painted again (cheap: the map itself is not redrawn).
    virtual void updateOverlay() = 0;
    /// Shows a line in the status bar.
    virtual void showMessage(const QString& text) = 0;
};

/// One interactive tool; only the active tool receives events.
class MapTool {
public:
    virtual ~MapTool() = default;
    virtual void press(const MapMouseEvent&) {}
    virtual void move(const MapMouseEvent&) {}
    virtual void release(const MapMouseEvent&) {}
    virtual void doubleClick(const MapMouseEvent&) {}
    /// Esc and other keys the canvas does not use for navigation; true when used.
    virtual bool key(int /*qtKey*/) { return false; }
    /// Draws the tool's rubber band or result over the map, in widget pixels.
    virtual void paintOverlay(QPainter&) {}
    /// The tool was switched off: forget any half-done gesture.
    virtual void deactivate() {}
    virtual QCursor cursor() const { return QCursor(Qt::ArrowCursor); }
};

/// A plugin that adds a map tool to the toolbar and the Tools menu.
class MapToolPlugin {
public:
    virtual ~MapToolPlugin() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual QIcon icon() const = 0;
    /// A new tool working on `canvas` (which outlives it).
    virtual std::unique_ptr<MapTool> createTool(MapCanvasAccess& canvas) = 0;
};

}  // namespace ga::plugin

#define GRIDATLAS_MAP_TOOL_PLUGIN_IID "org.gridatlas.MapToolPlugin/1.0"
Q_DECLARE_INTERFACE(ga::plugin::MapToolPlugin, GRIDATLAS_MAP_TOOL_PLUGIN_IID)
