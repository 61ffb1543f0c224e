#pragma once
// Every row of a spreadsheet sheet or CSV file as text cells, title rows included: what
// importer plugins read their own layouts from. XLSX goes through io's GDAL boundary, CSV through
// io's encoding detection and line splitting.
#include <QList>
#include <QString>
#include <QStringList>

#include "core/error.h"

namespace ga::app {

/// Row i of the result is row i + 1 of the sheet (empty rows kept as empty lists), a merged
/// cell's text in its first cell. `sheet` picks a sheet by name (the first when empty).
Result<QList<QStringList>> readTableRows(const QString& path, const QString& sheet);

}  // namespace ga::app
