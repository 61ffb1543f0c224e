#include "app/main_window.h"

#include <fmt/format.h>

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QToolBar>
#include <cmath>

#include "app/app_settings.h"
#include "app/attribute_dialog.h"
#include "app/basemap_panel.h"
#include "app/feature_pick.h"
#include "app/grid_editing.h"
#include "app/grid_table_panel.h"
#include "app/identify_panel.h"
#include "app/import_dialog.h"
#include "app/issues_dock.h"
#include "app/layer_panel.h"
#include "app/map_canvas.h"
#include "app/new_project_dialog.h"
#include "app/overview_map.h"
#include "app/plugin_import.h"
#include "app/plugins_dialog.h"
#include "app/preferences_dialog.h"
#include "app/print_dialog.h"
#include "app/project_opening.h"
#include "app/review_dock.h"
#include "app/staff_dialog.h"
#include "app/translations.h"
#include "ui_main_window.h"

namespace ga::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// The scales offered in the status bar's scale box.
constexpr int kScales[] = {500, 1000, 2000, 5000, 10000, 25000, 50000, 100000};

}  // namespace

MainWindow::MainWindow(const PluginManager& plugins, QWidget* parent)
    : QMainWindow(parent), ui_(std::make_unique<Ui::MainWindow>()), plugins_(plugins) {
    ui_->setupUi(this);
    setObjectName(QStringLiteral("MainWindow"));
    for (QDockWidget* dock : {ui_->layersDock, ui_->overviewDock, ui_->identifyDock, ui_->gridTableDock})
        ui_->menuPanels->addAction(dock->toggleViewAction());
    resizeDocks({ui_->layersDock, ui_->identifyDock}, {250, 320}, Qt::Horizontal);
    resizeDocks({ui_->gridTableDock}, {230}, Qt::Vertical);
    resizeDocks({ui_->layersDock, ui_->overviewDock}, {420, 220}, Qt::Vertical);
    ui_->gridTablePanel->setSelection(&selection_);
    basemaps_ = BasemapPanel::installUnder(*ui_->layersDock);
    connect(basemaps_, &BasemapPanel::layersChanged, &canvas(), &MapCanvas::setBasemaps);
    connect(basemaps_, &BasemapPanel::layersChanged, &overview(), &OverviewMap::setBasemaps);
    connect(basemaps_, &BasemapPanel::message, this, [this](const QString& m) { statusBar()->showMessage(m, 10000); });
    review_ = new ReviewDock(*this);
    addDockWidget(Qt::RightDockWidgetArea, review_);
    tabifyDockWidget(ui_->identifyDock, review_);
    ui_->identifyDock->raise();
    ui_->menuPanels->addAction(review_->toggleViewAction());
    issues_ = new IssuesDock(canvas(), this);
    addDockWidget(Qt::RightDockWidgetArea, issues_);
    tabifyDockWidget(ui_->identifyDock, issues_);
    ui_->identifyDock->raise();
    ui_->menuPanels->addAction(issues_->toggleViewAction());
    setupStatusBar();
    setupTools();
    setupPluginActions();
    editing_ = new GridEditing(*this);
    connectUi();
    updateRecentMenu();
    closeProject();
}

MainWindow::~MainWindow() { canvas().setTool(nullptr); }

MapCanvas& MainWindow::canvas() const { return *ui_->mapCanvas; }
GridTablePanel& MainWindow::gridTable() const { return *ui_->gridTablePanel; }
IdentifyPanel& MainWindow::identifyPanel() const { return *ui_->identifyPanel; }
LayerPanel& MainWindow::layerPanel() const { return *ui_->layerPanel; }
OverviewMap& MainWindow::overview() const { return *ui_->overviewMap; }

QAction* MainWindow::action(const char* objectName) const {
    return findChild<QAction*>(QString::fromLatin1(objectName));
}

