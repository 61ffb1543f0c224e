#include "app/history_dock.h"

#include <QHeaderView>
#include <QVBoxLayout>

namespace ga::app {
namespace {

QString actionLabel(const std::string& action) {
    if (action == "split") return HistoryDock::tr("拆分");
    if (action == "merge") return HistoryDock::tr("合并");
    if (action == "retire_grid") return HistoryDock::tr("撤销网格");
    if (action == "create_grid") return HistoryDock::tr("新建网格");
    if (action == "reshape") return HistoryDock::tr("调整边界");
    if (action == "move_buildings") return HistoryDock::tr("移交楼栋");
    if (action == "building_add") return HistoryDock::tr("新增楼栋");
    if (action == "building_reshape") return HistoryDock::tr("修改楼栋");
    if (action == "building_delete") return HistoryDock::tr("删除楼栋");
    if (action == "undo") return HistoryDock::tr("撤销");
    if (action == "edit_attributes") return HistoryDock::tr("修改属性");
    if (action == "import") return HistoryDock::tr("导入");
    if (action == "export_unmasked") return HistoryDock::tr("未脱敏导出");
    return QString::fromStdString(action);
}

}  // namespace

HistoryDock::HistoryDock(QWidget* parent) : QDockWidget(tr("编辑历史"), parent) {
    setObjectName(QStringLiteral("historyDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    list_ = new QTreeWidget(body);
    list_->setObjectName(QStringLiteral("historyList"));
    list_->setRootIsDecorated(false);
    list_->setHeaderLabels({tr("编号"), tr("时间"), tr("操作员"), tr("操作"), tr("说明"), tr("状态")});
    list_->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    layout->addWidget(list_);
    rollback_ = new QPushButton(tr("回退到所选编辑之后"), body);
    rollback_->setObjectName(QStringLiteral("rollbackButton"));
    rollback_->setEnabled(false);
    layout->addWidget(rollback_);
    setWidget(body);
    connect(list_, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { rollback_->setEnabled(item != nullptr); });
    connect(rollback_, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = list_->currentItem())
            emit rollbackRequested(item->data(0, Qt::UserRole).toLongLong());
    });
}

void HistoryDock::setEntries(const std::vector<store::HistoryEntry>& entries) {
    list_->clear();
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        const store::HistoryEntry& e = *it;
        QString state;
        if (!e.inEffect)
            state = e.undoneBy ? tr("已撤销（#%1）").arg(*e.undoneBy) : tr("已撤销");
        else if (!e.undoable && e.changes == 0)
            state = tr("仅记录");
        auto* item = new QTreeWidgetItem(
            {QStringLiteral("#%1").arg(e.id), QString::fromStdString(e.at).replace(QLatin1Char('T'), QLatin1Char(' ')),
             QString::fromStdString(e.operatorName), actionLabel(e.action), QString::fromStdString(e.summary), state});
        item->setData(0, Qt::UserRole, static_cast<qlonglong>(e.id));
        item->setToolTip(4, QString::fromStdString(e.summary));
        if (!e.inEffect)
            for (int c = 0; c < 6; ++c) item->setForeground(c, QColor(0x9e, 0x9e, 0x9e));
        list_->addTopLevelItem(item);
    }
    for (int c = 0; c < 4; ++c) list_->resizeColumnToContents(c);
}

void HistoryDock::clear() { list_->clear(); }

}  // namespace ga::app
