#include "app/split_tool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>

#include "app/edit_overlay.h"
#include "app/grid_editing.h"
#include "app/project_session.h"
#include "edit/planar.h"

namespace ga::app {
namespace {

// Snapping reaches this far on screen.
constexpr double kSnapPixels = 10;

// Fills for the parts, one after another.
const QColor kPartColours[] = {QColor(0x42, 0x85, 0xf4, 70), QColor(0xfb, 0x8c, 0x00, 70), QColor(0x8e, 0x24, 0xaa, 70),
                               QColor(0x00, 0x89, 0x7b, 70)};

QString statusText(RangeStatus s) {
    switch (s) {
        case RangeStatus::Under:
            return QCoreApplication::translate("SplitTool", "户数不足");
        case RangeStatus::In:
            return QCoreApplication::translate("SplitTool", "户数达标");
        case RangeStatus::Over:
            return QCoreApplication::translate("SplitTool", "户数超标");
    }
    return {};
}

}  // namespace

std::vector<geo::Point> SplitTool::line() const {
    std::vector<geo::Point> pts = points_;
    if (cursor_ && !pts.empty() && !(cursor_->point == pts.back())) pts.push_back(cursor_->point);
    return pts;
}

std::string SplitTool::gridUnder(const std::vector<geo::Point>& pts) const {
    edit::Workspace* ws = editing_.workspace();
    if (!ws || pts.size() < 2) return {};
    // The grid holding the middle of the line (by length): where a split line is drawn through.
    double total = 0;
    for (size_t i = 1; i < pts.size(); ++i) total += std::hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
    double walked = 0;
    geo::Point mid = pts.front();
    for (size_t i = 1; i < pts.size(); ++i) {
        const double len = std::hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
        if (walked + len >= total / 2 && len > 0) {
            const double t = (total / 2 - walked) / len;
            mid = {pts[i - 1].x + t * (pts[i].x - pts[i - 1].x), pts[i - 1].y + t * (pts[i].y - pts[i - 1].y)};
            break;
        }
        walked += len;
    }
    for (uint32_t s : ws->gridsInBox({mid.x, mid.y, mid.x, mid.y}))
        if (edit::covers(ws->grids()[s].geometry, mid)) return ws->grids()[s].code;
    return {};
}

void SplitTool::updatePreview() {
    preview_.reset();
    problem_.clear();
    const std::vector<geo::Point> pts = line();
    edit::Workspace* ws = editing_.workspace();
    if (!ws || pts.size() < 2) return;
    if (!fixedGrid_) grid_ = gridUnder(pts);
    if (grid_.empty()) return;
    QElapsedTimer timer;
    timer.start();
    auto p = edit::previewSplit(*ws, grid_, geo::Geometry::lineString(pts));
    previewMs_ = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!p) {
        problem_ = QString::fromStdString(p.error().message);
        return;
    }
    preview_ = std::move(*p);
    QStringList parts;
    for (size_t i = 0; i < preview_->households.size(); ++i)
        parts << QCoreApplication::translate("SplitTool", "%1 户（%2）")
                     .arg(preview_->households[i])
                     .arg(statusText(preview_->status[i]));
    canvas_.showMessage(
        QCoreApplication::translate("SplitTool", "拆分 %1：%2；切到 %3 栋楼（整栋归入占地多的一侧）  预览 %4 ms")
            .arg(QString::fromStdString(grid_), parts.join(QStringLiteral(" + ")))
            .arg(preview_->cutBuildings.size())
            .arg(previewMs_, 0, 'f', 2));
}

void SplitTool::press(const plugin::MapMouseEvent& e) {
    if (e.button != Qt::LeftButton) return;
    edit::Workspace* ws = editing_.workspace();
    if (!ws) return;
    const edit::Snapper snapper(*ws);
    const edit::Snap s = snapper.snap({e.map.x(), e.map.y()}, kSnapPixels * canvas_.metresPerPixel());
    // Shift: follow the road from the last point to this one.
    if ((e.modifiers & Qt::ShiftModifier) && !snaps_.empty()) {
        if (auto path = snapper.traceAlongRoads(snaps_.back(), s)) {
            for (size_t i = 1; i < path->size(); ++i) {
                points_.push_back((*path)[i]);
                snaps_.push_back({(*path)[i], edit::SnapKind::RoadVertex, -1, 0, 0});
            }
            snaps_.back() = s;
            updatePreview();
            canvas_.updateOverlay();
            return;
        }
        canvas_.showMessage(QCoreApplication::translate("SplitTool", "两点不在相连的道路上，无法沿路描线"));
    }
    points_.push_back(s.point);
    snaps_.push_back(s);
    updatePreview();
    canvas_.updateOverlay();
}

void SplitTool::move(const plugin::MapMouseEvent& e) {
    edit::Workspace* ws = editing_.workspace();
    if (!ws) return;
    cursor_ = edit::Snapper(*ws).snap({e.map.x(), e.map.y()}, kSnapPixels * canvas_.metresPerPixel());
    if (!points_.empty()) updatePreview();
    canvas_.updateOverlay();
}

