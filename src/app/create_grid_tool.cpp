#include "app/create_grid_tool.h"

#include <QElapsedTimer>

#include "app/edit_overlay.h"
#include "app/grid_editing.h"
#include "app/map_tools.h"
#include "app/project_session.h"
#include "edit/planar.h"

namespace ga::app {
namespace {

const QColor kSketchColour(0x00, 0x89, 0x7b);

}  // namespace

void CreateGridTool::updatePreview() {
    preview_.reset();
    problem_.clear();
    edit::Workspace* ws = editing_.workspace();
    const auto drawn = sketch_.polygon(true);
    if (!ws || !drawn) {
        canvas_.showMessage(tr("新建网格：依次点击未覆盖区域的各个角，双击或回车完成，Backspace 删去末点，Esc 放弃"));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto p = edit::previewCreateGrid(*ws, *drawn);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!p) {
        problem_ = QString::fromStdString(p.error().message);
        canvas_.showMessage(tr("新建网格：%1").arg(problem_));
        return;
    }
    preview_ = std::move(*p);
    canvas_.showMessage(tr("新建网格（%1）：%2 户（%3），%4 栋楼，%5  预览 %6 ms")
                            .arg(QString::fromStdString(ws->communities()[preview_->community].name))
                            .arg(preview_->households)
                            .arg(rangeStatusText(preview_->status))
                            .arg(preview_->buildings.size())
                            .arg(formatArea(edit::stableArea(preview_->area)))
                            .arg(ms, 0, 'f', 2));
}

bool CreateGridTool::finish() {
    edit::Workspace* ws = editing_.workspace();
    if (!ws) return false;
    const auto drawn = sketch_.polygon(false);
    if (!drawn) {
        editing_.refuse(tr("新建网格"), tr("新网格至少要点三个角"));
        return false;
    }
    auto plan = edit::planCreateGrid(editing_.session()->project(), *ws, *drawn);
    if (!plan) {
        editing_.refuse(tr("新建网格"), QString::fromStdString(plan.error().message));
        return false;
    }
    const bool ok = editing_.commit(*plan, tr("新建网格 %1").arg(QString::fromStdString(plan->target)));
    if (ok) reset();
    canvas_.updateOverlay();
    return ok;
}

void CreateGridTool::reset() {
    PolygonDrawingTool::reset();
    preview_.reset();
    problem_.clear();
}

void CreateGridTool::paintOverlay(QPainter& p) {
    p.setRenderHint(QPainter::Antialiasing, true);
    edit::Workspace* ws = editing_.workspace();
    if (ws && preview_) {
        const QColor colour = statusColour(preview_->status);
        p.setPen(QPen(colour, 2.5));
        p.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 60));
        p.drawPath(pixelPath(canvas_, preview_->area));
        // The loose buildings the new grid takes (a workspace read again since may hold fewer).
        p.setPen(QPen(colour.darker(130), 1.2));
        p.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 150));
        for (uint32_t b : preview_->buildings)
            if (b < ws->buildings().size()) p.drawPath(pixelPath(canvas_, ws->buildings()[b].geometry));
    }
    sketch_.paint(p, canvas_, kSketchColour);
    if (ws && preview_) {
        const geo::Point c = edit::centroid(preview_->area);
        drawHaloText(p, canvas_.toPixel({c.x, c.y}),
                     tr("新网格\n%1 户\n%2").arg(preview_->households).arg(rangeStatusText(preview_->status)),
                     statusColour(preview_->status), 13);
    }
    if (!problem_.isEmpty() && sketch_.cursor()) {
        const geo::Point at = sketch_.cursor()->point;
        drawHaloText(p, canvas_.toPixel({at.x, at.y}) + QPointF(0, 28), problem_, QColor(0xb3, 0x26, 0x1e), 10);
    }
}

}  // namespace ga::app