void MainWindow::setupStatusBar() {
    readOnly_ = new QLabel(this);
    readOnly_->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    coordinates_ = new QLabel(this);
    coordinates_->setMinimumWidth(coordinates_->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 60);
    scale_ = new QComboBox(this);
    scale_->setEditable(true);
    scale_->setInsertPolicy(QComboBox::NoInsert);
    scale_->setToolTip(tr("比例尺：选择或输入 1:N 后回车"));
    for (int s : kScales) scale_->addItem(QStringLiteral("1:%1").arg(s), s);
    scale_->setMinimumContentsLength(10);
    statusBar()->addWidget(readOnly_);
    opening_ = new ProjectOpening(this);
    statusBar()->addWidget(opening_);
    statusBar()->addPermanentWidget(coordinates_);
    statusBar()->addPermanentWidget(new QLabel(tr("比例尺"), this));
    statusBar()->addPermanentWidget(scale_);
    auto applyScale = [this](const QString& text) {
        QString t = text.trimmed();
        if (const qsizetype colon = t.indexOf(QLatin1Char(':')); colon >= 0) t = t.mid(colon + 1);
        t.remove(QLatin1Char(','));
        bool ok = false;
        const double denominator = t.toDouble(&ok);
        if (ok && denominator > 0)
            canvas().setScaleDenominator(denominator);
        else
            updateScaleDisplay();
    };
    connect(scale_, &QComboBox::textActivated, this, applyScale);
    connect(scale_->lineEdit(), &QLineEdit::returnPressed, this,
            [this, applyScale] { applyScale(scale_->currentText()); });
}

void MainWindow::setupTools() {
    MapCanvas& c = canvas();
    panTool_ = std::make_unique<PanTool>(c);
    identifyTool_ = std::make_unique<IdentifyTool>(c, [this](geo::Point p, double t) { identifyAt(p, t); });
    auto onSelect = [this](const SelectGesture& g) {
        if (!session_) return;
        const PickedFeatures picked = pickFeatures(*session_->model(), g);
        if (g.add) {
            QSet<qint64> grids = selection_.grids(), buildings = selection_.buildings();
            grids.unite(picked.grids);
            buildings.unite(picked.buildings);
            selection_.set(grids, buildings);
        } else {
            selection_.set(picked.grids, picked.buildings);
        }
    };
    selectTool_ = std::make_unique<SelectTool>(c, false, onSelect);
    selectRectTool_ = std::make_unique<SelectTool>(c, true, onSelect);
    measureDistanceTool_ = std::make_unique<MeasureTool>(c, false);
    measureAreaTool_ = std::make_unique<MeasureTool>(c, true);
    toolGroup_ = new QActionGroup(this);
    const std::pair<QAction*, plugin::MapTool*> tools[] = {
        {ui_->actionPan, panTool_.get()},
        {ui_->actionIdentify, identifyTool_.get()},
        {ui_->actionSelect, selectTool_.get()},
        {ui_->actionSelectRect, selectRectTool_.get()},
        {ui_->actionMeasureDistance, measureDistanceTool_.get()},
        {ui_->actionMeasureArea, measureAreaTool_.get()},
    };
    for (const auto& [a, t] : tools) {
        toolGroup_->addAction(a);
        toolOf_.insert(a, t);
    }
    connect(toolGroup_, &QActionGroup::triggered, this, &MainWindow::activateTool);
    activateTool(ui_->actionPan);

    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("searchBox"));
    search_->setPlaceholderText(tr("搜索：网格编码或名称、小区+楼号、道路名"));
    search_->setClearButtonEnabled(true);
    search_->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    search_->setMinimumWidth(search_->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 36);
    ui_->searchToolBar->addWidget(search_);
    connect(search_, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
}

void MainWindow::setupPluginActions() {
    for (plugin::ImporterPlugin* importer : plugins_.importers()) {
        QAction* a = ui_->menuPluginImport->addAction(importer->name());
        a->setToolTip(importer->description());
        connect(a, &QAction::triggered, this, [this, importer] { importWithPlugin(importer); });
    }
    ui_->menuPluginImport->setEnabled(!plugins_.importers().isEmpty());
    for (plugin::MapToolPlugin* p : plugins_.mapTools()) {
        pluginTools_.push_back(p->createTool(canvas()));
        QAction* a = new QAction(p->icon(), p->name(), this);
        a->setCheckable(true);
        a->setToolTip(p->description());
        toolGroup_->addAction(a);
        toolOf_.insert(a, pluginTools_.back().get());
        ui_->menuTools->addAction(a);
        ui_->mapToolBar->addAction(a);
    }
}

void MainWindow::activateTool(QAction* a) {
    if (!a) return;
    a->setChecked(true);
    canvas().setTool(toolOf_.value(a, nullptr));
    if (a == ui_->actionIdentify) ui_->identifyDock->show();
}

