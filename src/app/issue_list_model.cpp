#include "app/issue_list_model.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

#include "ledger/vocabulary.h"
#include "ledger/workflow.h"

namespace ga::app {

QString ledgerTimeText(int64_t seconds) {
    if (seconds == analysis::kNoTime) return {};
    const std::string t = ledger::formatTime(ledger::Time{std::chrono::seconds{seconds}});
    return QString::fromStdString(t.substr(0, 10) + " " + t.substr(11, 5));
}

IssueListModel::IssueListModel(QObject* parent) : QAbstractTableModel(parent) {}

void IssueListModel::setIssues(std::shared_ptr<const analysis::IssueTable> table, const analysis::IssueFilter& filter) {
    beginResetModel();
    table_ = std::move(table);
    now_ = filter.now;
    rows_ = table_ ? analysis::selectIssues(*table_, filter) : std::vector<uint32_t>{};
    if (table_) {
        const analysis::IssueTable& t = *table_;
        std::stable_sort(rows_.begin(), rows_.end(), [&](uint32_t a, uint32_t b) { return t.reportedAt(a) > t.reportedAt(b); });
    }
    endResetModel();
}

int IssueListModel::rowOfId(int64_t id) const {
    for (size_t r = 0; r < rows_.size(); ++r)
        if (table_->id(rows_[r]) == id) return static_cast<int>(r);
    return -1;
}

int IssueListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int IssueListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant IssueListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !table_) return {};
    const analysis::IssueTable& t = *table_;
    const uint32_t i = rows_[static_cast<size_t>(index.row())];
    const bool overdue = t.overdue(i, now_);
    if (role == Qt::ForegroundRole && overdue) return QBrush(QColor(0xB3, 0x26, 0x1E));
    if (role == Qt::ToolTipRole && !t.located(i)) return tr("没有位置，不在地图上");
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Number: return QString::fromStdString(t.issueId(i).empty() ? std::to_string(t.id(i)) : t.issueId(i));
    case Category: return QString::fromStdString(t.categories()[t.category(i)]);
    case Severity: return QString::fromUtf8(ledger::severityName(static_cast<ledger::Severity>(t.severity(i))));
    case State: return QString::fromUtf8(ledger::stateName(static_cast<ledger::State>(t.state(i))));
    case Reported: return ledgerTimeText(t.reportedAt(i));
    case Grid: return t.grid(i) == analysis::kNoGrid ? QString() : QString::fromStdString(t.grids()[t.grid(i)].name);
    case Overdue: return overdue ? tr("超期") : QString();
    default: return {};
    }
}

QVariant IssueListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("编号");
    case Category: return tr("类别");
    case Severity: return tr("等级");
    case State: return tr("状态");
    case Reported: return tr("上报时间");
    case Grid: return tr("网格");
    case Overdue: return tr("超期");
    default: return {};
    }
}

void IssueListModel::sort(int column, Qt::SortOrder order) {
    if (!table_) return;
    const analysis::IssueTable& t = *table_;
    const auto key = [&](uint32_t i) -> std::tuple<int64_t, std::string_view> {
        switch (column) {
        case Number: return {0, t.issueId(i)};
        case Category: return {t.category(i), {}};
        case Severity: return {t.severity(i), {}};
        case State: return {t.state(i), {}};
        case Grid: return {0, t.grid(i) == analysis::kNoGrid ? std::string_view() : std::string_view(t.grids()[t.grid(i)].code)};
        case Overdue: return {t.overdue(i, now_) ? 1 : 0, {}};
        default: return {t.reportedAt(i), {}};
        }
    };
    emit layoutAboutToBeChanged();
    std::stable_sort(rows_.begin(), rows_.end(), [&](uint32_t a, uint32_t b) {
        return order == Qt::AscendingOrder ? key(a) < key(b) : key(b) < key(a);
    });
    emit layoutChanged();
}

}  // namespace ga::app
