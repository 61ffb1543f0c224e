#include "app/map_canvas.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace ga::app {
namespace {

// One wheel notch (120 units) zooms by this factor; arrow keys pan by this share of the view.
constexpr double kWheelStep = 1.25;
constexpr double kKeyPanShare = 0.25;
constexpr double kKeyZoom = 1.5;

bool sameView(const render::MapView& a, const render::MapView& b) {
    return a.centre == b.centre && a.metresPerPixel == b.metresPerPixel && a.size == b.size &&
           a.devicePixelRatio == b.devicePixelRatio;
}

}  // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    renderTimer_.setSingleShot(true);
    renderTimer_.setInterval(0);
    connect(&renderTimer_, &QTimer::timeout, this, &MapCanvas::requestFrame);
    view_.size = size();
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setBasemaps(render::BasemapLayers basemaps) {
    basemaps_ = std::move(basemaps);
    if (!queue_ || !model_) return;
    queue_->setRenderer(makeRenderer());
    stale_ = true;
    scheduleRender();
}

std::shared_ptr<const render::MapRenderer> MapCanvas::makeRenderer() const {
    auto renderer = std::make_shared<render::MapRenderer>(model_, style_);
    renderer->setBasemaps(basemaps_);
    return renderer;
}

void MapCanvas::setMap(std::shared_ptr<const model::MapModel> model, const render::MapStyle& style, bool keepView) {
    model_ = std::move(model);
    style_ = style;
    auto renderer = makeRenderer();
    if (!queue_) {
        queue_ = std::make_unique<render::RenderQueue>(renderer);
        connect(queue_.get(), &render::RenderQueue::frameReady, this, &MapCanvas::frameReady);
        connect(queue_.get(), &render::RenderQueue::frameFailed, this,
                [this](quint64, const QString& why) { emit message(tr("地图无法绘制：%1").arg(why)); });
    } else {
        queue_->setRenderer(renderer);
    }
    options_ = {};
    stale_ = true;
    if (!keepView) zoomToFullExtent();
    scheduleRender();
}

void MapCanvas::clearMap() {
    if (queue_) queue_->cancel();
    queue_.reset();
    model_.reset();
    frame_.reset();
    update();
}

void MapCanvas::setStyle(const render::MapStyle& style) {
    style_ = style;
    if (!queue_ || !model_) return;
    queue_->setRenderer(makeRenderer());
    stale_ = true;
    scheduleRender();
}

void MapCanvas::setHighlight(std::vector<uint32_t> grids, std::vector<uint32_t> buildings) {
    if (grids == options_.selectedGrids && buildings == options_.selectedBuildings) return;
    options_.selectedGrids = std::move(grids);
    options_.selectedBuildings = std::move(buildings);
    stale_ = true;
    scheduleRender();
}

void MapCanvas::setOverlays(std::vector<std::shared_ptr<const render::MapOverlay>> overlays) {
    if (overlays == options_.overlays) return;
    options_.overlays = std::move(overlays);
    stale_ = true;
    scheduleRender();
}

render::MapView MapCanvas::clamped(render::MapView v) const {
    v.size = QSizeF(std::max(width(), 1), std::max(height(), 1));
    v.devicePixelRatio = devicePixelRatioF();
    if (!std::isfinite(v.metresPerPixel) || v.metresPerPixel <= 0) v.metresPerPixel = 1;
    v.metresPerPixel = std::clamp(v.metresPerPixel, kMinMetresPerPixel, kMaxMetresPerPixel);
    // Keep some of the data in view: beyond it there is nothing to see and float offsets lose
    // their precision.
    if (model_) {
        const geo::Box e = model_->fullExtent();
        if (!e.isEmpty()) {
            const double halfW = v.size.width() * v.metresPerPixel / 2, halfH = v.size.height() * v.metresPerPixel / 2;
            v.centre.x = std::clamp(v.centre.x, e.minx - halfW, e.maxx + halfW);
            v.centre.y = std::clamp(v.centre.y, e.miny - halfH, e.maxy + halfH);
        }
    }
    if (!std::isfinite(v.centre.x) || !std::isfinite(v.centre.y)) v.centre = view_.centre;
    return v;
}

