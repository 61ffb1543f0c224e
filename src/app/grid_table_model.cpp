#include "app/grid_table_model.h"

#include <QBrush>
#include <QColor>

#include "store/grid_staff.h"

namespace ga::app {

QString statusText(RangeStatus s) {
    switch (s) {
        case RangeStatus::Under:
            return GridTableModel::tr("户数不足");
        case RangeStatus::In:
            return GridTableModel::tr("户数达标");
        case RangeStatus::Over:
            return GridTableModel::tr("户数超标");
    }
    return {};
}

Result<void> GridTableModel::reload(store::Project& project) {
    auto grids = store::gridCounts(project);
    if (!grids) return std::unexpected(grids.error());
    auto leaders = store::gridLeaders(project);
    if (!leaders) return std::unexpected(leaders.error());
    setGrids(std::move(*grids), std::move(*leaders));
    return {};
}

void GridTableModel::setGrids(std::vector<store::GridCount> grids, std::map<std::string, std::string> leaders) {
    beginResetModel();
    grids_ = std::move(grids);
    leaders_ = std::move(leaders);
    endResetModel();
}

void GridTableModel::clear() {
    beginResetModel();
    grids_.clear();
    leaders_.clear();
    endResetModel();
}

int GridTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(grids_.size());
}

int GridTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant GridTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const store::GridCount& g = grids_[static_cast<size_t>(index.row())];
    if (role == kIdRole) return QVariant::fromValue<qint64>(g.id);
    const auto col = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole || role == kSortRole) {
        switch (col) {
            case Code:
                return QString::fromStdString(g.code);
            case Name:
                return QString::fromStdString(g.name);
            case Community:
                return QString::fromStdString(g.community);
            case Households:
                return role == kSortRole ? QVariant(g.households) : QVariant(QString::number(g.households));
            case Population:
                return role == kSortRole ? QVariant(g.population) : QVariant(QString::number(g.population));
            case Status:
                return role == kSortRole ? QVariant(static_cast<int>(g.status)) : QVariant(statusText(g.status));
            case Leader: {
                const auto it = leaders_.find(g.code);
                return it == leaders_.end() ? QString() : QString::fromStdString(it->second);
            }
            case ColumnCount:
                break;
        }
    }
    if (role == Qt::TextAlignmentRole && (col == Households || col == Population))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && col == Status && g.status != RangeStatus::In)
        return QBrush(g.status == RangeStatus::Over ? QColor(0xB3, 0x5C, 0x00) : QColor(0x1F, 0x5F, 0x99));
    if (role == Qt::ToolTipRole && col == Households)
        return tr("%1 栋楼，户数来源：%2")
            .arg(g.buildings)
            .arg(g.source == store::HouseholdSource::Links       ? tr("住户关联")
                 : g.source == store::HouseholdSource::Attribute ? tr("楼栋户数属性")
                 : g.source == store::HouseholdSource::Mixed     ? tr("住户关联与楼栋属性")
                                                                 : tr("无"));
    return {};
}

QVariant GridTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
        case Code:
            return tr("网格编码");
        case Name:
            return tr("网格名称");
        case Community:
            return tr("所属社区");
        case Households:
            return tr("户数");
        case Population:
            return tr("人口");
        case Status:
            return tr("状态");
        case Leader:
            return tr("网格长");
        case ColumnCount:
            break;
    }
    return {};
}

int GridTableModel::rowOfGrid(int64_t id) const {
    for (size_t i = 0; i < grids_.size(); ++i)
        if (grids_[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace ga::app
