#include "app/grid_editing.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

#include "app/grid_edit_command.h"
#include "app/history_dock.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/merge_dialog.h"
#include "app/move_buildings_tool.h"
#include "app/problems_dock.h"
#include "app/project_session.h"
#include "app/split_tool.h"
#include "app/vertex_tool.h"
#include "edit/merge.h"
#include "edit/suggest_merge.h"
#include "edit/suggest_split.h"
#include "edit/validation.h"
#include "store/edit_history.h"

namespace ga::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// Waits with the busy cursor while a long step (loading a district, validating it) runs.
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

}  // namespace

GridEditing::GridEditing(MainWindow& window) : QObject(&window), window_(window) {
    MapCanvas& canvas = window.canvas();
    splitTool_ = std::make_unique<SplitTool>(canvas, *this);
    vertexTool_ = std::make_unique<VertexTool>(canvas, *this);
    moveTool_ = std::make_unique<MoveBuildingsTool>(canvas, *this, window.selection());

    auto makeAction = [this](const char* name, const QString& text, const QString& tip, bool checkable) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setToolTip(tip);
        a->setStatusTip(tip);
        a->setCheckable(checkable);
        return a;
    };
    split_ =
        makeAction("actionSplitGrid", tr("拆分网格"),
                   tr("画一条线拆分网格：自动吸附道路、楼角和网格顶点，Shift+单击沿道路描线，双击或回车完成"), true);
    reshape_ = makeAction("actionReshapeBoundary", tr("调整边界"),
                          tr("拖动网格共用边界的顶点（Shift：拖动整条边），相邻网格一起改变"), true);
    moveBuildings_ =
        makeAction("actionMoveBuildings", tr("移交楼栋"), tr("把选中的楼栋移交给点击的相邻网格，边界随之调整"), true);
    merge_ =
        makeAction("actionMergeGrids", tr("合并网格"), tr("合并选中的相邻网格（选择保留的编码、名称和网格员）"), false);
    suggest_ = makeAction("actionSuggestSplit", tr("建议拆分"),
                          tr("为选中的超标网格提出一条拆分线（沿道路或楼间空隙，两部分户数都达标）"), false);
    suggestMerge_ = makeAction("actionSuggestMerge", tr("建议合并"),
                               tr("为选中的户数不足的网格找一个合并对象（合并后达标、共用边界最长者优先）"), false);
    retire_ = makeAction("actionRetireGrid", tr("撤销网格"), tr("撤销选中的网格，区域并入边界最长的相邻网格"), false);
    validate_ = makeAction("actionValidateGrids", tr("检查规则"), tr("检查全部网格规则，结果列在“问题”面板"), false);
    window.addMapTool(split_, splitTool_.get());
    window.addMapTool(reshape_, vertexTool_.get());
    window.addMapTool(moveBuildings_, moveTool_.get());
    connect(merge_, &QAction::triggered, this, &GridEditing::mergeSelected);
    connect(suggest_, &QAction::triggered, this, &GridEditing::suggestSplitOfSelected);
    connect(suggestMerge_, &QAction::triggered, this, &GridEditing::suggestMergeOfSelected);
    connect(retire_, &QAction::triggered, this, &GridEditing::retireSelected);
    connect(validate_, &QAction::triggered, this, &GridEditing::validateNow);

    auto* menu = new QMenu(tr("网格编辑(&G)"), &window);
    menu->setObjectName(QStringLiteral("menuGridEditing"));
    menu->addActions({split_, reshape_, moveBuildings_});
    menu->addSeparator();
    menu->addActions({merge_, suggest_, suggestMerge_, retire_});
    menu->addSeparator();
    menu->addAction(validate_);
    if (auto* help = window.findChild<QMenu*>(QStringLiteral("menuHelp")))
        window.menuBar()->insertMenu(help->menuAction(), menu);
    else
        window.menuBar()->addMenu(menu);
    auto* toolbar = new QToolBar(tr("网格编辑"), &window);
    toolbar->setObjectName(QStringLiteral("gridEditToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({split_, reshape_, moveBuildings_, merge_, suggest_, suggestMerge_, retire_, validate_});
    window.addToolBar(toolbar);

    problems_ = new ProblemsDock(&window);
    history_ = new HistoryDock(&window);
    window.addDockWidget(Qt::BottomDockWidgetArea, problems_);
    window.addDockWidget(Qt::BottomDockWidgetArea, history_);
    // Shown when first needed (a check, the Panels menu), then as tabs beside the grid table:
    // until then the window keeps its layout.
    problems_->hide();
    history_->hide();
    for (QDockWidget* dock : {static_cast<QDockWidget*>(problems_), static_cast<QDockWidget*>(history_)})
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
            auto* table = window_.findChild<QDockWidget*>(QStringLiteral("gridTableDock"));
            if (!visible || !table || dock->property("tabbed").toBool() || window_.tabifiedDockWidgets(table).contains(dock))
                return;
            dock->setProperty("tabbed", true);
            window_.tabifyDockWidget(table, dock);
            dock->raise();
        });
    if (auto* panels = window.findChild<QMenu*>(QStringLiteral("menuPanels"))) {
        panels->addAction(problems_->toggleViewAction());
        panels->addAction(history_->toggleViewAction());
    }
    connect(problems_, &ProblemsDock::recheckRequested, this, &GridEditing::validateNow);
    connect(problems_, &ProblemsDock::zoomRequested, this,
            [this](double minx, double miny, double maxx, double maxy, const QStringList& grids) {
                window_.canvas().zoomToBox({minx, miny, maxx, maxy}, 0.5);
                edit::Workspace* ws = workspace();
                if (!ws) return;
                QSet<qint64> ids;
                for (const QString& code : grids)
                    if (auto s = ws->gridByCode(code.toStdString())) ids.insert(ws->grids()[*s].id);
                window_.selection().set(ids, {});
            });
    connect(history_, &HistoryDock::rollbackRequested, this, [this](qint64 editId) {
        if (!session_ || session_->isReadOnly()) return;
        if (QMessageBox::question(
                &window_, tr("回退"),
                tr("把项目回退到编辑 #%1 之后？之后仍有效的编辑会逐一撤销（撤销本身也记入日志）。").arg(editId)) !=
            QMessageBox::Yes)
            return;
        auto undone = store::rollbackTo(session_->project(), editId, session_->operatorName());
        if (!undone) {
            refuse(tr("回退"), q(undone.error().message));
            return;
        }
        window_.statusBar()->showMessage(
            tr("已回退到编辑 #%1 之后（撤销了 %2 个编辑）").arg(editId).arg(undone->size()), 8000);
        rolledBack();
    });
    connect(&window.selection(), &MapSelection::changed, this, &GridEditing::updateActions);
    updateActions();
}