void MainWindow::addMapTool(QAction* action, plugin::MapTool* tool) {
    toolGroup_->addAction(action);
    toolOf_.insert(action, tool);
}

void MainWindow::connectUi() {
    connect(ui_->actionNewProject, &QAction::triggered, this, &MainWindow::newProject);
    connect(ui_->actionOpenProject, &QAction::triggered, this, &MainWindow::openProjectDialog);
    connect(ui_->actionImport, &QAction::triggered, this, &MainWindow::importData);
    connect(ui_->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(ui_->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui_->actionPlugins, &QAction::triggered, this, &MainWindow::showPlugins);
    connect(ui_->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui_->actionZoomIn, &QAction::triggered, this, [this] { canvas().zoomBy(1.5); });
    connect(ui_->actionZoomOut, &QAction::triggered, this, [this] { canvas().zoomBy(1 / 1.5); });
    connect(ui_->actionFullExtent, &QAction::triggered, this, [this] { canvas().zoomToFullExtent(); });
    connect(ui_->actionZoomSelection, &QAction::triggered, this, &MainWindow::zoomToSelection);
    connect(ui_->actionClearSelection, &QAction::triggered, &selection_, &MapSelection::clear);
    connect(ui_->actionEditGrid, &QAction::triggered, this, &MainWindow::editGrid);
    connect(ui_->actionEditBuilding, &QAction::triggered, this, &MainWindow::editBuilding);
    connect(ui_->actionEditStaff, &QAction::triggered, this, [this] {
        if (const auto id = singleSelectedGrid())
            editStaff(gridCodeOf(*id));
        else if (!identifyPanel().result().gridCode.isEmpty())
            editStaff(identifyPanel().result().gridCode);
    });
    connect(ui_->actionPrint, &QAction::triggered, this, [this] {
        if (!session_) return;
        const auto grid = singleSelectedGrid();
        auto dialog = PrintDialog::create(*session_, style_, grid ? gridCodeOf(*grid) : identifyPanel().result().gridCode,
                                          this);
        if (!dialog) {
            QMessageBox::warning(this, tr("打印与导出"), QString::fromStdString(dialog.error().message));
            return;
        }
        (*dialog)->exec();
    });
    connect(ui_->actionUndo, &QAction::triggered, this, [this] {
        if (session_) session_->undoStack().undo();
    });
    connect(ui_->actionRedo, &QAction::triggered, this, [this] {
        if (session_) session_->undoStack().redo();
    });

    connect(&canvas(), &MapCanvas::viewChanged, this, [this] {
        updateScaleDisplay();
        overview().setViewExtent(canvas().view().extent());
    });
    connect(&canvas(), &MapCanvas::cursorMoved, this, &MainWindow::showCursor);
    connect(&canvas(), &MapCanvas::message, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    connect(&overview(), &OverviewMap::recentreRequested, this, [this](geo::Point c) {
        render::MapView v = canvas().view();
        v.centre = c;
        canvas().setView(v);
    });
    connect(&gridTable(), &GridTablePanel::zoomToGridRequested, this, &MainWindow::zoomToGrid);
    connect(&gridTable(), &GridTablePanel::loaded, this, [this](const QString& error) {
        if (!error.isEmpty()) statusBar()->showMessage(tr("网格列表无法读取：%1").arg(error), 10000);
    });
    connect(&layerPanel(), &LayerPanel::styleChanged, this, &MainWindow::styleChanged);
    connect(&selection_, &MapSelection::changed, this, &MainWindow::selectionChanged);
    connect(&identifyPanel(), &IdentifyPanel::editGridRequested, this, [this](qint64 id) {
        selection_.set({id}, {});
        editGrid();
    });
    connect(&identifyPanel(), &IdentifyPanel::editBuildingRequested, this, [this](qint64 id) {
        selection_.set(selection_.grids(), {id});
        editBuilding();
    });
    connect(&identifyPanel(), &IdentifyPanel::staffRequested, this, &MainWindow::editStaff);
}

Result<void> MainWindow::openProject(const QString& path) {
    // The same file again (after an import): let go of it first, or our own lock would make the
    // new session read-only. Another file: keep this one until the new one has opened.
    if (session_ && QFileInfo(path).absoluteFilePath() == session_->path()) closeProject();
    auto session = opening_->open(path);
    if (!session) return std::unexpected(session.error());
    closeProject();
    session_ = std::move(*session);
    auto style = render::loadMapStyle(session_->project());
    style_ = style ? *style : render::MapStyle::defaults();
    if (!style)
        statusBar()->showMessage(tr("项目的地图样式无法读取，使用默认样式：%1").arg(q(style.error().message)), 10000);
    const int srid = session_->project().settings().srid;
    toLonLat_.reset();
    if (srid > 0) {
        if (auto t = geo::Transformer::create(fmt::format("EPSG:{}", srid), 4326)) toLonLat_.emplace(std::move(*t));
    }
    connect(session_.get(), &ProjectSession::modelChanged, this, &MainWindow::modelChanged);
    connect(session_.get(), &ProjectSession::edited, this,
            [this](store::Layer) { gridTable().reloadInBackground(session_->path()); });
    connect(session_.get(), &ProjectSession::editFailed, this,
            [this](const QString& m) { QMessageBox::warning(this, tr("编辑未能写入"), m); });
    QUndoStack& undo = session_->undoStack();
    connect(&undo, &QUndoStack::canUndoChanged, ui_->actionUndo, &QAction::setEnabled);
    connect(&undo, &QUndoStack::canRedoChanged, ui_->actionRedo, &QAction::setEnabled);
    connect(&undo, &QUndoStack::undoTextChanged, this, [this](const QString& t) {
        ui_->actionUndo->setText(t.isEmpty() ? tr("撤销(&U)") : tr("撤销“%1”(&U)").arg(t));
    });
    connect(&undo, &QUndoStack::redoTextChanged, this, [this](const QString& t) {
        ui_->actionRedo->setText(t.isEmpty() ? tr("重做(&R)") : tr("重做“%1”(&R)").arg(t));
    });
    layerPanel().setStyle(style_, session_->project().settings().range);
    basemaps_->setSession(session_.get());
    canvas().setMap(session_->model(), style_, false);
    overview().setMap(session_->model(), style_);
    overview().setViewExtent(canvas().view().extent());
    modelChanged();
    editing_->setSession(session_.get());
    issues_->setSession(session_.get());
    identifyPanel().setEditable(!session_->isReadOnly());
    review_->setSession(session_.get());
    AppSettings().addRecentProject(session_->path());
    updateRecentMenu();
    updateTitle();
    updateActions();
    readOnly_->setText(session_->isReadOnly() ? tr("只读") : QString());
    readOnly_->setToolTip(session_->readOnlyReason());
    statusBar()->showMessage(tr("已打开 %1").arg(session_->path()), 5000);
    return {};
}

void MainWindow::closeProject() {
    selection_.clear();
    canvas().clearMap();
    basemaps_->setSession(nullptr);
    overview().clearMap();
    identifyPanel().clear();
    review_->setSession(nullptr);
    editing_->setSession(nullptr);
    issues_->setSession(nullptr);
    (void)gridTable().reload(nullptr);
    session_.reset();
    toLonLat_.reset();
    gridIndex_.clear();
    buildingIndex_.clear();
    readOnly_->clear();
    ui_->actionUndo->setText(tr("撤销(&U)"));
    ui_->actionRedo->setText(tr("重做(&R)"));
    updateTitle();
    updateActions();
}

void MainWindow::modelChanged() {
    if (!session_) return;
    const auto model = session_->model();
    gridIndex_.clear();
    for (uint32_t i = 0; i < model->grids().size(); ++i) gridIndex_.insert(model->grids().features[i].id, i);
    // A model made after an edit that left the buildings' shapes alone shares their geometry with
    // the one shown (and indexed), and so their order: the index by id still holds (274k
    // buildings: 25 ms). A project just opened is shown already and indexed here first.
    const auto& shown = canvas().model();
    if (!shown || shown == model || !model->buildings().geometry.sharesArraysWith(shown->buildings().geometry)) {
        buildingIndex_.clear();
        for (uint32_t i = 0; i < model->buildings().size(); ++i)
            buildingIndex_.insert(model->buildings().features[i].id, i);
    }
    if (canvas().model() && canvas().model() != model) {
        canvas().setMap(model, style_, true);
        overview().setMap(model, style_);
    }
    gridTable().reloadInBackground(session_->path());
    selectionChanged();
}

void MainWindow::updateTitle() {
    QString title = tr("网格图谱工作站");
    if (session_) {
        const std::string& name = session_->project().settings().name;
        title = QStringLiteral("%1 — %2").arg(name.empty() ? QFileInfo(session_->path()).completeBaseName() : q(name),
                                              title);
        if (session_->isReadOnly()) title += tr("（只读）");
    }
    setWindowTitle(title);
}

void MainWindow::updateActions() {
    const bool open = session_ != nullptr;
    const bool writable = open && !session_->isReadOnly();
    for (QAction* a : {ui_->actionZoomIn, ui_->actionZoomOut, ui_->actionFullExtent, ui_->actionZoomSelection,
                       ui_->actionClearSelection})
        a->setEnabled(open);
    ui_->actionImport->setEnabled(writable);
    ui_->actionPrint->setEnabled(open);
    ui_->menuPluginImport->setEnabled(writable && !plugins_.importers().isEmpty());
    ui_->actionUndo->setEnabled(open && session_->undoStack().canUndo());
    ui_->actionRedo->setEnabled(open && session_->undoStack().canRedo());
    const bool oneGrid = singleSelectedGrid().has_value() || (open && identifyPanel().result().gridId);
    ui_->actionEditGrid->setEnabled(oneGrid);
    ui_->actionEditStaff->setEnabled(oneGrid);
    ui_->actionEditBuilding->setEnabled(open &&
                                        (selection_.buildings().size() == 1 || identifyPanel().result().buildingId));
    search_->setEnabled(open);
    scale_->setEnabled(open);
}

void MainWindow::updateRecentMenu() {
    ui_->menuRecent->clear();
    const QStringList recent = AppSettings().recentProjects();
    for (const QString& path : recent) {
        QAction* a = ui_->menuRecent->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openAndReport(path); });
    }
    ui_->menuRecent->setEnabled(!recent.isEmpty());
}

