#pragma once
// Help → Plugins: what was found in the plugins directories, loaded or not and why.
#include <QDialog>
#include <memory>

#include "app/plugin_manager.h"

namespace Ui {
class PluginsDialog;
}

namespace ga::app {

class PluginsDialog : public QDialog {
    Q_OBJECT

public:
    PluginsDialog(const PluginManager& plugins, const QStringList& directories, QWidget* parent = nullptr);
    ~PluginsDialog() override;

private:
    std::unique_ptr<Ui::PluginsDialog> ui_;
};

}  // namespace ga::app
