#include "app/move_buildings_tool.h"

#include <QCoreApplication>

#include "app/edit_overlay.h"
#include "app/grid_editing.h"
#include "app/project_session.h"
#include "edit/move_buildings.h"
#include "edit/planar.h"

namespace ga::app {
namespace {}  // namespace

std::optional<size_t> MoveBuildingsTool::gridAt(QPointF map) const {
    edit::Workspace* ws = editing_.workspace();
    if (!ws) return std::nullopt;
    const geo::Point p{map.x(), map.y()};
    for (uint32_t s : ws->gridsInBox({p.x, p.y, p.x, p.y}))
        if (edit::covers(ws->grids()[s].geometry, p)) return s;
    return std::nullopt;
}

void MoveBuildingsTool::move(const plugin::MapMouseEvent& e) {
    target_ = gridAt(e.map);
    edit::Workspace* ws = editing_.workspace();
    if (ws && target_) {
        long long households = 0;
        for (qint64 id : selection_.buildings())
            if (auto b = ws->buildingById(id)) households += ws->buildings()[*b].households;
        canvas_.showMessage(
            selection_.buildings().isEmpty()
                ? QCoreApplication::translate("MoveBuildingsTool", "先按住 Ctrl 点选要移交的楼栋，再点目标网格")
                : QCoreApplication::translate("MoveBuildingsTool", "把选中的 %1 栋楼（%2 户）移交给网格 %3")
                      .arg(selection_.buildings().size())
                      .arg(households)
                      .arg(QString::fromStdString(ws->grids()[*target_].code)));
    }
    canvas_.updateOverlay();
}

void MoveBuildingsTool::release(const plugin::MapMouseEvent& e) {
    if (e.button != Qt::LeftButton) return;
    edit::Workspace* ws = editing_.workspace();
    const auto slot = gridAt(e.map);
    if (!ws || !slot) return;
    moveTo(ws->grids()[*slot].code);
}

bool MoveBuildingsTool::moveTo(const std::string& code) {
    edit::Workspace* ws = editing_.workspace();
    if (!ws) return false;
    if (selection_.buildings().isEmpty()) {
        editing_.refuse(QCoreApplication::translate("MoveBuildingsTool", "移交楼栋"),
                        QCoreApplication::translate("MoveBuildingsTool", "没有选中楼栋：用选择工具按住 Ctrl 点选楼栋"));
        return false;
    }
    std::vector<int64_t> ids(selection_.buildings().begin(), selection_.buildings().end());
    std::sort(ids.begin(), ids.end());
    auto plan = edit::planMoveBuildings(editing_.session()->project(), *ws, ids, code);
    if (!plan) {
        editing_.refuse(QCoreApplication::translate("MoveBuildingsTool", "移交楼栋"),
                        QString::fromStdString(plan.error().message));
        return false;
    }
    return editing_.commit(*plan, QCoreApplication::translate("MoveBuildingsTool", "移交 %1 栋楼到 %2")
                                      .arg(ids.size())
                                      .arg(QString::fromStdString(code)));
}

void MoveBuildingsTool::paintOverlay(QPainter& p) {
    edit::Workspace* ws = editing_.workspace();
    if (!ws) return;
    p.setRenderHint(QPainter::Antialiasing, true);
    if (target_) {
        p.setPen(QPen(QColor(0x2e, 0x8b, 0x3e), 3));
        p.setBrush(QColor(0x2e, 0x8b, 0x3e, 35));
        p.drawPath(pixelPath(canvas_, ws->grids()[*target_].geometry));
    }
    p.setPen(QPen(QColor(0xe6, 0x51, 0x00), 2));
    p.setBrush(QColor(0xe6, 0x51, 0x00, 120));
    for (qint64 id : selection_.buildings())
        if (auto b = ws->buildingById(id)) p.drawPath(pixelPath(canvas_, ws->buildings()[*b].geometry));
}

}  // namespace ga::app