void MapCanvas::changeView(const render::MapView& view) {
    const render::MapView v = clamped(view);
    if (sameView(v, view_)) return;
    view_ = v;
    update();
    emit viewChanged();
    if (!panning_) scheduleRender();
}

void MapCanvas::setView(render::MapView view) {
    fit_.reset();
    changeView(view);
}

bool MapCanvas::zoomToBox(const geo::Box& box, double margin) {
    if (box.isEmpty() || !std::isfinite(box.minx) || !std::isfinite(box.maxx) || !std::isfinite(box.miny) ||
        !std::isfinite(box.maxy))
        return false;
    // Wider than the smallest scale can show: not an area anyone means.
    if (std::max(box.width() / std::max(width(), 1), box.height() / std::max(height(), 1)) > kMaxMetresPerPixel)
        return false;
    render::MapView v = render::MapView::fitting(box, QSizeF(std::max(width(), 1), std::max(height(), 1)), margin);
    // A point or a tiny building: show it at a street scale rather than a millimetre one.
    v.metresPerPixel = std::max(v.metresPerPixel, 0.05);
    changeView(v);
    fit_ = std::make_pair(box, margin);
    return true;
}

void MapCanvas::zoomToFullExtent() {
    if (!model_ || !zoomToBox(model_->fullExtent(), 0.03)) {
        // Nothing to show: a neutral view, drawn as background.
        render::MapView v;
        v.metresPerPixel = 1;
        changeView(v);
        scheduleRender();
    }
}

void MapCanvas::zoomAt(QPointF anchor, double factor) {
    fit_.reset();
    changeView(view_.zoomedAt(anchor, factor));
}

void MapCanvas::zoomBy(double factor) { zoomAt(QPointF(width() / 2.0, height() / 2.0), factor); }

void MapCanvas::setScaleDenominator(double denominator) {
    if (!(denominator > 0) || !std::isfinite(denominator)) return;
    render::MapView v = view_;
    v.metresPerPixel = denominator * 0.0254 / 96;
    fit_.reset();
    changeView(v);
}

void MapCanvas::panByPixels(QPointF delta) {
    fit_.reset();
    changeView(view_.pannedBy(delta));
}

void MapCanvas::setTool(plugin::MapTool* tool) {
    if (tool_ == tool) return;
    if (tool_) tool_->deactivate();
    tool_ = tool;
    setCursor(tool_ ? tool_->cursor() : QCursor(Qt::ArrowCursor));
    update();
}

void MapCanvas::beginPan(QPointF pixel) {
    fit_.reset();
    panning_ = true;
    panStart_ = pixel;
    panStartView_ = view_;
    setCursor(Qt::ClosedHandCursor);
}

void MapCanvas::panTo(QPointF pixel) {
    if (!panning_) return;
    changeView(panStartView_.pannedBy(pixel - panStart_));
}

void MapCanvas::endPan() {
    if (!panning_) return;
    panning_ = false;
    setCursor(tool_ ? tool_->cursor() : QCursor(Qt::ArrowCursor));
    scheduleRender();
}

bool MapCanvas::hasSharpFrame() const {
    return frame_ && !stale_ && frame_->number >= contentRequest_ && sameView(frame_->view, view_);
}

QPointF MapCanvas::toMap(QPointF pixel) const {
    const geo::Point p = view_.toMap(pixel);
    return {p.x, p.y};
}

QPointF MapCanvas::toPixel(QPointF map) const { return view_.toScreen({map.x(), map.y()}); }

void MapCanvas::scheduleRender() {
    if (queue_ && model_) renderTimer_.start();
}

void MapCanvas::requestFrame() {
    if (!queue_ || !model_ || panning_) return;
    if (hasSharpFrame()) {
        emit frameShown();
        return;
    }
    requested_ = queue_->request(view_, options_);
    if (stale_) {
        contentRequest_ = requested_;
        stale_ = false;
    }
}

