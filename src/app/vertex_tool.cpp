#include "app/vertex_tool.h"

#include <QCoreApplication>

#include "app/edit_overlay.h"
#include "app/grid_editing.h"
#include "app/project_session.h"

namespace ga::app {
namespace {

constexpr double kPickPixels = 8;

}  // namespace

std::vector<std::pair<geo::Point, geo::Point>> VertexTool::moves() const {
    std::vector<std::pair<geo::Point, geo::Point>> out;
    if (!drag_) return out;
    const double dx = drag_->now.x - drag_->start.x, dy = drag_->now.y - drag_->start.y;
    for (const geo::Point& f : drag_->from) out.push_back({f, {f.x + dx, f.y + dy}});
    return out;
}

void VertexTool::press(const plugin::MapMouseEvent& e) {
    if (e.button != Qt::LeftButton) return;
    edit::Workspace* ws = editing_.workspace();
    if (!ws) return;
    const geo::Point at{e.map.x(), e.map.y()};
    const double tolerance = kPickPixels * canvas_.metresPerPixel();
    if (!(e.modifiers & Qt::ShiftModifier)) {
        if (auto v = edit::findBoundaryVertex(*ws, at, tolerance)) {
            drag_ = Drag{{v->at}, v->at, v->at};
            return;
        }
    }
    if (auto s = edit::findBoundarySegment(*ws, at, tolerance)) {
        drag_ = Drag{{s->a, s->b}, at, at};
        return;
    }
    canvas_.showMessage(
        QCoreApplication::translate("VertexTool", "这里没有网格边界：按住顶点拖动，按住 Shift 拖动整条边"));
}

void VertexTool::move(const plugin::MapMouseEvent& e) {
    edit::Workspace* ws = editing_.workspace();
    if (!ws) return;
    const geo::Point at{e.map.x(), e.map.y()};
    if (!drag_) {
        hover_ = edit::findBoundaryVertex(*ws, at, kPickPixels * canvas_.metresPerPixel());
        canvas_.updateOverlay();
        return;
    }
    drag_->now = at;
    const auto m = moves();
    preview_ = edit::previewMove(*ws, m);
    canvas_.showMessage(QCoreApplication::translate("VertexTool", "移动 %1 个顶点，%2 个网格随之改变")
                            .arg(m.size())
                            .arg(preview_.size()));
    canvas_.updateOverlay();
}

void VertexTool::release(const plugin::MapMouseEvent& e) {
    if (e.button != Qt::LeftButton || !drag_) return;
    drag_->now = {e.map.x(), e.map.y()};
    const auto m = moves();
    const Drag done = *drag_;
    drag_.reset();
    preview_.clear();
    edit::Workspace* ws = editing_.workspace();
    if (!ws || (done.now.x == done.start.x && done.now.y == done.start.y)) {
        canvas_.updateOverlay();
        return;
    }
    auto plan = done.from.size() == 1
                    ? edit::planMoveVertex(editing_.session()->project(), *ws, m[0].first, m[0].second)
                    : edit::planMoveSegment(editing_.session()->project(), *ws, done.from[0], done.from[1],
                                            done.now.x - done.start.x, done.now.y - done.start.y);
    if (!plan)
        editing_.refuse(QCoreApplication::translate("VertexTool", "调整边界"),
                        QString::fromStdString(plan.error().message));
    else
        editing_.commit(*plan, QCoreApplication::translate("VertexTool", "调整网格边界"));
    canvas_.updateOverlay();
}

bool VertexTool::key(int qtKey) {
    if (qtKey != Qt::Key_Escape || !drag_) return false;
    drag_.reset();
    preview_.clear();
    canvas_.updateOverlay();
    return true;
}

void VertexTool::deactivate() {
    drag_.reset();
    hover_.reset();
    preview_.clear();
}

void VertexTool::paintOverlay(QPainter& p) {
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const auto& [slot, shape] : preview_) {
        p.setPen(QPen(QColor(0xe6, 0x51, 0x00), 2, Qt::DashLine));
        p.setBrush(QColor(0xe6, 0x51, 0x00, 18));
        p.drawPath(pixelPath(canvas_, shape));
    }
    if (hover_ && !drag_) {
        p.setPen(QPen(hover_->onCommunityLine ? QColor(0x9e, 0x9e, 0x9e) : QColor(0xe6, 0x51, 0x00), 2));
        p.setBrush(Qt::white);
        p.drawRect(QRectF(canvas_.toPixel({hover_->at.x, hover_->at.y}) - QPointF(5, 5), QSizeF(10, 10)));
    }
}

}  // namespace ga::app
