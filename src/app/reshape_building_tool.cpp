#include "app/reshape_building_tool.h"

#include "app/edit_overlay.h"
#include "app/grid_editing.h"
#include "app/project_session.h"
#include "edit/building_edits.h"
#include "geo/geos.h"

namespace ga::app {
namespace {

// Corners and sides are picked, and drags snap, this near on screen.
constexpr double kPickPixels = 8;
const QColor kColour(0x6a, 0x1b, 0x9a);

// The ring holding point index `i` of `g`.
size_t ringOf(const geo::Geometry& g, size_t i) {
    size_t r = 0;
    while (r + 1 < g.ringCount() && g.ringEnds[r] <= i) ++r;
    return r;
}

// `g` with point `i` at `to` (both ends of a closed ring move together).
geo::Geometry moved(geo::Geometry g, size_t i, geo::Point to) {
    const size_t r = ringOf(g, i), first = g.ringBegin(r), last = g.ringEnds[r] - 1;
    g.points[i] = to;
    if (i == first) g.points[last] = to;
    if (i == last) g.points[first] = to;
    return g;
}

// `g` with a new point `at` before point `i` (on the side ending at `i`).
geo::Geometry inserted(geo::Geometry g, size_t i, geo::Point at) {
    const size_t r = ringOf(g, i);
    g.points.insert(g.points.begin() + static_cast<std::ptrdiff_t>(i), at);
    for (size_t k = r; k < g.ringCount(); ++k) ++g.ringEnds[k];
    return g;
}

// `g` without point `i`; nullopt when its ring would keep fewer than three corners.
std::optional<geo::Geometry> removed(geo::Geometry g, size_t i) {
    const size_t r = ringOf(g, i), first = g.ringBegin(r), last = g.ringEnds[r] - 1;
    if (last - first < 4) return std::nullopt;
    if (i == last) i = first;
    g.points.erase(g.points.begin() + static_cast<std::ptrdiff_t>(i));
    for (size_t k = r; k < g.ringCount(); ++k) --g.ringEnds[k];
    if (i == first) g.points[g.ringEnds[r] - 1] = g.points[first];
    return g;
}

QString nameOf(const store::EditBuilding& b) {
    const std::string n = b.compound + b.number;
    return n.empty() ? QStringLiteral("#%1").arg(b.id) : QString::fromStdString(n);
}

}  // namespace

std::optional<ReshapeBuildingTool::Handle> ReshapeBuildingTool::handleAt(geo::Point p) const {
    const edit::Workspace* ws = editing_.workspace();
    if (!ws) return std::nullopt;
    const double tol = kPickPixels * canvas_.metresPerPixel();
    std::optional<Handle> corner, side;
    double cornerDist = tol, sideDist = tol;
    for (uint32_t b : ws->buildingsInBox({p.x - tol, p.y - tol, p.x + tol, p.y + tol})) {
        const geo::Geometry& g = ws->buildings()[b].geometry;
        for (size_t r = 0; r < g.ringCount(); ++r) {
            const size_t first = g.ringBegin(r), end = g.ringEnds[r];
            for (size_t i = first; i + 1 < end; ++i) {
                const geo::Point a = g.points[i], c = g.points[i + 1];
                const double d = std::hypot(a.x - p.x, a.y - p.y);
                if (d <= cornerDist) cornerDist = d, corner = Handle{b, i, false, a};
                const double dx = c.x - a.x, dy = c.y - a.y, len2 = dx * dx + dy * dy;
                if (len2 <= 0) continue;
                const double t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0);
                const geo::Point q{a.x + t * dx, a.y + t * dy};
                const double ds = std::hypot(q.x - p.x, q.y - p.y);
                if (ds <= sideDist) sideDist = ds, side = Handle{b, i + 1, true, q};
            }
        }
    }
    return corner ? corner : side;
}

geo::Point ReshapeBuildingTool::snapped(geo::Point p) const {
    const edit::Workspace* ws = editing_.workspace();
    if (!ws || !drag_) return p;
    const edit::Snap s = edit::Snapper(*ws).snap(p, kPickPixels * canvas_.metresPerPixel());
    // Its own corner where the drag started is no target.
    if (s.kind == edit::SnapKind::None || (!drag_->inserted && s.point == drag_->at)) return p;
    return s.point;
}

void ReshapeBuildingTool::updateDrag(geo::Point to) {
    const edit::Workspace* ws = editing_.workspace();
    if (!ws || !drag_) return;
    const geo::Geometry& g = ws->buildings()[drag_->building].geometry;
    preview_ =
        drag_->inserted ? moved(inserted(g, drag_->vertex, drag_->at), drag_->vertex, to) : moved(g, drag_->vertex, to);
    problem_.clear();
    std::string why;
    if (!geo::isValid(*preview_, &why)) problem_ = tr("轮廓自相交（%1）").arg(QString::fromStdString(why));
    canvas_.showMessage(problem_.isEmpty()
                            ? tr("楼栋 %1：拖到新位置后松开；Esc 取消").arg(nameOf(ws->buildings()[drag_->building]))
                            : tr("楼栋 %1：%2").arg(nameOf(ws->buildings()[drag_->building]), problem_));
}

