#pragma once
// The project schema: creation of every table, and migrations from older versions.
#include "core/error.h"
#include "store/sqlite.h"

namespace ga::store {

/// Creates all tables and registers geometry columns in SRID `srid` (call inside a transaction).
Result<void> createSchema(Database& db, int srid);
/// Registers geometry columns once the project CRS is known (a project created without --crs).
Result<void> registerGeometryColumns(Database& db, int srid);
/// Brings an older schema up to kSchemaVersion (inside a transaction).
Result<void> migrate(Database& db, int fromVersion);

}  // namespace ga::store
