#include "app/grid_table_panel.h"

#include <QHeaderView>
#include <QItemSelection>

#include "store/grid_staff.h"
#include "ui_grid_table_panel.h"

namespace ga::app {

GridTablePanel::GridTablePanel(QWidget* parent) : QWidget(parent), ui_(std::make_unique<Ui::GridTablePanel>()) {
    ui_->setupUi(this);
    proxy_.setSourceModel(&model_);
    proxy_.setSortRole(GridTableModel::kSortRole);
    proxy_.setFilterKeyColumn(-1);
    proxy_.setFilterCaseSensitivity(Qt::CaseInsensitive);
    ui_->table->setModel(&proxy_);
    ui_->table->sortByColumn(GridTableModel::Code, Qt::AscendingOrder);
    ui_->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    ui_->table->verticalHeader()->setDefaultSectionSize(ui_->table->fontMetrics().height() + 6);
    connect(ui_->filterEdit, &QLineEdit::textChanged, this, &GridTablePanel::setFilter);
    connect(ui_->table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit zoomToGridRequested(proxy_.data(index, GridTableModel::kIdRole).toLongLong());
    });
    connect(ui_->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GridTablePanel::selectionFromTable);
    reloadTimer_.setSingleShot(true);
    reloadTimer_.setInterval(kReloadDelay);
    connect(&reloadTimer_, &QTimer::timeout, this, &GridTablePanel::startReload);
    updateCount();
}

GridTablePanel::~GridTablePanel() {
    for (auto& w : workers_) w->wait();
}

void GridTablePanel::setSelection(MapSelection* selection) {
    selection_ = selection;
    connect(selection_, &MapSelection::changed, this, &GridTablePanel::selectionToTable);
    selectionToTable();
}

void GridTablePanel::reloadInBackground(const QString& path) {
    pendingPath_ = path;
    loading_ = true;
    // A project's first read starts at once. After that every edit asks twice (the model
    // changed, the layer was edited), and on two cores the map's next frame matters more than
    // the table: the requests of kReloadDelay are read once, when it has passed.
    if (path != readPath_) {
        reloadTimer_.stop();
        startReload();
    } else if (!reloadTimer_.isActive()) {
        reloadTimer_.start();
    }
}

void GridTablePanel::startReload() {
    const QString path = pendingPath_;
    readPath_ = path;
    const quint64 generation = ++generation_;
    std::erase_if(workers_, [](const std::unique_ptr<QThread>& w) { return w->isFinished(); });
    workers_.emplace_back(QThread::create([this, path, generation] {
        std::vector<store::GridCount> grids;
        std::map<std::string, std::string> leaders;
        QString error;
        auto project = store::Project::open(path.toStdString(), true);
        if (!project) error = QString::fromStdString(project.error().message);
        if (project) {
            auto g = store::gridCounts(*project);
            auto l = g ? store::gridLeaders(*project) : Result<std::map<std::string, std::string>>{};
            if (!g)
                error = QString::fromStdString(g.error().message);
            else if (!l)
                error = QString::fromStdString(l.error().message);
            else {
                grids = std::move(*g);
                leaders = std::move(*l);
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, grids = std::move(grids), leaders = std::move(leaders), error]() mutable {
                if (generation != generation_) return;
                loading_ = false;
                if (error.isEmpty()) {
                    model_.setGrids(std::move(grids), std::move(leaders));
                    ui_->table->resizeColumnsToContents();
                    updateCount();
                    selectionToTable();
                }
                emit loaded(error);
            },
            Qt::QueuedConnection);
    }));
    workers_.back()->start();
}

Result<void> GridTablePanel::reload(store::Project* project) {
    ++generation_;  // a background reload still under way would be older than this
    loading_ = false;
    Result<void> r;
    if (project)
        r = model_.reload(*project);
    else
        model_.clear();
    ui_->table->resizeColumnsToContents();
    updateCount();
    selectionToTable();
    return r;
}

void GridTablePanel::setFilter(const QString& text) {
    if (ui_->filterEdit->text() != text) ui_->filterEdit->setText(text);
    proxy_.setFilterFixedString(text.trimmed());
    updateCount();
}

void GridTablePanel::updateCount() {
    ui_->countLabel->setText(tr("%1 / %2 个网格").arg(proxy_.rowCount()).arg(model_.rowCount()));
}

void GridTablePanel::selectionFromTable() {
    if (syncing_ || !selection_) return;
    QSet<qint64> ids;
    for (const QModelIndex& row : ui_->table->selectionModel()->selectedRows())
        ids.insert(proxy_.data(row, GridTableModel::kIdRole).toLongLong());
    syncing_ = true;
    selection_->set(ids, {});
    syncing_ = false;
}

void GridTablePanel::selectionToTable() {
    if (syncing_ || !selection_) return;
    syncing_ = true;
    QItemSelection rows;
    for (qint64 id : selection_->grids()) {
        const int row = model_.rowOfGrid(id);
        if (row < 0) continue;
        const QModelIndex first = proxy_.mapFromSource(model_.index(row, 0));
        if (!first.isValid()) continue;  // filtered out
        rows.select(first, first.siblingAtColumn(GridTableModel::ColumnCount - 1));
    }
    ui_->table->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty()) ui_->table->scrollTo(rows.indexes().first());
    syncing_ = false;
}

}  // namespace ga::app
