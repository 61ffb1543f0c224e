#pragma once
// The interface of importer plugins: a plugin knows one file layout; the workstation reads the
// file's cells and writes the households through its own io and store code, so a plugin holds
// no GDAL or SQL and everything it imports lands in one transaction or not at all.
#include <QList>
#include <QString>
#include <QStringList>
#include <QtPlugin>
#include <optional>

#include "core/error.h"

namespace ga::plugin {

/// One household as an importer hands it over (target fields of the households layer).
struct HouseholdRecord {
    QString householdId;  ///< unique in the project
    QString address;      ///< full address, compound + building + unit + room
    QString name;         ///< head of household (personal: stored apart, masked on display)
    QString idNumber;     ///< personal
    QString phone;        ///< personal
    QString tags;         ///< personal
    std::optional<int> members;
    QString source;  ///< "file.xlsx:12", for messages
};

/// What the workstation offers an importer while it runs (implemented by the app over io/store).
class ImportHost {
public:
    virtual ~ImportHost() = default;
    /// Every row of `sheet` (the first when empty) of an XLSX or CSV file as text cells, title
    /// rows included; a merged cell's text is in its first cell, the others are empty.
    virtual Result<QList<QStringList>> readRows(const QString& path, const QString& sheet) = 0;
    /// Adds one household to the import; nothing is written before the importer returns success.
    virtual Result<void> addHousehold(const HouseholdRecord& household) = 0;
    /// Reports a row that cannot be used; the import goes on without it.
    virtual void reject(const QString& source, const QString& reason) = 0;
    /// Reports progress in rows.
    virtual void progress(qint64 done, qint64 total) = 0;
    /// True once the user has cancelled; the importer should return soon.
    virtual bool isCancelled() const = 0;
};

/// An importer for one file layout, found by the workstation in its plugins directory.
class ImporterPlugin {
public:
    virtual ~ImporterPlugin() = default;
    /// Name shown in the File → Import menu and in Help → Plugins.
    virtual QString name() const = 0;
    /// One sentence on the layout the plugin reads.
    virtual QString description() const = 0;
    /// File dialog filter, e.g. "住户登记表 (*.xlsx *.csv)".
    virtual QString fileFilter() const = 0;
    /// Reads `path` through `host` and hands its households over; the error names file and row.
    virtual Result<void> importFile(const QString& path, const QString& sheet, ImportHost& host) = 0;
};

}  // namespace ga::plugin

#define GRIDATLAS_IMPORTER_PLUGIN_IID "org.gridatlas.ImporterPlugin/1.0"
Q_DECLARE_INTERFACE(ga::plugin::ImporterPlugin, GRIDATLAS_IMPORTER_PLUGIN_IID)