void MainWindow::updateScaleDisplay() {
    const double d = canvas().scaleDenominator();
    if (!std::isfinite(d)) return;
    // Round to three significant figures: 1:2,345 reads better than 1:2,344.87.
    const double magnitude = std::pow(10.0, std::max(0.0, std::floor(std::log10(d)) - 2));
    scale_->setEditText(QStringLiteral("1:%1").arg(QLocale().toString(std::round(d / magnitude) * magnitude, 'f', 0)));
}

void MainWindow::showCursor(geo::Point p) {
    QString text = QStringLiteral("X %1  Y %2").arg(p.x, 0, 'f', 2).arg(p.y, 0, 'f', 2);
    if (toLonLat_) {
        if (auto ll = toLonLat_->apply(p))
            text += tr("  |  经度 %1°  纬度 %2°").arg(ll->x, 0, 'f', 6).arg(ll->y, 0, 'f', 6);
    }
    coordinates_->setText(text);
}

void MainWindow::styleChanged(const render::MapStyle& style) {
    style_ = style;
    canvas().setStyle(style_);
    if (session_) overview().setMap(session_->model(), style_);
    if (!session_ || session_->isReadOnly()) return;
    // The style is kept with the project, so the next session and the printouts look the same.
    if (auto r = render::saveMapStyle(session_->project(), style_); !r)
        statusBar()->showMessage(tr("样式未能保存：%1").arg(q(r.error().message)), 10000);
}

