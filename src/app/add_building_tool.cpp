#include "app/add_building_tool.h"

#include "app/building_form.h"
#include "app/edit_overlay.h"
#include "app/grid_editing.h"
#include "app/map_tools.h"
#include "app/project_session.h"
#include "edit/planar.h"
#include "geo/geos.h"

namespace ga::app {
namespace {

// Shared area (m²) below which a touch is not an overlap: digitised neighbours share walls.
constexpr double kOverlapArea = 0.5;
const QColor kSketchColour(0x6a, 0x1b, 0x9a);

}  // namespace

void AddBuildingTool::updatePreview() {
    problem_.clear();
    warning_.clear();
    grid_.clear();
    edit::Workspace* ws = editing_.workspace();
    const auto footprint = sketch_.polygon(true);
    if (!ws || !footprint) {
        canvas_.showMessage(
            tr("新增楼栋：依次点击楼栋轮廓的各个角，双击或回车完成后填写属性；Backspace 删去末点，Esc 放弃"));
        return;
    }
    std::string why;
    if (!geo::isValid(*footprint, &why)) {
        problem_ = tr("轮廓自相交，无法成为楼栋（%1）").arg(QString::fromStdString(why));
        canvas_.showMessage(tr("新增楼栋：%1").arg(problem_));
        return;
    }
    // The grid holding most of it, and whether a boundary or another building is in the way.
    double best = 0;
    int holders = 0;
    for (uint32_t s : ws->gridsInBox(footprint->bounds())) {
        const double a = geo::intersectionArea(*footprint, ws->grids()[s].geometry);
        if (a > 0.01) ++holders;
        if (a > best) best = a, grid_ = QString::fromStdString(ws->grids()[s].code);
    }
    QStringList warnings;
    if (holders > 1) warnings << tr("跨网格边界，将归入占地多的网格 %1").arg(grid_);
    for (uint32_t b : ws->buildingsInBox(footprint->bounds()))
        if (geo::intersectionArea(*footprint, ws->buildings()[b].geometry) > kOverlapArea) {
            const store::EditBuilding& x = ws->buildings()[b];
            const std::string name = x.compound + x.number;
            warnings << tr("与楼栋 %1 重叠")
                            .arg(name.empty() ? QStringLiteral("#%1").arg(x.id) : QString::fromStdString(name));
            break;
        }
    warning_ = warnings.join(QStringLiteral("；"));
    canvas_.showMessage(tr("新增楼栋：占地 %1，%2%3")
                            .arg(formatArea(geo::area(*footprint)),
                                 grid_.isEmpty() ? tr("不在任何网格内") : tr("属网格 %1").arg(grid_),
                                 warning_.isEmpty() ? QString() : tr("  注意：%1").arg(warning_)));
}

bool AddBuildingTool::finish() {
    edit::Workspace* ws = editing_.workspace();
    if (!ws) return false;
    const auto footprint = sketch_.polygon(false);
    if (!footprint) {
        editing_.refuse(tr("新增楼栋"), tr("楼栋轮廓至少要点三个角"));
        return false;
    }
    updatePreview();
    if (!problem_.isEmpty()) {
        editing_.refuse(tr("新增楼栋"), problem_);
        return false;
    }
    BuildingForm form(*ws, *footprint, grid_, canvas_.window());
    if (form.exec() != QDialog::Accepted) {
        canvas_.showMessage(tr("新增楼栋已取消；轮廓保留，可继续修改或按 Esc 放弃"));
        return false;
    }
    auto plan = edit::planAddBuilding(editing_.session()->project(), *ws, *footprint, form.attributes());
    if (!plan) {
        editing_.refuse(tr("新增楼栋"), QString::fromStdString(plan.error().message));
        return false;
    }
    const bool ok = editing_.commit(*plan, QString::fromStdString(plan->summary));
    if (ok) reset();
    canvas_.updateOverlay();
    return ok;
}

void AddBuildingTool::reset() {
    PolygonDrawingTool::reset();
    problem_.clear();
    warning_.clear();
    grid_.clear();
}

void AddBuildingTool::paintOverlay(QPainter& p) {
    p.setRenderHint(QPainter::Antialiasing, true);
    if (const auto footprint = sketch_.polygon(true)) {
        const QColor fill = problem_.isEmpty() ? QColor(0x6a, 0x1b, 0x9a, 90) : QColor(0xd3, 0x2f, 0x2f, 90);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPath(pixelPath(canvas_, *footprint));
    }
    sketch_.paint(p, canvas_, kSketchColour);
    if (const auto footprint = sketch_.polygon(true); footprint && problem_.isEmpty()) {
        const geo::Point c = edit::centroid(*footprint);
        drawHaloText(
            p, canvas_.toPixel({c.x, c.y}),
            QStringLiteral("%1\n%2").arg(formatArea(geo::area(*footprint)),
                                         grid_.isEmpty() ? tr("不在任何网格内") : tr("属网格 %1").arg(grid_.right(3))),
            kSketchColour, 10);
    }
    if (!sketch_.cursor()) return;
    const QPointF at = canvas_.toPixel({sketch_.cursor()->point.x, sketch_.cursor()->point.y}) + QPointF(0, 28);
    if (!problem_.isEmpty())
        drawHaloText(p, at, problem_, QColor(0xb3, 0x26, 0x1e), 10);
    else if (!warning_.isEmpty())
        drawHaloText(p, at, warning_, QColor(0xe6, 0x51, 0x00), 10);
}

}  // namespace ga::app
