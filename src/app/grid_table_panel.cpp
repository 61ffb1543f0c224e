#include "app/grid_table_panel.h"

#include <QHeaderView>
#include <QItemSelection>

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
    updateCount();
}

GridTablePanel::~GridTablePanel() = default;

void GridTablePanel::setSelection(MapSelection* selection) {
    selection_ = selection;
    connect(selection_, &MapSelection::changed, this, &GridTablePanel::selectionToTable);
    selectionToTable();
}

Result<void> GridTablePanel::reload(store::Project* project) {
    Result<void> r;
    if (project) r = model_.reload(*project);
    else model_.clear();
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
