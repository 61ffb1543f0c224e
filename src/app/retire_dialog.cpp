#include "app/retire_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

#include "app/edit_overlay.h"
#include "app/map_tools.h"
#include "edit/merge.h"

namespace ga::app {

RetireDialog::RetireDialog(const edit::Workspace& ws, size_t grid, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("撤销网格"));
    const store::EditGrid& g = ws.grids()[grid];
    const long long own = ws.householdsOfGrid(g.code);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("撤销网格 %1 %2（%3 户）。它的区域、楼栋和事件并入：")
                                     .arg(QString::fromStdString(g.code), QString::fromStdString(g.name))
                                     .arg(own),
                                 this));
    list_ = new QListWidget(this);
    int inRange = -1;
    for (const auto& [slot, length] : edit::neighboursOf(ws, grid)) {
        const store::EditGrid& n = ws.grids()[slot];
        const long long after = ws.householdsOfGrid(n.code) + own;
        auto* item = new QListWidgetItem(
            tr("%1 %2：共用边界 %3，并入后 %4 户（%5）")
                .arg(QString::fromStdString(n.code), QString::fromStdString(n.name), formatLength(length))
                .arg(after)
                .arg(rangeStatusText(ws.range().classify(after))),
            list_);
        item->setData(Qt::UserRole, QString::fromStdString(n.code));
        item->setForeground(statusColour(ws.range().classify(after)));
        if (inRange < 0 && ws.range().classify(after) == RangeStatus::In) inRange = list_->count() - 1;
    }
    connect(list_, &QListWidget::currentRowChanged, this,
            [this] { emit neighbourChosen(QString::fromStdString(neighbour())); });
    list_->setCurrentRow(std::max(inRange, 0));
    list_->setMinimumWidth(460);
    // As tall as its rows: a grid has a handful of neighbours.
    list_->setFixedHeight(list_->sizeHintForRow(0) * std::max(list_->count(), 2) + 2 * list_->frameWidth() + 4);
    layout->addWidget(list_);
    layout->addWidget(new QLabel(
        tr("撤销后编码 %1 不再使用；并入的网格保留自己的编码、名称和网格员。").arg(QString::fromStdString(g.code)),
        this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list_, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    layout->addWidget(buttons);
}

std::string RetireDialog::neighbour() const {
    const QListWidgetItem* item = list_->currentItem();
    return item ? item->data(Qt::UserRole).toString().toStdString() : std::string();
}

}  // namespace ga::app
