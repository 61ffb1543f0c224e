#include "app/plugins_dialog.h"

#include <QFileInfo>
#include <QHeaderView>

#include "ui_plugins_dialog.h"

namespace ga::app {

PluginsDialog::PluginsDialog(const PluginManager& plugins, const QStringList& directories, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::PluginsDialog>()) {
    ui_->setupUi(this);
    for (const PluginInfo& p : plugins.plugins()) {
        auto* item =
            new QTreeWidgetItem(ui_->tree, {p.name.isEmpty() ? QFileInfo(p.file).fileName() : p.name, p.kind,
                                            p.error.isEmpty() ? tr("已加载") : tr("未加载：%1").arg(p.error), p.file});
        item->setToolTip(2, p.error);
        item->setData(0, Qt::UserRole, p.description);
    }
    ui_->tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(ui_->tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        ui_->description->setText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
    if (ui_->tree->topLevelItemCount() > 0)
        ui_->tree->setCurrentItem(ui_->tree->topLevelItem(0));
    else
        ui_->description->setText(tr("没有找到插件。"));
    ui_->directories->setText(tr("插件目录：%1").arg(directories.join(QStringLiteral("；"))));
}

PluginsDialog::~PluginsDialog() = default;

}  // namespace ga::app
