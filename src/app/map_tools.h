#pragma once
// The workstation's own map tools, on the same MapTool interface plugins implement: pan,
// identify, select by click or rectangle, measure distance and area.
#include <QPolygonF>
#include <functional>
#include <vector>

#include "app/map_canvas.h"
#include "geo/geometry.h"
#include "plugin_api/map_tool.h"

namespace ga::app {

/// Drags the map.
class PanTool : public plugin::MapTool {
public:
    explicit PanTool(MapCanvas& canvas) : canvas_(canvas) {}
    void press(const plugin::MapMouseEvent& e) override;
    void move(const plugin::MapMouseEvent& e) override;
    void release(const plugin::MapMouseEvent& e) override;
    QCursor cursor() const override { return QCursor(Qt::OpenHandCursor); }

private:
    MapCanvas& canvas_;
};

/// A click reports the map point and the click tolerance in metres.
class IdentifyTool : public plugin::MapTool {
public:
    using Handler = std::function<void(geo::Point, double toleranceMetres)>;
    IdentifyTool(MapCanvas& canvas, Handler handler) : canvas_(canvas), handler_(std::move(handler)) {}
    void release(const plugin::MapMouseEvent& e) override;
    QCursor cursor() const override { return QCursor(Qt::WhatsThisCursor); }

private:
    MapCanvas& canvas_;
    Handler handler_;
};

/// How a selection gesture combines with what is selected.
struct SelectGesture {
    geo::Box box;      ///< the rectangle, or a click's point with its tolerance around it
    geo::Point point;  ///< the click point (the rectangle's centre)
    bool rectangle = false;
    bool add = false;        ///< Shift: add to the selection
    bool buildings = false;  ///< Ctrl: select buildings rather than grids
};

/// Click or drag a rectangle; the rectangle is drawn while dragging.
class SelectTool : public plugin::MapTool {
public:
    using Handler = std::function<void(const SelectGesture&)>;
    SelectTool(MapCanvas& canvas, bool rectangle, Handler handler)
        : canvas_(canvas), rectangle_(rectangle), handler_(std::move(handler)) {}
    void press(const plugin::MapMouseEvent& e) override;
    void move(const plugin::MapMouseEvent& e) override;
    void release(const plugin::MapMouseEvent& e) override;
    void paintOverlay(QPainter& p) override;
    void deactivate() override { dragging_ = false; }
    QCursor cursor() const override { return QCursor(rectangle_ ? Qt::CrossCursor : Qt::PointingHandCursor); }

private:
    MapCanvas& canvas_;
    bool rectangle_;
    Handler handler_;
    bool dragging_ = false;
    QPointF start_, end_;
};

/// Click vertices, double-click to finish, Esc to start again; shows the length (and area) live.
class MeasureTool : public plugin::MapTool {
public:
    MeasureTool(MapCanvas& canvas, bool area) : canvas_(canvas), area_(area) {}
    void press(const plugin::MapMouseEvent& e) override;
    void move(const plugin::MapMouseEvent& e) override;
    void doubleClick(const plugin::MapMouseEvent& e) override;
    bool key(int qtKey) override;
    void paintOverlay(QPainter& p) override;
    void deactivate() override;
    QCursor cursor() const override { return QCursor(Qt::CrossCursor); }

    /// Length of the line (or the ring's perimeter) in metres, with the cursor point while drawing.
    double length() const;
    /// Area of the ring in square metres (0 for distance or fewer than three points).
    double area() const;
    const std::vector<geo::Point>& points() const { return points_; }

private:
    std::vector<geo::Point> withCursor() const;
    QString text() const;

    MapCanvas& canvas_;
    bool area_;
    std::vector<geo::Point> points_;
    std::optional<geo::Point> cursor_;
    bool finished_ = false;
};

/// "356 m", "1.24 km"; "2,340 m²", "1.32 km²" (公顷 in between: "3.2 公顷").
QString formatLength(double metres);
QString formatArea(double squareMetres);

}  // namespace ga::app
