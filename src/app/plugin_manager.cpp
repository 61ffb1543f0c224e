#include "app/plugin_manager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QSet>

namespace ga::app {

QStringList PluginManager::defaultDirectories() {
    QStringList dirs;
    for (const QString& d : qEnvironmentVariable("GRIDATLAS_PLUGIN_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        dirs << d;
    dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/plugins");
    dirs << QStringLiteral(GRIDATLAS_BUILD_PLUGIN_DIR);
    dirs.removeDuplicates();
    return dirs;
}

void PluginManager::loadFrom(const QStringList& directories) {
    QSet<QString> seen;
    for (const PluginInfo& p : plugins_) seen.insert(QFileInfo(p.file).fileName());
    for (const QString& dirPath : directories) {
        const QDir dir(dirPath);
        if (!dir.exists()) continue;
        for (const QFileInfo& f : dir.entryInfoList(QDir::Files, QDir::Name)) {
            if (!QLibrary::isLibrary(f.fileName()) || seen.contains(f.fileName())) continue;
            seen.insert(f.fileName());
            PluginInfo info{f.absoluteFilePath(), {}, {}, {}, {}};
            auto loader = std::make_unique<QPluginLoader>(f.absoluteFilePath());
            QObject* instance = loader->instance();
            if (!instance) {
                info.error = loader->errorString();
                plugins_ << info;
                continue;
            }
            QStringList kinds;
            if (auto* importer = qobject_cast<plugin::ImporterPlugin*>(instance)) {
                importers_ << importer;
                info.name = importer->name();
                info.description = importer->description();
                kinds << QCoreApplication::translate("PluginManager", "导入");
            }
            if (auto* tool = qobject_cast<plugin::MapToolPlugin*>(instance)) {
                mapTools_ << tool;
                if (info.name.isEmpty()) info.name = tool->name();
                if (info.description.isEmpty()) info.description = tool->description();
                kinds << QCoreApplication::translate("PluginManager", "地图工具");
            }
            if (kinds.isEmpty()) {
                info.error =
                    QCoreApplication::translate("PluginManager", "不是网格图谱插件（未实现导入或地图工具接口）");
                loader->unload();
            } else {
                info.kind = kinds.join(QStringLiteral("、"));
                loaders_.push_back(std::move(loader));
            }
            plugins_ << info;
        }
    }
}

}  // namespace ga::app
