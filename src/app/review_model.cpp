#include "app/review_model.h"

namespace ga::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

ReviewModel::ReviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReviewModel::setRows(std::vector<store::ReviewRow> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    revealed_.clear();
    endResetModel();
}

const store::ReviewRow* ReviewModel::row(int r) const {
    return r >= 0 && r < static_cast<int>(rows_.size()) ? &rows_[static_cast<size_t>(r)] : nullptr;
}

void ReviewModel::reveal(int64_t household, const store::PersonalData& data) {
    revealed_[household] = data;
    for (size_t r = 0; r < rows_.size(); ++r)
        if (rows_[r].household == household)
            emit dataChanged(index(static_cast<int>(r), Name), index(static_cast<int>(r), Phone));
}

int ReviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ReviewModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReviewModel::data(const QModelIndex& index, int role) const {
    const store::ReviewRow* r = row(index.row());
    if (!r) return {};
    const auto shown = revealed_.find(r->household);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case HouseholdId:
                return q(r->householdId);
            case Address:
                return q(r->address);
            case Reason:
                return reasonText(q(r->reason));
            case Name:
                return shown != revealed_.end() ? q(shown->second.name) : q(r->name);
            case Phone:
                return shown != revealed_.end() ? q(shown->second.phone) : q(r->phone);
            case Candidates:
                return static_cast<int>(r->candidates.size());
            default:
                return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason) return q(r->reason);
    if (role == Qt::ToolTipRole && index.column() == Address) return q(r->address);
    if (role == Qt::ToolTipRole && (index.column() == Name || index.column() == Phone) && shown == revealed_.end())
        return tr("个人信息已遮蔽；查看原文会记入编辑日志");
    if (role == Qt::TextAlignmentRole && index.column() == Candidates)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case HouseholdId:
            return tr("户编号");
        case Address:
            return tr("地址");
        case Reason:
            return tr("原因");
        case Name:
            return tr("户主");
        case Phone:
            return tr("电话");
        case Candidates:
            return tr("候选");
        default:
            return {};
    }
}

QString ReviewModel::reasonText(const QString& id) {
    static const std::pair<const char*, const char*> kTexts[] = {
        {"compound_name", QT_TR_NOOP("小区名与楼号一致")},
        {"compound_alias", QT_TR_NOOP("按小区别名（曾用名、保存的写法）")},
        {"compound_without_phase", QT_TR_NOOP("小区名缺少期/区")},
        {"compound_shortened", QT_TR_NOOP("小区名简写")},
        {"compound_in_text", QT_TR_NOOP("小区名夹在其他文字中")},
        {"compound_similar", QT_TR_NOOP("小区名相近（错字、同音字）")},
        {"road_door", QT_TR_NOOP("路名与门牌号")},
        {"compound_gate", QT_TR_NOOP("小区门牌与楼号")},
        {"building_number_only", QT_TR_NOOP("只有楼号，缺小区或道路")},
        {"address_alias", QT_TR_NOOP("人工关联过的地址")},
        {"point_in_building", QT_TR_NOOP("坐标落在楼栋内")},
        {"point_confirmed", QT_TR_NOOP("坐标与地址一致")},
        {"empty_address", QT_TR_NOOP("地址为空")},
        {"not_an_address", QT_TR_NOOP("不是地址（乱码或符号）")},
        {"too_long", QT_TR_NOOP("地址过长")},
        {"outside_project", QT_TR_NOOP("其他区县或街道的地址")},
        {"compound_not_found", QT_TR_NOOP("找不到该小区或道路")},
        {"no_compound_or_road", QT_TR_NOOP("只有楼号，缺小区或道路")},
        {"building_not_found", QT_TR_NOOP("小区内没有该楼号")},
        {"door_not_found", QT_TR_NOOP("该道路没有此门牌号")},
        {"no_building_number", QT_TR_NOOP("地址只到小区或道路")},
        {"ambiguous", QT_TR_NOOP("多个楼栋同样符合")},
        {"doubtful", QT_TR_NOOP("可信度低于自动关联阈值")},
        {"point_disagrees", QT_TR_NOOP("坐标与地址指向不同楼栋")},
        {"manual", QT_TR_NOOP("人工关联")},
    };
    const std::string key = id.toStdString();
    for (const auto& [k, text] : kTexts)
        if (key == k) return tr(text);
    return id;
}

}  // namespace ga::app
