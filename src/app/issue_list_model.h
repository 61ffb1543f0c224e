#pragma once
// The issues passing the dock's filters as a table (number, category, severity, state, reported,
// grid, overdue), over the in-memory ledger: half a million rows cost an index vector, not a copy.
#include <QAbstractTableModel>
#include <memory>
#include <vector>

#include "analysis/issue_filter.h"
#include "analysis/issue_table.h"

namespace ga::app {

class IssueListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Category, Severity, State, Reported, Grid, Overdue, ColumnCount };

    explicit IssueListModel(QObject* parent = nullptr);

    /// Shows the issues of `table` passing `filter`, newest first.
    void setIssues(std::shared_ptr<const analysis::IssueTable> table, const analysis::IssueFilter& filter);
    /// The table row (IssueTable index) of model row `row`.
    uint32_t issueAt(int row) const { return rows_[static_cast<size_t>(row)]; }
    /// The model row showing the issue with store id `id`, or -1.
    int rowOfId(int64_t id) const;
    const std::shared_ptr<const analysis::IssueTable>& table() const { return table_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    std::shared_ptr<const analysis::IssueTable> table_;
    std::vector<uint32_t> rows_;
    ledger::Time now_{};
};

/// "2026-03-01 09:07" for seconds since 1970 (empty for kNoTime).
QString ledgerTimeText(int64_t seconds);

}  // namespace ga::app