void MapCanvas::frameReady(std::shared_ptr<const render::RenderedFrame> frame) {
    frame_ = std::move(frame);
    // A basemap whose tiles did not come is said once, not on every frame.
    const QString problem =
        frame_->result.problems.empty() ? QString() : QString::fromStdString(frame_->result.problems.front());
    if (!problem.isEmpty() && problem != lastProblem_) emit message(tr("底图有一部分未能显示：%1").arg(problem));
    lastProblem_ = problem;
    update();
    if (hasSharpFrame()) emit frameShown();
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QElapsedTimer timer;
    timer.start();
    QPainter p(this);
    if (frame_ && model_) {
        const render::MapView& f = frame_->view;
        const double k = f.metresPerPixel / view_.metresPerPixel;
        const QPointF offset = view_.toScreen(f.toMap(QPointF(0, 0)));
        if (k == 1 && f.size == view_.size) {
            // The frame itself, or moved by a pan: a plain blit at a whole-pixel offset, and the
            // background only where the moved frame leaves the widget uncovered.
            const QPoint at(qRound(offset.x()), qRound(offset.y()));
            const QRect covered = QRect(at, f.size.toSize()).intersected(rect());
            const QRegion uncovered = QRegion(rect()).subtracted(covered);
            for (const QRect& r : uncovered) p.fillRect(r, style_.background);
            p.drawImage(at, frame_->image);
        } else {
            // A scaled preview of the last frame until the sharp one arrives.
            p.fillRect(rect(), style_.background);
            p.setRenderHint(QPainter::SmoothPixmapTransform, k < 4);
            p.drawImage(QRectF(offset, QSizeF(f.size.width() * k, f.size.height() * k)), frame_->image);
        }
    } else {
        p.fillRect(rect(), style_.background);
        if (!model_) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(rect(), Qt::AlignCenter, tr("没有打开的项目\n文件 → 打开项目（Ctrl+O）"));
        }
    }
    if (tool_) {
        p.setRenderHint(QPainter::Antialiasing);
        tool_->paintOverlay(p);
    }
    lastPaint_ = std::chrono::microseconds(timer.nsecsElapsed() / 1000);
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    if (fit_) {
        const auto [box, margin] = *fit_;
        zoomToBox(box, margin);
        return;
    }
    changeView(view_);
}

plugin::MapMouseEvent MapCanvas::toolEvent(const QMouseEvent* e) const {
    const QPointF px = e->position();
    return {px, toMap(px), e->button(), e->buttons(), e->modifiers()};
}

void MapCanvas::mousePressEvent(QMouseEvent* e) {
    setFocus(Qt::MouseFocusReason);
    if (e->button() == Qt::MiddleButton) {
        middlePan_ = true;
        beginPan(e->position());
        return;
    }
    if (tool_) tool_->press(toolEvent(e));
}

void MapCanvas::mouseMoveEvent(QMouseEvent* e) {
    emit cursorMoved(view_.toMap(e->position()));
    if (middlePan_) {
        panTo(e->position());
        return;
    }
    if (tool_) tool_->move(toolEvent(e));
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* e) {
    if (middlePan_ && e->button() == Qt::MiddleButton) {
        middlePan_ = false;
        endPan();
        return;
    }
    if (tool_) tool_->release(toolEvent(e));
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* e) {
    if (tool_) tool_->doubleClick(toolEvent(e));
}

void MapCanvas::wheelEvent(QWheelEvent* e) {
    const double notches = e->angleDelta().y() / 120.0;
    if (notches == 0) return;
    zoomAt(e->position(), std::pow(kWheelStep, notches));
    e->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* e) {
    const double dx = width() * kKeyPanShare, dy = height() * kKeyPanShare;
    switch (e->key()) {
        case Qt::Key_Left:
            panByPixels({dx, 0});
            return;
        case Qt::Key_Right:
            panByPixels({-dx, 0});
            return;
        case Qt::Key_Up:
            panByPixels({0, dy});
            return;
        case Qt::Key_Down:
            panByPixels({0, -dy});
            return;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(kKeyZoom);
            return;
        case Qt::Key_Minus:
            zoomBy(1 / kKeyZoom);
            return;
        case Qt::Key_Home:
            zoomToFullExtent();
            return;
        default:
            break;
    }
    if (tool_ && tool_->key(e->key())) {
        update();
        return;
    }
    QWidget::keyPressEvent(e);
}

}  // namespace ga::app
