#pragma once
// An importer plugin run as an import job: the plugin reads its layout through the host below,
// and the households it hands over go into the project through io's household import, so they
// are checked, written and logged exactly as a register imported with `gridatlas-cli import`.
#include <QString>

#include "app/import_job.h"
#include "plugin_api/importer_plugin.h"

namespace ga::app {

/// The work of importing `file` (sheet `sheet`, "" = first) with `importer`; households whose
/// id is in the project already are updated.
ImportJob::Work pluginImport(plugin::ImporterPlugin& importer, const QString& file, const QString& sheet,
                             const std::string& operatorName);

}  // namespace ga::app