GridEditing::~GridEditing() = default;

QAction* GridEditing::action(const char* objectName) const {
    return findChild<QAction*>(QString::fromLatin1(objectName));
}

void GridEditing::setSession(ProjectSession* session) {
    session_ = session;
    workspace_.reset();
    stale_ = true;
    problems_->clear();
    history_->clear();
    splitTool_->deactivate();
    if (session_) {
        connect(session_, &ProjectSession::edited, this, [this](store::Layer) {
            // Attribute forms and imports change the project behind the workspace.
            if (!ownEdit_) stale_ = true;
            if (auto log = store::listHistory(session_->project())) history_->setEntries(*log);
        });
        if (auto log = store::listHistory(session_->project())) history_->setEntries(*log);
    }
    updateActions();
}

edit::Workspace* GridEditing::workspace() {
    if (!session_ || session_->isReadOnly()) return nullptr;
    if (!workspace_ || stale_) {
        BusyCursor busy;
        auto ws = edit::Workspace::load(session_->project());
        stale_ = false;
        if (!ws) {
            workspace_.reset();
            window_.statusBar()->showMessage(tr("无法读取网格：%1").arg(q(ws.error().message)), 10000);
            return nullptr;
        }
        workspace_.emplace(std::move(*ws));
    }
    return &*workspace_;
}

void GridEditing::refuse(const QString& title, const QString& message) {
    QMessageBox::warning(&window_, title, message);
}

bool GridEditing::commit(const edit::EditPlan& plan, const QString& text) {
    edit::Workspace* ws = workspace();
    if (!ws) return false;
    auto id = edit::commitPlan(session_->project(), *ws, plan, session_->operatorName());
    if (!id) {
        refuse(text, q(id.error().message));
        return false;
    }
    session_->undoStack().push(new GridEditCommand(*this, *id, text));
    QString message = tr("%1（编辑 #%2）").arg(q(plan.summary)).arg(*id);
    if (!plan.warnings.empty()) message += tr("  注意：%1").arg(q(plan.warnings.front()));
    afterChange();
    window_.statusBar()->showMessage(message, 12000);
    return true;
}

int64_t GridEditing::undo(int64_t editId) {
    edit::Workspace* ws = workspace();
    if (!ws) return 0;
    auto id = edit::undoInWorkspace(session_->project(), *ws, editId, session_->operatorName());
    if (!id) {
        refuse(tr("撤销"), q(id.error().message));
        return 0;
    }
    afterChange();
    return *id;
}

void GridEditing::afterChange() {
    if (!session_) return;
    ownEdit_ = true;
    if (auto r = session_->afterEdit(store::Layer::Grids); !r)
        window_.statusBar()->showMessage(tr("地图未能刷新：%1").arg(q(r.error().message)), 10000);
    ownEdit_ = false;
    if (auto log = store::listHistory(session_->project())) history_->setEntries(*log);
    if (problems_->isVisible()) validateNow();
    emit changed();
}

void GridEditing::rolledBack() {
    session_->undoStack().clear();
    stale_ = true;
    afterChange();
}

