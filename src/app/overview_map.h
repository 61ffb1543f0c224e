#pragma once
// The overview (鹰眼) map: the whole project small, labels off, with the main view's extent as a
// rectangle; clicking or dragging in it moves the main view there.
#include <QWidget>
#include <memory>

#include "render/map_style.h"
#include "render/render_queue.h"

namespace ga::app {

class OverviewMap : public QWidget {
    Q_OBJECT

public:
    explicit OverviewMap(QWidget* parent = nullptr);
    ~OverviewMap() override;

    void setMap(std::shared_ptr<const model::MapModel> model, const render::MapStyle& style);
    /// The basemaps shown under the map, as the main canvas shows them (an orthophoto makes the
    /// overview readable at a glance).
    void setBasemaps(render::BasemapLayers basemaps);
    void clearMap();
    /// The main view's extent, drawn as a rectangle.
    void setViewExtent(const geo::Box& extent);

    QSize sizeHint() const override { return {260, 200}; }
    /// True when the overview shows a frame drawn for its current size.
    bool hasFrame() const { return frame_ && frame_->view.size == view_.size; }

signals:
    /// The user clicked or dragged to `centre`.
    void recentreRequested(ga::geo::Point centre);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    // A renderer of the model in the overview's small style, over the basemaps; then a new frame.
    void rebuild();
    void requestFrame();

    std::shared_ptr<const model::MapModel> model_;
    render::MapStyle style_;
    render::BasemapLayers basemaps_;
    std::unique_ptr<render::RenderQueue> queue_;
    std::shared_ptr<const render::RenderedFrame> frame_;
    render::MapView view_;
    geo::Box viewExtent_;
};

}  // namespace ga::app