void ReshapeBuildingTool::press(const plugin::MapMouseEvent& e) {
    if (e.button != Qt::LeftButton || !editing_.workspace()) return;
    drag_ = handleAt({e.map.x(), e.map.y()});
    if (!drag_) {
        canvas_.showMessage(tr("这里没有楼栋轮廓：按住楼角拖动，按住楼栋的边拖动可加一个角，指向楼角按 Delete 删去它"));
        return;
    }
    updateDrag(drag_->at);
    canvas_.updateOverlay();
}

void ReshapeBuildingTool::move(const plugin::MapMouseEvent& e) {
    const edit::Workspace* ws = editing_.workspace();
    if (!ws) return;
    const geo::Point at{e.map.x(), e.map.y()};
    if (!drag_) {
        hover_ = handleAt(at);
        if (hover_)
            canvas_.showMessage(
                hover_->inserted
                    ? tr("楼栋 %1 的边：拖动加一个角").arg(nameOf(ws->buildings()[hover_->building]))
                    : tr("楼栋 %1 的角：拖动移动，Delete 删去").arg(nameOf(ws->buildings()[hover_->building])));
        canvas_.updateOverlay();
        return;
    }
    const geo::Point to = snapped(at);
    snap_ = edit::Snap{to, to == at ? edit::SnapKind::None : edit::SnapKind::BuildingCorner};
    updateDrag(to);
    canvas_.updateOverlay();
}

void ReshapeBuildingTool::release(const plugin::MapMouseEvent& e) {
    if (e.button != Qt::LeftButton || !drag_) return;
    const edit::Workspace* ws = editing_.workspace();
    const geo::Point to = snapped({e.map.x(), e.map.y()});
    const Handle done = *drag_;
    drag_.reset();
    preview_.reset();
    snap_.reset();
    if (!ws || to == done.at) {
        canvas_.updateOverlay();
        return;
    }
    const geo::Geometry& g = ws->buildings()[done.building].geometry;
    reshape(ws->buildings()[done.building].id,
            done.inserted ? moved(inserted(g, done.vertex, done.at), done.vertex, to) : moved(g, done.vertex, to));
    canvas_.updateOverlay();
}

bool ReshapeBuildingTool::reshape(int64_t id, const geo::Geometry& footprint) {
    edit::Workspace* ws = editing_.workspace();
    if (!ws) return false;
    auto plan = edit::planReshapeBuilding(editing_.session()->project(), *ws, id, footprint);
    if (!plan) {
        editing_.refuse(tr("修改楼栋轮廓"), QString::fromStdString(plan.error().message));
        return false;
    }
    return editing_.commit(*plan, QString::fromStdString(plan->summary));
}

bool ReshapeBuildingTool::key(int qtKey) {
    if (qtKey == Qt::Key_Escape && drag_) {
        drag_.reset();
        preview_.reset();
        snap_.reset();
        canvas_.updateOverlay();
        return true;
    }
    if ((qtKey == Qt::Key_Delete || qtKey == Qt::Key_Backspace) && hover_ && !hover_->inserted && !drag_) {
        const edit::Workspace* ws = editing_.workspace();
        if (!ws) return false;
        const store::EditBuilding& b = ws->buildings()[hover_->building];
        const auto fewer = removed(b.geometry, hover_->vertex);
        if (!fewer) {
            editing_.refuse(tr("修改楼栋轮廓"), tr("楼栋 %1 只剩三个角，不能再删").arg(nameOf(b)));
            return true;
        }
        const int64_t id = b.id;
        hover_.reset();
        reshape(id, *fewer);
        canvas_.updateOverlay();
        return true;
    }
    return false;
}

void ReshapeBuildingTool::deactivate() {
    hover_.reset();
    drag_.reset();
    preview_.reset();
    snap_.reset();
    problem_.clear();
}

void ReshapeBuildingTool::paintOverlay(QPainter& p) {
    const edit::Workspace* ws = editing_.workspace();
    if (!ws) return;
    p.setRenderHint(QPainter::Antialiasing, true);
    const std::optional<Handle>& h = drag_ ? drag_ : hover_;
    if (h && h->building < ws->buildings().size()) {
        // The building's corners, so the ones to grab show.
        const geo::Geometry& g = ws->buildings()[h->building].geometry;
        p.setPen(QPen(kColour, 1.5, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(pixelPath(canvas_, g));
        p.setPen(QPen(kColour, 1.5));
        p.setBrush(Qt::white);
        for (const geo::Point& v : g.points)
            p.drawRect(QRectF(canvas_.toPixel({v.x, v.y}) - QPointF(3.5, 3.5), QSizeF(7, 7)));
    }
    if (preview_) {
        const QColor c = problem_.isEmpty() ? kColour : QColor(0xd3, 0x2f, 0x2f);
        p.setPen(QPen(c, 2.5));
        p.setBrush(QColor(c.red(), c.green(), c.blue(), 90));
        p.drawPath(pixelPath(canvas_, *preview_));
    }
    if (hover_ && !drag_) {
        p.setPen(QPen(kColour, 2));
        p.setBrush(hover_->inserted ? QBrush(Qt::white) : QBrush(kColour));
        const QPointF at = canvas_.toPixel({hover_->at.x, hover_->at.y});
        if (hover_->inserted)
            p.drawEllipse(at, 5, 5);
        else
            p.drawRect(QRectF(at - QPointF(5, 5), QSizeF(10, 10)));
    }
    if (snap_) drawSnap(p, canvas_.toPixel({snap_->point.x, snap_->point.y}), snap_->kind);
}

}  // namespace ga::app