void GridEditing::validateNow() {
    edit::Workspace* ws = workspace();
    if (!ws) return;
    BusyCursor busy;
    QElapsedTimer timer;
    timer.start();
    auto report = edit::validate(*ws);
    if (!report) {
        window_.statusBar()->showMessage(tr("检查失败：%1").arg(q(report.error().message)), 10000);
        return;
    }
    problems_->show(*report, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    problems_->setVisible(true);
    problems_->raise();
}

void GridEditing::showHistory() {
    if (session_)
        if (auto log = store::listHistory(session_->project())) history_->setEntries(*log);
    history_->show();
    history_->raise();
}

std::optional<QString> GridEditing::singleSelectedGridCode() const {
    const QSet<qint64>& ids = window_.selection().grids();
    if (ids.size() != 1 || !workspace_) return std::nullopt;
    for (const auto& g : workspace_->grids())
        if (g.id == *ids.begin()) return q(g.code);
    return std::nullopt;
}

void GridEditing::mergeSelected() {
    edit::Workspace* ws = workspace();
    if (!ws) return;
    QStringList codes;
    for (const auto& g : ws->grids())
        if (window_.selection().grids().contains(g.id)) codes << q(g.code);
    if (codes.size() < 2) {
        refuse(tr("合并网格"), tr("请先选中两个或更多相邻网格（Shift+单击加选）"));
        return;
    }
    MergeDialog dialog(*ws, codes, &window_);
    if (dialog.exec() != QDialog::Accepted) return;
    auto plan = edit::planMerge(session_->project(), *ws, dialog.request());
    if (!plan) {
        refuse(tr("合并网格"), q(plan.error().message));
        return;
    }
    commit(*plan, tr("合并网格 %1").arg(codes.join(QStringLiteral("、"))));
}

void GridEditing::suggestSplitOfSelected() {
    if (!workspace()) return;
    const auto code = singleSelectedGridCode();
    if (!code) {
        refuse(tr("建议拆分"), tr("请先选中一个网格"));
        return;
    }
    BusyCursor busy;
    auto s = edit::suggestSplit(*workspace_, code->toStdString());
    if (!s) {
        refuse(tr("建议拆分"), q(s.error().message));
        return;
    }
    window_.activateTool(split_);
    const auto pts = s->line.ring(0);
    splitTool_->propose(code->toStdString(), {pts.begin(), pts.end()});
    if (auto slot = workspace_->gridByCode(code->toStdString()))
        window_.canvas().zoomToBox(workspace_->grids()[*slot].geometry.bounds(), 0.15);
    window_.statusBar()->showMessage(tr("建议：%1 户 + %2 户。回车确认拆分；Backspace 删去末点后可改画，Esc 放弃")
                                         .arg(s->households[0])
                                         .arg(s->households[1]),
                                     15000);
}

void GridEditing::suggestMergeOfSelected() {
    if (!workspace()) return;
    const auto code = singleSelectedGridCode();
    if (!code) {
        refuse(tr("建议合并"), tr("请先选中一个网格"));
        return;
    }
    const auto candidates = edit::suggestMerge(*workspace_, code->toStdString());
    if (candidates.empty()) {
        refuse(tr("建议合并"), tr("网格 %1 在本社区内没有相邻网格").arg(*code));
        return;
    }
    const auto partner = workspace_->gridByCode(candidates.front().code);
    const auto self = workspace_->gridByCode(code->toStdString());
    if (!partner || !self) return;
    window_.selection().set({workspace_->grids()[*self].id, workspace_->grids()[*partner].id}, {});
    window_.statusBar()->showMessage(tr("建议与 %1 合并：合并后 %2 户")
                                         .arg(q(candidates.front().code))
                                         .arg(candidates.front().merged),
                                     10000);
    mergeSelected();
}

void GridEditing::retireSelected() {
    if (!workspace()) return;
    const auto code = singleSelectedGridCode();
    if (!code) {
        refuse(tr("撤销网格"), tr("请先选中一个网格"));
        return;
    }
    auto plan = edit::planRetire(session_->project(), *workspace_, code->toStdString());
    if (!plan) {
        refuse(tr("撤销网格"), q(plan.error().message));
        return;
    }
    if (QMessageBox::question(&window_, tr("撤销网格"),
                              tr("%1？\n撤销后编码 %2 不再使用。").arg(q(plan->summary), *code)) != QMessageBox::Yes)
        return;
    commit(*plan, tr("撤销网格 %1").arg(*code));
}

void GridEditing::updateActions() {
    const bool writable = session_ && !session_->isReadOnly();
    for (QAction* a : {split_, reshape_, moveBuildings_, validate_}) a->setEnabled(writable);
    const qsizetype grids = window_.selection().grids().size();
    merge_->setEnabled(writable && grids >= 2);
    suggest_->setEnabled(writable && grids == 1);
    suggestMerge_->setEnabled(writable && grids == 1);
    retire_->setEnabled(writable && grids == 1);
}

}  // namespace ga::app
