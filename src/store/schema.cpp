#include "store/schema.h"

#include <fmt/format.h>

#include "store/layers.h"
#include "store/project.h"

namespace ga::store {
namespace {

std::string_view sqlType(FieldType t) {
    switch (t) {
    case FieldType::Integer: return "INTEGER";
    case FieldType::Real: return "REAL";
    case FieldType::Blob: return "BLOB";
    case FieldType::Text:
    case FieldType::Date: return "TEXT";
    }
    return "TEXT";
}

// Columns each layer has beyond its target fields: links computed by GridAtlas.
std::string_view extraColumns(Layer l) {
    switch (l) {
    case Layer::Buildings: return ", grid TEXT";
    case Layer::Households: return ", state TEXT NOT NULL DEFAULT 'active'";
    case Layer::Issues: return ", grid TEXT, location_derived INTEGER NOT NULL DEFAULT 0";
    default: return "";
    }
}

std::string layerTable(const LayerDef& def) {
    std::string sql = fmt::format("CREATE TABLE {} (id INTEGER PRIMARY KEY", def.name);
    for (const FieldDef& f : def.fields) {
        if (f.personal) continue;
        sql += fmt::format(", \"{}\" {}", f.name, sqlType(f.type));
        if (f.required) sql += " NOT NULL";
        if (f.name == def.key) sql += " UNIQUE";
    }
    sql += extraColumns(def.layer);
    sql += ");\n";
    return sql;
}

// Each household's link to its building (户进房), kept out of the wide households row so that a
// geocoding run rewrites a narrow table: a row per household the geocoder or an operator has
// placed or judged (no building when it was sent to review). Level, reason and method are ids.
constexpr std::string_view kHouseholdLinks = R"sql(
CREATE TABLE household_links (
  household INTEGER PRIMARY KEY REFERENCES households(id) ON DELETE CASCADE,
  building INTEGER REFERENCES buildings(id) ON DELETE SET NULL,
  level TEXT, confidence REAL, reason TEXT, method TEXT);
CREATE INDEX household_links_building ON household_links(building);
)sql";

// Version 1 (the first release) kept the link in five columns of the households row. They move
// to household_links; the columns stay, emptied, since SQLite cannot drop a foreign-key column
// and rebuilding a SpatiaLite geometry table is not worth it for five unread columns.
constexpr std::string_view kLinksOutOfHouseholds = R"sql(
INSERT INTO household_links (household, building, level, confidence, reason, method)
  SELECT id, building_id, match_level, confidence, match_reason, link_method FROM households
  WHERE building_id IS NOT NULL OR match_level IS NOT NULL OR match_reason IS NOT NULL OR link_method IS NOT NULL;
DROP INDEX IF EXISTS households_building;
UPDATE households SET building_id = NULL, match_level = NULL, confidence = NULL, match_reason = NULL,
  link_method = NULL
  WHERE building_id IS NOT NULL OR match_level IS NOT NULL OR confidence IS NOT NULL OR match_reason IS NOT NULL
     OR link_method IS NOT NULL;
)sql";

constexpr std::string_view kSupportTables = R"sql(
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- Residents' personal data: deliberately not a registered map layer.
CREATE TABLE household_personal (
  household INTEGER PRIMARY KEY REFERENCES households(id) ON DELETE CASCADE,
  name TEXT, id_number TEXT, id_valid INTEGER, phone TEXT, tags TEXT);
-- Every grid code ever issued: codes are never reused.
CREATE TABLE grid_codes (code TEXT PRIMARY KEY, issued_at TEXT NOT NULL, retired_at TEXT);
-- Retired grids and earlier versions of active ones.
CREATE TABLE grid_history (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT, community TEXT, population INTEGER,
  start_date TEXT, end_date TEXT NOT NULL, notes TEXT, reason TEXT, edit_id INTEGER, geom_wkb BLOB);
CREATE TABLE edit_log (
  id INTEGER PRIMARY KEY, at TEXT NOT NULL, operator TEXT NOT NULL, action TEXT NOT NULL,
  target TEXT, summary TEXT, detail TEXT, undone_by INTEGER);
-- Rows each logged edit changed, with their values before and after (undo, history).
CREATE TABLE edit_changes (
  id INTEGER PRIMARY KEY, edit INTEGER NOT NULL REFERENCES edit_log(id), layer TEXT NOT NULL,
  feature INTEGER NOT NULL, has_before INTEGER NOT NULL, has_after INTEGER NOT NULL,
  new_version INTEGER NOT NULL DEFAULT 1);
