#pragma once
// A map tool plugin for the tests only (not shipped): marks the clicked point and reports its
// coordinates, so the tests can drive the map-tool side of the plugin interface end to end.
#include <QObject>

#include "plugin_api/map_tool.h"

namespace ga::test {

class ClickMarkerPlugin : public QObject, public plugin::MapToolPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GRIDATLAS_MAP_TOOL_PLUGIN_IID)
    Q_INTERFACES(ga::plugin::MapToolPlugin)

public:
    QString name() const override { return QStringLiteral("Click marker"); }
    QString description() const override { return QStringLiteral("Marks a clicked point (test plugin)"); }
    QIcon icon() const override { return {}; }
    std::unique_ptr<plugin::MapTool> createTool(plugin::MapCanvasAccess& canvas) override;
};

}  // namespace ga::test
