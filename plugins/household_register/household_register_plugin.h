#pragma once
// Importer plugin for hand-kept household registers (see register_layout.h for the layout).
#include <QObject>

#include "plugin_api/importer_plugin.h"

namespace ga::plugin::household_register {

class HouseholdRegisterPlugin : public QObject, public ImporterPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GRIDATLAS_IMPORTER_PLUGIN_IID FILE "household_register.json")
    Q_INTERFACES(ga::plugin::ImporterPlugin)

public:
    QString name() const override;
    QString description() const override;
    QString fileFilter() const override;
    /// Finds the layout, fills merged building/unit cells down, composes each address and hands
    /// the households to the host; rows without a room or repeating a room are rejected.
    Result<void> importFile(const QString& path, const QString& sheet, ImportHost& host) override;
};

}  // namespace ga::plugin::household_register
