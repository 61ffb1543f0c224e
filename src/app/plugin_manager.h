#pragma once
// Finds and loads the workstation's plugins (Qt plugins implementing the interfaces in
// src/plugin_api) from the plugins directory next to the executable, the build tree and
// $GRIDATLAS_PLUGIN_PATH, and keeps them loaded for the session.
#include <QList>
#include <QObject>
#include <QPluginLoader>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

#include "plugin_api/importer_plugin.h"
#include "plugin_api/map_tool.h"

namespace ga::app {

struct PluginInfo {
    QString file;  ///< absolute path of the library
    QString name;  ///< the plugin's own name (empty when it did not load)
    QString description;
    QString kind;   ///< "importer", "map tool", or both joined
    QString error;  ///< why it did not load ("" when loaded)
};

class PluginManager {
public:
    /// The directories searched, in order: $GRIDATLAS_PLUGIN_PATH (colon-separated), `plugins`
    /// next to the executable, and the build tree's plugins directory.
    static QStringList defaultDirectories();

    /// Loads every library in `directories`; a file name already loaded from an earlier directory
    /// is skipped. Libraries that are not GridAtlas plugins are listed with the reason.
    void loadFrom(const QStringList& directories);

    const QList<PluginInfo>& plugins() const { return plugins_; }
    const QList<plugin::ImporterPlugin*>& importers() const { return importers_; }
    const QList<plugin::MapToolPlugin*>& mapTools() const { return mapTools_; }

private:
    std::vector<std::unique_ptr<QPluginLoader>> loaders_;
    QList<PluginInfo> plugins_;
    QList<plugin::ImporterPlugin*> importers_;
    QList<plugin::MapToolPlugin*> mapTools_;
};

}  // namespace ga::app