void MainWindow::selectionChanged() {
    std::vector<uint32_t> grids, buildings;
    for (qint64 id : selection_.grids())
        if (auto it = gridIndex_.constFind(id); it != gridIndex_.constEnd()) grids.push_back(*it);
    for (qint64 id : selection_.buildings())
        if (auto it = buildingIndex_.constFind(id); it != buildingIndex_.constEnd()) buildings.push_back(*it);
    std::sort(grids.begin(), grids.end());
    std::sort(buildings.begin(), buildings.end());
    canvas().setHighlight(std::move(grids), std::move(buildings));
    if (!selection_.isEmpty())
        statusBar()->showMessage(
            tr("已选择 %1 个网格、%2 栋楼").arg(selection_.grids().size()).arg(selection_.buildings().size()), 5000);
    updateActions();
}

void MainWindow::zoomToSelection() {
    if (!session_) return;
    const auto model = session_->model();
    geo::Box box;
    for (qint64 id : selection_.grids())
        if (auto it = gridIndex_.constFind(id); it != gridIndex_.constEnd()) box.expand(model->gridExtent(*it));
    for (qint64 id : selection_.buildings())
        if (auto it = buildingIndex_.constFind(id); it != buildingIndex_.constEnd())
            box.expand(model->buildings().geometry.bounds(*it));
    if (!canvas().zoomToBox(box)) statusBar()->showMessage(tr("没有选择要素"), 4000);
}

