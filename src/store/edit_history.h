#pragma once
// Reversible edits. Every row an edit changes is kept beside its edit-log entry with the row's
// values before and after (geometry included), exactly as stored. Undo applies the images back as
// a new logged edit (the log only grows); rolling back undoes every later edit still in effect.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/error.h"
#include "store/layers.h"
#include "store/project.h"

namespace ga::store {

/// One stored value, with SQLite's own type: NULL, integer, real, text or blob (geometry).
using CellValue = std::variant<std::monostate, int64_t, double, std::string, std::vector<uint8_t>>;

/// Some or all columns of one row, by column name ("geom" holds the SpatiaLite blob).
struct RowImage {
    std::vector<std::pair<std::string, CellValue>> cells;

    /// The value of `column`, or null when the image does not hold it.
    const CellValue* find(std::string_view column) const;
    /// Sets `column` (added when missing).
    void set(std::string_view column, CellValue value);
    friend bool operator==(const RowImage&, const RowImage&) = default;
};

/// A change to one feature row: no `before` for a new row, no `after` for a deleted one; an
/// update names the same columns in both.
struct FeatureChange {
    Layer layer = Layer::Grids;
    int64_t id = 0;
    std::optional<RowImage> before, after;
    /// Grids: the row before is a version of its own (kept in grid_history). False for changes
    /// that only add a vertex where a neighbour's new boundary meets it.
    bool newVersion = true;
    /// A support table the row is in instead of the layer's (one of supportTables()).
    std::string table = {};

    /// The table the row is in.
    std::string_view tableName() const;
};

/// Tables besides the layers whose rows an edit may change, with their integer key column:
/// the geocoding review queue and the household → building links (both keyed by household), and
/// the review candidates (keyed by household and rank: a change's id is household * 256 + rank).
std::span<const std::pair<std::string_view, std::string_view>> supportTables();

/// The rows one edit changes, in the order they are written.
struct ChangeSet {
    std::vector<FeatureChange> changes;
    bool empty() const { return changes.empty(); }
};

/// Every column of row `id` of `layer`; nullopt when there is no such row.
Result<std::optional<RowImage>> readRow(Project& project, Layer layer, int64_t id);
/// Columns `columns` of row `id`; nullopt when there is no such row.
Result<std::optional<RowImage>> readColumns(Project& project, Layer layer, int64_t id,
                                            std::span<const std::string> columns);

/// Columns `columns` of the row keyed `key` in support table `table` (one of supportTables());
/// nullopt when there is no such row.
Result<std::optional<RowImage>> readSupportRow(Project& project, std::string_view table, int64_t key,
                                               std::span<const std::string> columns);

/// Every row of support table `table` whose integer column `column` holds `value`, whole, each
/// with its key as a FeatureChange names it (review candidates naming a building about to go).
Result<std::vector<std::pair<int64_t, RowImage>>> readSupportRowsWhere(Project& project, std::string_view table,
                                                                       std::string_view column, int64_t value);
/// Applies `changes` and logs them as `entry` in one transaction. Every row must still hold its
/// before image (else the edit is stale: refused, nothing changed). Grids that change or go keep
/// their previous version in grid_history; grid codes are recorded as issued, retired and
/// brought back. Returns the edit-log id.
Result<int64_t> commitChanges(Project& project, const ChangeSet& changes, const EditLogEntry& entry);

/// What the edit log says about one entry, with its undo state.
struct HistoryEntry {
    int64_t id = 0;
    std::string at, operatorName, action, target, summary;
    std::optional<int64_t> undoneBy;  ///< the entry that undid this one
    std::optional<int64_t> undoes;    ///< for undo entries: the entry undone
    bool inEffect = true;             ///< not undone, or its undo was undone in turn
    bool undoable = false;            ///< it changed rows that can be put back
    size_t changes = 0;               ///< rows changed
};

/// The whole edit log, oldest first.
Result<std::vector<HistoryEntry>> listHistory(Project& project);
/// The rows edit `editId` changed (empty for entries that changed none, such as exports).
Result<ChangeSet> changesOf(Project& project, int64_t editId);

/// Undoes edit `editId` as a new edit (action "undo"): refused when it is not in effect, changed
/// nothing that can be put back, or a later edit changed the same rows since. Returns the new id.
Result<int64_t> undoEdit(Project& project, int64_t editId, const std::string& operatorName);
/// Undoes the newest edit still in effect, stepping over undo entries and audit entries (exports);
/// returns the new entry's id, 0 when there is nothing to undo.
Result<int64_t> undoLast(Project& project, const std::string& operatorName);
/// Rolls the project back to how it was right after edit `editId` (0: before the first edit that
/// can be undone), in one transaction: every later edit still in effect is undone, newest first;
/// exports are stepped over. Refused, nothing changed, when an import or settings change lies in
/// between. Returns the ids of the undo entries written.
Result<std::vector<int64_t>> rollbackTo(Project& project, int64_t editId, const std::string& operatorName);

/// True for log actions that record who did something without changing features (unmasked
/// exports and reveals of personal data).
bool isAuditAction(std::string_view action);

}  // namespace ga::store