void SplitTool::doubleClick(const plugin::MapMouseEvent& e) {
    // The double-click ends the line at its point (its first press may have added it already).
    if (edit::Workspace* ws = editing_.workspace()) {
        const edit::Snap s = edit::Snapper(*ws).snap({e.map.x(), e.map.y()}, kSnapPixels * canvas_.metresPerPixel());
        if (points_.empty() || !(points_.back() == s.point)) {
            points_.push_back(s.point);
            snaps_.push_back(s);
        }
    }
    cursor_.reset();
    finish();
}

bool SplitTool::key(int qtKey) {
    if (qtKey == Qt::Key_Escape) {
        reset();
        canvas_.updateOverlay();
        return true;
    }
    if (qtKey == Qt::Key_Backspace && !points_.empty()) {
        points_.pop_back();
        snaps_.pop_back();
        updatePreview();
        canvas_.updateOverlay();
        return true;
    }
    if (qtKey == Qt::Key_Return || qtKey == Qt::Key_Enter) {
        cursor_.reset();
        finish();
        return true;
    }
    return false;
}

void SplitTool::propose(const std::string& code, const std::vector<geo::Point>& line) {
    reset();
    grid_ = code;
    fixedGrid_ = true;
    points_ = line;
    snaps_.assign(line.size(), edit::Snap{});
    updatePreview();
    canvas_.updateOverlay();
}

bool SplitTool::finish() {
    edit::Workspace* ws = editing_.workspace();
    const std::vector<geo::Point> pts = line();
    if (!ws || pts.size() < 2) return false;
    if (!fixedGrid_) grid_ = gridUnder(pts);
    if (grid_.empty()) {
        editing_.refuse(QCoreApplication::translate("SplitTool", "拆分网格"),
                        QCoreApplication::translate("SplitTool", "拆分线没有穿过任何网格"));
        return false;
    }
    auto plan = edit::planSplit(editing_.session()->project(), *ws, grid_, geo::Geometry::lineString(pts));
    if (!plan) {
        editing_.refuse(QCoreApplication::translate("SplitTool", "拆分网格"),
                        QString::fromStdString(plan.error().message));
        return false;
    }
    const bool ok = editing_.commit(
        *plan, QCoreApplication::translate("SplitTool", "拆分网格 %1").arg(QString::fromStdString(grid_)));
    if (ok) reset();
    canvas_.updateOverlay();
    return ok;
}

void SplitTool::reset() {
    points_.clear();
    snaps_.clear();
    preview_.reset();
    problem_.clear();
    grid_.clear();
    fixedGrid_ = false;
}

void SplitTool::deactivate() {
    reset();
    cursor_.reset();
}

void SplitTool::paintOverlay(QPainter& p) {
    edit::Workspace* ws = editing_.workspace();
    p.setRenderHint(QPainter::Antialiasing, true);
    if (ws && preview_) {
        for (size_t i = 0; i < preview_->pieces.size(); ++i) {
            const QPainterPath path = pixelPath(canvas_, preview_->pieces[i]);
            p.setPen(QPen(statusColour(preview_->status[i]), 2.5));
            p.setBrush(kPartColours[i % std::size(kPartColours)]);
            p.drawPath(path);
        }
        // Buildings the line cuts: hatched red, each goes wholly to one side.
        for (uint32_t b : preview_->cutBuildings) {
            p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
            p.setBrush(QBrush(QColor(0xd3, 0x2f, 0x2f, 160), Qt::DiagCrossPattern));
            p.drawPath(pixelPath(canvas_, ws->buildings()[b].geometry));
        }
        for (size_t i = 0; i < preview_->pieces.size(); ++i) {
            const geo::Point c = edit::centroid(preview_->pieces[i]);
            drawHaloText(p, canvas_.toPixel({c.x, c.y}),
                         QCoreApplication::translate("SplitTool", "%1 户\n%2")
                             .arg(preview_->households[i])
                             .arg(statusText(preview_->status[i])),
                         statusColour(preview_->status[i]), 13);
        }
    }
    const std::vector<geo::Point> pts = line();
    if (!pts.empty()) {
        p.setPen(QPen(QColor(0xe6, 0x51, 0x00), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(pixelLine(canvas_, pts));
        p.setBrush(QColor(0xe6, 0x51, 0x00));
        p.setPen(QPen(Qt::white, 1.5));
        for (const geo::Point& v : points_) p.drawEllipse(canvas_.toPixel({v.x, v.y}), 4.5, 4.5);
    }
    if (cursor_) drawSnap(p, canvas_.toPixel({cursor_->point.x, cursor_->point.y}), cursor_->kind);
    if (!problem_.isEmpty() && cursor_) {
        const QPointF at = canvas_.toPixel({cursor_->point.x, cursor_->point.y}) + QPointF(0, 28);
        drawHaloText(p, at, problem_, QColor(0xb3, 0x26, 0x1e), 10);
    }
}

}  // namespace ga::app
