#pragma once
// Statistics of the issue ledger for the dock's filter: a table per grid, community, month or
// category (export to CSV and XLSX), and the charts — by category, monthly trend, closure rate
// per grid, top grids — each exportable as PNG.
#include <QDialog>
#include <memory>

#include "analysis/issue_filter.h"
#include "analysis/issue_table.h"
#include "analysis/statistics.h"
#include "core/error.h"

class QComboBox;
class QCustomPlot;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace ga::app {

class StatisticsWindow : public QDialog {
    Q_OBJECT

public:
    explicit StatisticsWindow(QWidget* parent = nullptr);

    /// Shows the figures of `table` for `filter`.
    void setLedger(std::shared_ptr<const analysis::IssueTable> table, const analysis::IssueFilter& filter);

    /// Writes the table shown to `path` (.csv or .xlsx).
    Result<void> exportTable(const QString& path) const;
    /// Writes chart `index` (0 categories, 1 trend, 2 closure rate, 3 top grids) as PNG.
    Result<void> exportChart(int index, const QString& path) const;

    QComboBox& groupBox() const { return *group_; }
    QTableWidget& table() const { return *table_; }
    QCustomPlot& chart(int index) const { return *charts_[static_cast<size_t>(index)]; }
    QTabWidget& tabs() const { return *tabs_; }

private:
    void refresh();
    void exportTableDialog();
    void exportChartDialog();

    QTabWidget* tabs_;
    QComboBox* group_;
    QTableWidget* table_;
    QLabel* summary_;
    QTabWidget* chartTabs_;
    std::array<QCustomPlot*, 4> charts_{};
    std::shared_ptr<const analysis::IssueTable> ledger_;
    analysis::IssueFilter filter_;
    analysis::Statistics shown_;
};

}  // namespace ga::app
