#pragma once
// The grid table dock: filter box, sortable table, double-click zooms to the grid; its row
// selection and the map's grid selection are kept the same.
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QThread>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <vector>

#include "app/grid_table_model.h"
#include "app/map_selection.h"

namespace Ui {
class GridTablePanel;
}

namespace ga::app {

class GridTablePanel : public QWidget {
    Q_OBJECT

public:
    explicit GridTablePanel(QWidget* parent = nullptr);
    ~GridTablePanel() override;

    /// Follows and drives `selection` (which outlives the panel).
    void setSelection(MapSelection* selection);
    /// Reads the grids of `project`; an empty table without one.
    Result<void> reload(store::Project* project);
    /// Reads the grids of the project at `path` on a worker thread (household counts of a
    /// district take a while) and shows them when they arrive; loaded() follows. The first
    /// request for a project is read at once, later ones once per kReloadDelay.
    void reloadInBackground(const QString& path);
    static constexpr int kReloadDelay = 300;  ///< ms

    GridTableModel& model() { return model_; }
    /// True while a background reload is under way.
    bool isLoading() const { return loading_; }
    QSortFilterProxyModel& proxy() { return proxy_; }
    /// Sets the filter text (as typing in the box does).
    void setFilter(const QString& text);

signals:
    /// The user double-clicked a grid.
    void zoomToGridRequested(qint64 gridId);
    /// A background reload finished; `error` is empty when the table shows the grids.
    void loaded(const QString& error);

private:
    void startReload();
    void selectionFromTable();
    void selectionToTable();
    void updateCount();

    std::unique_ptr<Ui::GridTablePanel> ui_;
    GridTableModel model_;
    QSortFilterProxyModel proxy_;
    QPointer<MapSelection> selection_;  ///< may go before the panel does
    bool syncing_ = false;
    quint64 generation_ = 0;  ///< the newest reload; older results are dropped
    bool loading_ = false;
    std::vector<std::unique_ptr<QThread>> workers_;
    QTimer reloadTimer_;
    QString pendingPath_;  ///< the project the next read is of
    QString readPath_;     ///< the project last read
};

}  // namespace ga::app
