#pragma once
// The grid table: one row per active grid with its household count, status and leader, read
// from store::gridCounts and the staff layer.
#include <QAbstractTableModel>
#include <map>
#include <vector>

#include "core/error.h"
#include "store/project.h"
#include "store/summary.h"

namespace ga::app {

/// The status as the table and legend say it, in the UI language.
QString statusText(RangeStatus s);

class GridTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Name, Community, Households, Population, Status, Leader, ColumnCount };
    /// Numbers sort as numbers under this role.
    static constexpr int kSortRole = Qt::UserRole + 1;
    /// The grid's store id.
    static constexpr int kIdRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    /// Reads the grids of `project` again.
    Result<void> reload(store::Project& project);
    /// Shows grids read elsewhere (a worker thread).
    void setGrids(std::vector<store::GridCount> grids, std::map<std::string, std::string> leaders);
    /// Empties the table (no project open).
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Row of the grid with store id `id`, -1 when absent.
    int rowOfGrid(int64_t id) const;
    const store::GridCount& grid(int row) const { return grids_[static_cast<size_t>(row)]; }

private:
    std::vector<store::GridCount> grids_;
    std::map<std::string, std::string> leaders_;
};

}  // namespace ga::app