void MainWindow::zoomToGrid(qint64 gridId) {
    if (!session_) return;
    const auto it = gridIndex_.constFind(gridId);
    if (it == gridIndex_.constEnd()) return;
    canvas().zoomToBox(session_->model()->gridExtent(*it));
    selection_.set({gridId}, {});
}

void MainWindow::identifyAt(geo::Point p, double toleranceMetres) {
    if (!session_) return;
    auto r = app::identifyAt(session_->project(), *session_->model(), p, toleranceMetres);
    if (!r) {
        statusBar()->showMessage(tr("识别失败：%1").arg(q(r.error().message)), 10000);
        return;
    }
    identifyPanel().showResult(*r);
    ui_->identifyDock->show();
    ui_->identifyDock->raise();
    updateActions();
}

std::vector<store::SearchHit> MainWindow::search(const QString& text) {
    if (!session_) return {};
    auto hits = store::searchFeatures(session_->project(), text.toStdString());
    if (!hits) {
        statusBar()->showMessage(tr("搜索失败：%1").arg(q(hits.error().message)), 10000);
        return {};
    }
    // A free-text address answers first, with its building, grid and grid leader.
    std::vector<store::SearchHit> all = review_->findAddress(text);
    const size_t addresses = all.size();
    for (const store::SearchHit& h : *hits) {
        const auto same = [&](const store::SearchHit& a) { return a.layer == h.layer && a.id == h.id; };
        if (std::find_if(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(addresses), same) ==
            all.begin() + static_cast<std::ptrdiff_t>(addresses))
            all.push_back(h);
    }
    return all;
}

void MainWindow::goTo(const store::SearchHit& hit) {
    canvas().zoomToBox(hit.box, hit.layer == store::Layer::Buildings ? 1.5 : 0.08);
    if (hit.layer == store::Layer::Grids)
        selection_.set({hit.id}, {});
    else if (hit.layer == store::Layer::Buildings)
        selection_.set({}, {hit.id});
    statusBar()->showMessage(q(hit.label), 5000);
}

void MainWindow::runSearch() {
    const std::vector<store::SearchHit> hits = search(search_->text());
    if (hits.empty()) {
        statusBar()->showMessage(tr("没有找到“%1”").arg(search_->text()), 5000);
        return;
    }
    if (hits.size() == 1) {
        goTo(hits.front());
        return;
    }
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const store::SearchHit& h : hits) {
        const QString kind = layerName(h.layer);
        QAction* a = menu->addAction(QStringLiteral("%1  %2").arg(kind, q(h.label)));
        connect(a, &QAction::triggered, this, [this, h] { goTo(h); });
    }
    menu->popup(search_->mapToGlobal(QPoint(0, search_->height())));
}

std::optional<qint64> MainWindow::singleSelectedGrid() const {
    if (selection_.grids().size() == 1) return *selection_.grids().begin();
    return std::nullopt;
}

QString MainWindow::gridCodeOf(qint64 gridId) const {
    if (!session_) return {};
    const auto it = gridIndex_.constFind(gridId);
    return it == gridIndex_.constEnd() ? QString() : q(session_->model()->grids().features[*it].code);
}

void MainWindow::editGrid() {
    if (!session_) return;
    std::optional<qint64> id = singleSelectedGrid();
    if (!id) id = identifyPanel().result().gridId;
    if (!id) return;
    auto dialog = AttributeDialog::create(*session_, store::Layer::Grids, *id, this);
    if (!dialog) {
        QMessageBox::warning(this, tr("网格属性"), q(dialog.error().message));
        return;
    }
    (*dialog)->exec();
}

void MainWindow::editBuilding() {
    if (!session_) return;
    std::optional<qint64> id;
    if (selection_.buildings().size() == 1)
        id = *selection_.buildings().begin();
    else
        id = identifyPanel().result().buildingId;
    if (!id) return;
    auto dialog = AttributeDialog::create(*session_, store::Layer::Buildings, *id, this);
    if (!dialog) {
        QMessageBox::warning(this, tr("楼栋属性"), q(dialog.error().message));
        return;
    }
    (*dialog)->exec();
}

