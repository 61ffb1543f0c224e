#pragma once
// The map canvas: shows the newest frame of render::RenderQueue and never draws the map itself.
// Panning moves the cached frame (a blit per mouse move), a wheel step shows the cached frame
// scaled at once and asks for the sharp frame, which replaces it when it arrives; a newer request
// cancels the frame in flight, so drawing never blocks the UI thread.
#include <QTimer>
#include <QWidget>
#include <chrono>
#include <memory>
#include <optional>

#include "plugin_api/map_tool.h"
#include "render/map_style.h"
#include "render/render_queue.h"

namespace ga::app {

class MapCanvas : public QWidget, public plugin::MapCanvasAccess {
    Q_OBJECT

public:
    /// Scales the canvas keeps to (metres per logical pixel): 0.5 mm to 5 km.
    static constexpr double kMinMetresPerPixel = 0.0005, kMaxMetresPerPixel = 5000;

    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    /// Shows `model` drawn in `style`; keeps the view when `keepView`, else shows the full extent.
    void setMap(std::shared_ptr<const model::MapModel> model, const render::MapStyle& style, bool keepView);
    /// Shows nothing (no project open).
    void clearMap();
    /// Redraws with a new style (the layer panel changed something).
    void setStyle(const render::MapStyle& style);
    /// Highlights these features (indexes into the model's layers) in the next frames.
    void setHighlight(std::vector<uint32_t> grids, std::vector<uint32_t> buildings);
    /// Draws these basemaps under the map (bottom first) in the next frames.
    void setBasemaps(render::BasemapLayers basemaps);
    /// Draws these overlays (issue heatmap, choropleth, symbols) over the map in the next frames.
    void setOverlays(std::vector<std::shared_ptr<const render::MapOverlay>> overlays);

    const render::MapView& view() const { return view_; }
    /// Moves to `view` (its size is replaced by the widget's) and asks for a frame.
    void setView(render::MapView view);
    /// Shows all of `box` (plus a margin); an empty box, or one wider than the smallest scale can
    /// show, is ignored and false returned.
    bool zoomToBox(const geo::Box& box, double margin = 0.08);
    void zoomToFullExtent();
    /// Zooms by `factor` (> 1 zooms in) keeping the map point under `anchor` (widget px) in place.
    void zoomAt(QPointF anchor, double factor);
    /// Zooms about the centre.
    void zoomBy(double factor);
    /// Sets the scale 1 : `denominator` (96 dpi screen).
    void setScaleDenominator(double denominator);
    double scaleDenominator() const { return view_.scaleDenominator(); }
    /// Moves the map by a drag of `delta` logical pixels.
    void panByPixels(QPointF delta);

    /// The tool receiving mouse and key events (null: none); not owned.
    void setTool(plugin::MapTool* tool);
    plugin::MapTool* tool() const { return tool_; }

    /// Starts, continues and ends a drag pan (the pan tool and the middle button use these).
    void beginPan(QPointF pixel);
    void panTo(QPointF pixel);
    void endPan();

    /// True when the frame on screen was drawn for the current view (not a moved or scaled preview).
    bool hasSharpFrame() const;
    /// The frame on screen (null before the first).
    const std::shared_ptr<const render::RenderedFrame>& frame() const { return frame_; }
    const std::shared_ptr<const model::MapModel>& model() const { return model_; }
    /// What the next frames highlight.
    const render::RenderOptions& renderOptions() const { return options_; }
    /// How long the last paint of the canvas took (the cost of a pan frame).
    std::chrono::microseconds lastPaintTime() const { return lastPaint_; }

    // plugin::MapCanvasAccess
    QPointF toMap(QPointF pixel) const override;
    QPointF toPixel(QPointF map) const override;
    double metresPerPixel() const override { return view_.metresPerPixel; }
    void updateOverlay() override { update(); }
    void showMessage(const QString& text) override { emit message(text); }

    geo::Point mapPoint(QPointF pixel) const { return view_.toMap(pixel); }

signals:
    /// The view changed (pan, zoom, resize).
    void viewChanged();
    /// The mouse is over map point `p`.
    void cursorMoved(ga::geo::Point p);
    /// A sharp frame for the current view is on screen.
    void frameShown();
    /// A line for the status bar.
    void message(const QString& text);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void scheduleRender();
    std::shared_ptr<const render::MapRenderer> makeRenderer() const;
    void requestFrame();
    void frameReady(std::shared_ptr<const render::RenderedFrame> frame);
    void changeView(const render::MapView& view);
    plugin::MapMouseEvent toolEvent(const QMouseEvent* e) const;
    render::MapView clamped(render::MapView v) const;

    std::shared_ptr<const model::MapModel> model_;
    render::MapStyle style_;
    render::RenderOptions options_;
    render::BasemapLayers basemaps_;
    QString lastProblem_;  ///< the last "part of the frame is missing" said, so it is said once
    std::unique_ptr<render::RenderQueue> queue_;
    std::shared_ptr<const render::RenderedFrame> frame_;
    render::MapView view_;
    quint64 requested_ = 0;
    /// Style, highlight or model changed since the last request: the frame on screen is outdated.
    bool stale_ = true;
    /// The first request made after the last such change; older frames are outdated.
    quint64 contentRequest_ = 0;
    QTimer renderTimer_;
    plugin::MapTool* tool_ = nullptr;
    bool panning_ = false;
    bool middlePan_ = false;
    QPointF panStart_;
    render::MapView panStartView_;
    std::chrono::microseconds lastPaint_{0};
    /// A box to keep fitted while the widget is still being laid out (set by zoomToBox, cleared
    /// by the first pan or zoom), so the first frame shows it whole at the final size.
    std::optional<std::pair<geo::Box, double>> fit_;
};

}  // namespace ga::app
