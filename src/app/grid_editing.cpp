#include "app/grid_editing.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

#include "app/add_building_tool.h"
#include "app/create_grid_tool.h"
#include "app/grid_edit_command.h"
#include "app/history_dock.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/merge_dialog.h"
#include "app/move_buildings_tool.h"
#include "app/problems_dock.h"
#include "app/project_session.h"
#include "app/reshape_building_tool.h"
#include "app/retire_dialog.h"
#include "app/review_dock.h"
#include "app/split_tool.h"
#include "app/vertex_tool.h"
#include "edit/merge.h"
#include "edit/suggest_merge.h"
#include "edit/suggest_split.h"
#include "edit/validation.h"
#include "store/edit_history.h"
#include "store/grid_edits.h"

namespace ga::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// The icon of action `objectName`: actionSplitGrid → split_grid.
QString iconName(const char* objectName) {
    QString out;
    for (QChar c : QString::fromLatin1(objectName).mid(6)) {
        if (c.isUpper() && !out.isEmpty()) out += QLatin1Char('_');
        out += c.toLower();
    }
    return out;
}

// True when `changes` unlink households or touch the review queue (a building deleted or put
// back): the review dock and the grid table read them again.
bool touchesHouseholds(const store::ChangeSet& changes) {
    return std::any_of(changes.changes.begin(), changes.changes.end(), [](const store::FeatureChange& c) {
        return c.layer == store::Layer::Households || !c.table.empty();
    });
}

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
    createGridTool_ = std::make_unique<CreateGridTool>(canvas, *this);
    addBuildingTool_ = std::make_unique<AddBuildingTool>(canvas, *this);
    reshapeBuildingTool_ = std::make_unique<ReshapeBuildingTool>(canvas, *this);

    auto makeAction = [this](const char* name, const QString& text, const QString& tip, bool checkable) {
        auto* a = new QAction(text, this);
        a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName(name))));
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
    createGrid_ = makeAction("actionCreateGrid", tr("新建网格"),
                             tr("在未被网格覆盖的区域画一个新网格：依次点击各角，双击或回车完成，实时显示户数"), true);
    addBuilding_ =
        makeAction("actionAddBuilding", tr("新增楼栋"),
                   tr("画出新楼栋的轮廓（吸附楼角和网格顶点），双击或回车后填写小区、楼号、户数等属性"), true);
    reshapeBuilding_ = makeAction("actionReshapeBuilding", tr("修改楼栋轮廓"),
                                  tr("拖动楼角改变轮廓，拖动楼栋的边加一个角，指向楼角按 Delete 删去"), true);
    deleteBuildings_ = makeAction("actionDeleteBuildings", tr("删除楼栋"),
                                  tr("删除选中的楼栋（拆除）；楼内住户退回地址匹配复核，不会丢失"), false);
    retire_->setText(tr("撤销网格…"));
    retire_->setToolTip(tr("撤销选中的网格，区域并入所选的相邻网格（默认共用边界最长者）"));
    window.addMapTool(split_, splitTool_.get());
    window.addMapTool(reshape_, vertexTool_.get());
    window.addMapTool(moveBuildings_, moveTool_.get());
    window.addMapTool(createGrid_, createGridTool_.get());
    window.addMapTool(addBuilding_, addBuildingTool_.get());
    window.addMapTool(reshapeBuilding_, reshapeBuildingTool_.get());
    connect(deleteBuildings_, &QAction::triggered, this, &GridEditing::deleteSelectedBuildings);
    connect(merge_, &QAction::triggered, this, &GridEditing::mergeSelected);
    connect(suggest_, &QAction::triggered, this, &GridEditing::suggestSplitOfSelected);
    connect(suggestMerge_, &QAction::triggered, this, &GridEditing::suggestMergeOfSelected);
    connect(retire_, &QAction::triggered, this, &GridEditing::retireSelected);
    connect(validate_, &QAction::triggered, this, &GridEditing::validateNow);

    auto* menu = new QMenu(tr("网格编辑(&G)"), &window);
    menu->setObjectName(QStringLiteral("menuGridEditing"));
    menu->addActions({split_, reshape_, moveBuildings_, createGrid_});
    menu->addSeparator();
    menu->addActions({merge_, suggest_, suggestMerge_, retire_});
    menu->addSeparator();
    auto* buildings = menu->addMenu(QIcon(QStringLiteral(":/icons/add_building.svg")), tr("楼栋(&B)"));
    buildings->setObjectName(QStringLiteral("menuBuildingEditing"));
    buildings->addActions({addBuilding_, reshapeBuilding_, deleteBuildings_});
    menu->addSeparator();
    menu->addAction(validate_);
    // The Edit menu holds every edit as well, after undo and redo.
    if (auto* edit = window.findChild<QMenu*>(QStringLiteral("menuEdit"))) {
        edit->addSeparator();
        edit->addActions({split_, reshape_, moveBuildings_, createGrid_, merge_, retire_});
        edit->addSeparator();
        edit->addActions({addBuilding_, reshapeBuilding_, deleteBuildings_});
    }
    if (auto* help = window.findChild<QMenu*>(QStringLiteral("menuHelp")))
        window.menuBar()->insertMenu(help->menuAction(), menu);
    else
        window.menuBar()->addMenu(menu);
    auto* toolbar = new QToolBar(tr("网格编辑"), &window);
    toolbar->setObjectName(QStringLiteral("gridEditToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolbar->addActions({split_, reshape_, moveBuildings_, createGrid_, merge_, suggest_, suggestMerge_, retire_});
    toolbar->addSeparator();
    toolbar->addActions({addBuilding_, reshapeBuilding_, deleteBuildings_});
    toolbar->addSeparator();
    toolbar->addAction(validate_);
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
            if (!visible || !table || dock->property("tabbed").toBool() ||
                window_.tabifiedDockWidgets(table).contains(dock))
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
        rolledBack(*undone);
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
    createGridTool_->deactivate();
    addBuildingTool_->deactivate();
    reshapeBuildingTool_->deactivate();
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
    afterChange(plan.changes);
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
    auto changes = store::changesOf(session_->project(), *id);
    afterChange(changes ? std::optional<store::ChangeSet>(std::move(*changes)) : std::nullopt);
    return *id;
}

void GridEditing::afterChange(const std::optional<store::ChangeSet>& changes) {
    if (!session_) return;
    ownEdit_ = true;
    // The map follows the rows the edit changed; without them it is read again whole.
    if (auto r = changes ? session_->afterGridEdit(*changes) : session_->afterEdit(store::Layer::Grids); !r)
        window_.statusBar()->showMessage(tr("地图未能刷新：%1").arg(q(r.error().message)), 10000);
    // Households unlinked into (or back from) the review queue: the review dock reads it again.
    if (!changes || touchesHouseholds(*changes)) (void)session_->afterEdit(store::Layer::Households);
    ownEdit_ = false;
    if (auto log = store::listHistory(session_->project())) history_->setEntries(*log);
    if (problems_->isVisible()) validateNow();
    emit changed();
}

void GridEditing::rolledBack(const std::vector<int64_t>& undone) {
    session_->undoStack().clear();
    stale_ = true;
    // The rows every undo of the roll-back changed, for the map to follow.
    store::ChangeSet all;
    for (int64_t id : undone) {
        auto changes = store::changesOf(session_->project(), id);
        if (!changes) {
            afterChange(std::nullopt);
            return;
        }
        all.changes.insert(all.changes.end(), changes->changes.begin(), changes->changes.end());
    }
    afterChange(all);
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
    window_.statusBar()->showMessage(
        tr("建议与 %1 合并：合并后 %2 户").arg(q(candidates.front().code)).arg(candidates.front().merged), 10000);
    mergeSelected();
}

void GridEditing::retireSelected() {
    if (!workspace()) return;
    const auto code = singleSelectedGridCode();
    if (!code) {
        refuse(tr("撤销网格"), tr("请先选中一个网格"));
        return;
    }
    const auto slot = workspace_->gridByCode(code->toStdString());
    if (!slot) return;
    if (edit::neighboursOf(*workspace_, *slot).empty()) {
        refuse(tr("撤销网格"), tr("网格 %1 在本社区内没有相邻网格，区域无处并入").arg(*code));
        return;
    }
    RetireDialog dialog(*workspace_, *slot, &window_);
    // The grid and the neighbour chosen are shown selected on the map while the dialog is open.
    const qint64 retiredId = workspace_->grids()[*slot].id;
    auto show = [this, retiredId](const QString& neighbour) {
        if (auto n = workspace_->gridByCode(neighbour.toStdString()))
            window_.selection().set({retiredId, workspace_->grids()[*n].id}, {});
    };
    connect(&dialog, &RetireDialog::neighbourChosen, this, show);
    show(QString::fromStdString(dialog.neighbour()));
    const bool accepted = dialog.exec() == QDialog::Accepted;
    window_.selection().set({retiredId}, {});
    if (!accepted) return;
    const std::string neighbour = dialog.neighbour();
    auto plan = edit::planRetire(session_->project(), *workspace_, code->toStdString(), neighbour);
    if (!plan) {
        refuse(tr("撤销网格"), q(plan.error().message));
        return;
    }
    if (commit(*plan, tr("撤销网格 %1").arg(*code)))
        if (auto n = workspace_->gridByCode(neighbour)) window_.selection().set({workspace_->grids()[*n].id}, {});
}

void GridEditing::deleteSelectedBuildings() {
    edit::Workspace* ws = workspace();
    if (!ws) return;
    std::vector<int64_t> ids(window_.selection().buildings().begin(), window_.selection().buildings().end());
    std::sort(ids.begin(), ids.end());
    if (ids.empty()) {
        refuse(tr("删除楼栋"), tr("没有选中楼栋：用选择工具按住 Ctrl 点选要删除的楼栋"));
        return;
    }
    // How many households go back to the review queue, told before anything is deleted.
    size_t households = 0;
    QStringList names;
    for (int64_t id : ids) {
        auto linked = store::householdsLinkedTo(session_->project(), id);
        if (!linked) {
            refuse(tr("删除楼栋"), q(linked.error().message));
            return;
        }
        households += linked->size();
        if (auto b = ws->buildingById(id); b && names.size() < 5) {
            const store::EditBuilding& x = ws->buildings()[*b];
            names << (x.compound.empty() && x.number.empty() ? tr("#%1").arg(id) : q(x.compound + x.number));
        }
    }
    if (ids.size() > static_cast<size_t>(names.size())) names << tr("等");
    const QString question =
        households > 0 ? tr("删除 %1 栋楼（%2）？\n楼内登记的 %3 户退回地址匹配复核，在“户进房复核”面板重新落户。")
                             .arg(ids.size())
                             .arg(names.join(QStringLiteral("、")))
                             .arg(households)
                       : tr("删除 %1 栋楼（%2）？\n没有住户登记在这些楼里。")
                             .arg(ids.size())
                             .arg(names.join(QStringLiteral("、")));
    if (QMessageBox::question(&window_, tr("删除楼栋"), question) != QMessageBox::Yes) return;
    // One undo step for all of them, opened once the first deletion is planned (a refusal before
    // it leaves no empty step behind).
    QUndoStack& stack = session_->undoStack();
    bool macro = false;
    size_t deleted = 0;
    for (int64_t id : ids) {
        auto plan = edit::planDeleteBuilding(session_->project(), *workspace_, id);
        if (!plan) {
            refuse(tr("删除楼栋"), q(plan.error().message));
            break;
        }
        if (!macro && ids.size() > 1) {
            stack.beginMacro(tr("删除 %1 栋楼").arg(ids.size()));
            macro = true;
        }
        if (!commit(*plan, q(plan->summary))) break;
        ++deleted;
    }
    if (macro) stack.endMacro();
    window_.selection().clear();
    if (deleted == 0) return;
    window_.statusBar()->showMessage(
        tr("已删除 %1 栋楼；%2 户退回地址匹配复核（见“户进房复核”面板）").arg(deleted).arg(households), 15000);
    // The households waiting to be placed again are shown at once.
    if (households > 0) {
        window_.reviewDock().show();
        window_.reviewDock().raise();
    }
}

void GridEditing::updateActions() {
    const bool writable = session_ && !session_->isReadOnly();
    for (QAction* a : {split_, reshape_, moveBuildings_, validate_, createGrid_, addBuilding_, reshapeBuilding_})
        a->setEnabled(writable);
    deleteBuildings_->setEnabled(writable && !window_.selection().buildings().isEmpty());
    const qsizetype grids = window_.selection().grids().size();
    merge_->setEnabled(writable && grids >= 2);
    suggest_->setEnabled(writable && grids == 1);
    suggestMerge_->setEnabled(writable && grids == 1);
    retire_->setEnabled(writable && grids == 1);
}

}  // namespace ga::app