void MainWindow::editStaff(const QString& gridCode) {
    if (!session_ || gridCode.isEmpty()) return;
    StaffDialog dialog(*session_, gridCode, this);
    dialog.exec();
}

void MainWindow::newProject() {
    NewProjectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) openAndReport(dialog.createdPath());
}

void MainWindow::openProjectDialog() {
    const QString dir = session_ ? QFileInfo(session_->path()).absolutePath() : QString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("打开项目"), dir, tr("网格图谱项目 (*.sqlite);;所有文件 (*)"));
    if (!path.isEmpty()) openAndReport(path);
}

void MainWindow::openAndReport(const QString& path) {
    // Reading a district's layers takes a few seconds, on a worker thread: the window stays
    // responsive meanwhile and the status bar shows the progress.
    statusBar()->showMessage(tr("正在打开 %1…").arg(path));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto r = openProject(path);
    QApplication::restoreOverrideCursor();
    if (!r) {
        QMessageBox::critical(this, tr("无法打开项目"), q(r.error().message));
        updateRecentMenu();
        return;
    }
    if (session_->isReadOnly()) QMessageBox::warning(this, tr("只读打开"), session_->readOnlyReason());
}

void MainWindow::importData() {
    if (!session_ || session_->isReadOnly()) return;
    ImportDialog dialog(session_->path(), session_->operatorName(), this);
    connect(&dialog, &ImportDialog::importFinished, this, [this](const ImportOutcome& o) {
        if (o.ok) afterImport();
    });
    dialog.exec();
}

void MainWindow::importWithPlugin(plugin::ImporterPlugin* importer) {
    if (!session_ || session_->isReadOnly()) return;
    const QString file = QFileDialog::getOpenFileName(this, importer->name(), QString(), importer->fileFilter());
    if (file.isEmpty()) return;
    ImportJob job(session_->path(), pluginImport(*importer, file, QString(), session_->operatorName()));
    QProgressDialog progress(tr("正在导入 %1…").arg(QFileInfo(file).fileName()), tr("取消"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    connect(&progress, &QProgressDialog::canceled, &job, &ImportJob::cancel);
    connect(&job, &ImportJob::progressed, &progress, [&progress](qint64 done, qint64 total) {
        if (total > 0) {
            progress.setMaximum(static_cast<int>(total));
            progress.setValue(static_cast<int>(std::min(done, total)));
        }
    });
    ImportOutcome outcome;
    QEventLoop loop;
    connect(&job, &ImportJob::finished, &loop, [&](const ImportOutcome& o) {
        outcome = o;
        loop.quit();
    });
    job.start();
    loop.exec();
    progress.reset();
    if (!outcome.ok) {
        QMessageBox::warning(this, importer->name(), outcome.message);
        return;
    }
    afterImport();
    QStringList problems;
    for (const io::Problem& p : outcome.report.problems()) {
        problems << QStringLiteral("%1 %2").arg(q(p.place), q(p.detail));
        if (problems.size() >= 20) break;
    }
    QMessageBox::information(
        this, importer->name(),
        tr("新增 %1 户，更新 %2 户，拒绝 %3 行。")
                .arg(outcome.summary.inserted)
                .arg(outcome.summary.updated)
                .arg(outcome.summary.rejected) +
            (problems.isEmpty() ? QString() : QStringLiteral("\n\n") + problems.join(QLatin1Char('\n'))));
}

void MainWindow::afterImport() {
    // The import ran on its own connection and may have set the project CRS: read it afresh.
    if (!session_) return;
    const QString path = session_->path();
    const render::MapView view = canvas().view();
    const bool hadData = session_->model() && !session_->model()->fullExtent().isEmpty();
    if (auto r = openProject(path); !r) {
        QMessageBox::critical(this, tr("无法重新读取项目"), q(r.error().message));
        return;
    }
    if (hadData) canvas().setView(view);
}

void MainWindow::showPlugins() {
    PluginsDialog dialog(plugins_, PluginManager::defaultDirectories(), this);
    dialog.exec();
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("关于网格图谱"),
                       tr("<b>网格图谱工作站</b> %1<br>社区网格化管理：网格进图、户数标准、网格员与事件。<br>"
                          "地图数据来源见地图右下角的注记。")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    AppSettings().saveWindow(saveGeometry(), saveState());
    event->accept();
}

}  // namespace ga::app
