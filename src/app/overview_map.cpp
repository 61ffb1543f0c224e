#include "app/overview_map.h"

#include <QMouseEvent>
#include <QPainter>

namespace ga::app {

OverviewMap::OverviewMap(QWidget* parent) : QWidget(parent) {
    setMinimumSize(120, 90);
    setCursor(Qt::PointingHandCursor);
}

OverviewMap::~OverviewMap() = default;

void OverviewMap::setMap(std::shared_ptr<const model::MapModel> model, const render::MapStyle& style) {
    model_ = std::move(model);
    style_ = style;
    rebuild();
}

void OverviewMap::setBasemaps(render::BasemapLayers basemaps) {
    basemaps_ = std::move(basemaps);
    if (model_) rebuild();
}

void OverviewMap::rebuild() {
    // Small: only the areas matter, and labels would be illegible.
    render::MapStyle small = style_;
    for (store::Layer l : render::kMapLayers) small.layer(l).labels = false;
    small.layer(store::Layer::Buildings).visible = false;
    auto renderer = std::make_shared<render::MapRenderer>(model_, small);
    renderer->setBasemaps(basemaps_);
    if (!queue_) {
        queue_ = std::make_unique<render::RenderQueue>(renderer);
        connect(queue_.get(), &render::RenderQueue::frameReady, this,
                [this](std::shared_ptr<const render::RenderedFrame> f) {
                    frame_ = std::move(f);
                    update();
                });
    } else {
        queue_->setRenderer(renderer);
    }
    requestFrame();
}

void OverviewMap::clearMap() {
    queue_.reset();
    model_.reset();
    frame_.reset();
    update();
}

void OverviewMap::setViewExtent(const geo::Box& extent) {
    viewExtent_ = extent;
    update();
}

void OverviewMap::requestFrame() {
    if (!queue_ || !model_ || width() < 2 || height() < 2) return;
    view_ = render::MapView::fitting(model_->fullExtent(), QSizeF(width(), height()), 0.05);
    view_.devicePixelRatio = devicePixelRatioF();
    render::RenderOptions options;
    options.labels = false;
    options.attribution = false;
    queue_->request(view_, options);
}

void OverviewMap::resizeEvent(QResizeEvent*) { requestFrame(); }

void OverviewMap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), style_.background);
    if (frame_ && frame_->view.size == view_.size) p.drawImage(QPointF(0, 0), frame_->image);
    if (!model_ || viewExtent_.isEmpty()) return;
    const QRectF r = QRectF(view_.toScreen({viewExtent_.minx, viewExtent_.maxy}),
                            view_.toScreen({viewExtent_.maxx, viewExtent_.miny}))
                         .normalized();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xC4, 0x3E, 0x1C), 2));
    p.setBrush(QColor(0xC4, 0x3E, 0x1C, 30));
    // A view much smaller than a pixel here is still shown, as a small square.
    if (r.width() < 6 || r.height() < 6)
        p.drawRect(QRectF(r.center() - QPointF(3, 3), QSizeF(6, 6)));
    else
        p.drawRect(r);
}

void OverviewMap::mousePressEvent(QMouseEvent* e) {
    if (model_ && e->button() == Qt::LeftButton) emit recentreRequested(view_.toMap(e->position()));
}

void OverviewMap::mouseMoveEvent(QMouseEvent* e) {
    if (model_ && (e->buttons() & Qt::LeftButton)) emit recentreRequested(view_.toMap(e->position()));
}

}  // namespace ga::app