-- One value of a changed row, kept with SQLite's own type ('b' before, 'a' after).
CREATE TABLE edit_values (
  change INTEGER NOT NULL REFERENCES edit_changes(id), side TEXT NOT NULL, col TEXT NOT NULL, value,
  PRIMARY KEY (change, side, col)) WITHOUT ROWID;
CREATE TABLE issue_events (
  id INTEGER PRIMARY KEY, issue INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
  from_state TEXT, to_state TEXT NOT NULL, actor TEXT, at TEXT NOT NULL, note TEXT,
  action TEXT, level TEXT, deadline TEXT);
CREATE TABLE address_aliases (alias TEXT PRIMARY KEY, canonical TEXT NOT NULL, kind TEXT NOT NULL);
-- Households the geocoder left for an operator (户进房 review), each with its ranked candidates.
CREATE TABLE review_queue (
  household INTEGER PRIMARY KEY REFERENCES households(id) ON DELETE CASCADE,
  reason TEXT NOT NULL, level TEXT, queued_at TEXT NOT NULL);
CREATE TABLE review_candidates (
  household INTEGER NOT NULL REFERENCES review_queue(household) ON DELETE CASCADE, rank INTEGER NOT NULL,
  building INTEGER NOT NULL REFERENCES buildings(id) ON DELETE CASCADE, confidence REAL NOT NULL,
  PRIMARY KEY (household, rank)) WITHOUT ROWID;
CREATE INDEX buildings_grid ON buildings(grid);
CREATE INDEX review_candidates_building ON review_candidates(building);
CREATE INDEX issues_grid ON issues(grid);
CREATE INDEX issue_events_issue ON issue_events(issue);
CREATE INDEX staff_grid ON staff(grid);
CREATE INDEX grids_community ON grids(community);
CREATE INDEX edit_changes_edit ON edit_changes(edit);
CREATE INDEX edit_changes_feature ON edit_changes(layer, feature);
)sql";

}  // namespace

Result<void> createSchema(Database& db, int srid) {
    if (auto r = db.exec("SELECT InitSpatialMetadata(0)"); !r) return r;
    std::string ddl;
    for (const LayerDef& def : allLayers()) ddl += layerTable(def);
    ddl += kSupportTables;
    ddl += kHouseholdLinks;
    if (auto r = db.exec(ddl); !r) return r;
    if (auto r = db.exec(fmt::format("PRAGMA user_version = {}; PRAGMA application_id = {};", kSchemaVersion,
                                     kApplicationId));
        !r)
        return r;
    if (srid > 0) return registerGeometryColumns(db, srid);
    return {};
}

Result<void> registerGeometryColumns(Database& db, int srid) {
    auto known = db.scalarInt(fmt::format("SELECT count(*) FROM spatial_ref_sys WHERE srid = {}", srid));
    if (!known) return std::unexpected(known.error());
    if (known->value_or(0) == 0) return fail(fmt::format("EPSG:{} is not a CRS SpatiaLite knows", srid));
    for (const LayerDef& def : allLayers()) {
        if (def.geometry == GeometryKind::None) continue;
        auto st = db.prepare("SELECT AddGeometryColumn(?, 'geom', ?, ?, 'XY')");
        if (!st) return std::unexpected(st.error());
        st->bind(1, def.name).bind(2, srid).bind(3, geometryTypeName(def.geometry));
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row || st->integer(0) != 1)
            return fail(fmt::format("cannot register the geometry column of layer '{}' in EPSG:{}", def.name, srid));
        if (def.spatialIndex) {
            if (auto r = db.exec(fmt::format("SELECT CreateSpatialIndex('{}', 'geom')", def.name)); !r) return r;
        }
    }
    return {};
}

Result<void> migrate(Database& db, int fromVersion) {
    if (fromVersion == kSchemaVersion) return {};
    if (fromVersion != 1)
        return fail(fmt::format("no migration from schema version {} to {}", fromVersion, kSchemaVersion));
    // Development builds between the two versions wrote schema 1 files that have the new table
    // already: each step is taken only where it is still needed.
    auto hasLinks = db.scalarInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'household_links'");
    if (!hasLinks) return std::unexpected(hasLinks.error());
    auto hasOldColumns = db.scalarInt("SELECT count(*) FROM pragma_table_info('households') WHERE name = 'building_id'");
    if (!hasOldColumns) return std::unexpected(hasOldColumns.error());
    std::string sql;
    if (hasLinks->value_or(0) == 0) sql += kHouseholdLinks;
    if (hasOldColumns->value_or(0) > 0) sql += kLinksOutOfHouseholds;
    sql += fmt::format("PRAGMA user_version = {};", kSchemaVersion);
    return db.exec(sql);
}

}  // namespace ga::store
