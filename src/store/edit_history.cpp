#include "store/edit_history.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>

#include "core/json_writer.h"
#include "geo/wkb.h"
#include "store/sqlite.h"

namespace ga::store {
namespace {

// Log actions whose changes are not kept as row images and cannot be stepped over: what came
// after them depends on them.
constexpr std::string_view kBarrierActions[] = {"import", "config"};
// Actions whose detail holds the values before and after (store/attribute_edits.cpp).
constexpr std::string_view kAttributeEdit = "edit_attributes", kAddFeature = "add_feature";
constexpr std::string_view kUndo = "undo";

std::string today() {
    const std::time_t now = std::time(nullptr);
    return fmt::format("{:%F}", fmt::localtime(now));
}

std::string quoted(std::string_view column) { return fmt::format("\"{}\"", column); }

constexpr std::pair<std::string_view, std::string_view> kSupportTables[] = {
    {"review_queue", "household"}, {"household_links", "household"}, {"review_candidates", "household"}};

// Support tables keyed by two integers, the one above and a second: the change id packs both as
// first * kPackedKeySpan + second (review candidates: household and rank, at most five ranks).
constexpr std::pair<std::string_view, std::string_view> kPackedKeys[] = {{"review_candidates", "rank"}};
constexpr int64_t kPackedKeySpan = 256;

std::optional<std::string_view> secondKeyOf(std::string_view table) {
    for (const auto& [t, key] : kPackedKeys)
        if (t == table) return key;
    return std::nullopt;
}

// The integer key column of `table`: "id" for the layers.
std::string_view keyOf(std::string_view table) {
    for (const auto& [t, key] : kSupportTables)
        if (t == table) return key;
    return "id";
}

// The SQL condition selecting the row whose change id is bound as parameter `param`.
std::string keyWhere(std::string_view table, int param) {
    if (const auto second = secondKeyOf(table))
        return fmt::format("{} = (?{} / {}) AND {} = (?{} % {})", quoted(keyOf(table)), param, kPackedKeySpan,
                           quoted(*second), param, kPackedKeySpan);
    return fmt::format("{} = ?{}", quoted(keyOf(table)), param);
}

// Statements prepared once per edit: an edit writes the same few statements for a hundred rows.
class Statements {
public:
    explicit Statements(Database& db) : db_(db) {}
    /// The statement for `sql`, reset and ready to bind.
    Result<Statement*> get(const std::string& sql) {
        auto it = cache_.find(sql);
        if (it == cache_.end()) {
            auto st = db_.prepare(sql);
            if (!st) return std::unexpected(st.error());
            it = cache_.emplace(sql, std::move(*st)).first;
        }
        it->second.reset();
        return &it->second;
    }
    Database& db() { return db_; }

private:
    Database& db_;
    std::map<std::string, Statement> cache_;
};

Result<std::vector<std::string>> tableColumns(Statements& sql, std::string_view table) {
    auto st = sql.get(fmt::format("PRAGMA table_info({})", table));
    if (!st) return std::unexpected(st.error());
    std::vector<std::string> out;
    for (;;) {
        auto row = (*st)->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        out.push_back((*st)->text(1));
    }
    if (out.empty()) return fail(fmt::format("no table {}", table));
    return out;
}

// Reads a value at `col` whose SQLite type name is at `col - 1` (SELECT typeof(c), c).
CellValue readCell(const Statement& st, int col) {
    const std::string type = st.text(col - 1);
    if (type == "integer") return st.integer(col);
    if (type == "real") return st.real(col);
    if (type == "text") return st.text(col);
    if (type == "blob") {
        const auto b = st.blob(col);
        return std::vector<uint8_t>(b.begin(), b.end());
    }
    return std::monostate{};
}

void bindCell(Statement& st, int param, const CellValue& v) {
    std::visit(
        [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                st.bind(param, std::nullopt);
            else if constexpr (std::is_same_v<T, std::vector<uint8_t>>)
                st.bindBlob(param, x);
            else if constexpr (std::is_same_v<T, std::string>)
                st.bind(param, std::string_view(x));
            else
                st.bind(param, x);
        },
        v);
}

Result<std::optional<RowImage>> readImage(Statements& sql, std::string_view table, int64_t id,
                                          std::span<const std::string> columns) {
    std::string select;
    for (const std::string& c : columns)
        select += fmt::format("{}typeof({}), {}", select.empty() ? "" : ", ", quoted(c), quoted(c));
    auto st = sql.get(fmt::format("SELECT {} FROM {} WHERE {}", select, table, keyWhere(table, 1)));
    if (!st) return std::unexpected(st.error());
    (*st)->bind(1, id);
    auto row = (*st)->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::optional<RowImage>();
    RowImage image;
    for (size_t i = 0; i < columns.size(); ++i)
        image.cells.emplace_back(columns[i], readCell(**st, static_cast<int>(2 * i + 1)));
    return std::optional<RowImage>(std::move(image));
}

Result<std::optional<RowImage>> readImage(Database& db, std::string_view table, int64_t id,
                                          std::span<const std::string> columns) {
    Statements sql(db);
    return readImage(sql, table, id, columns);
}

std::vector<std::string> columnsOf(const RowImage& image) {
    std::vector<std::string> out;
    for (const auto& [c, v] : image.cells) out.push_back(c);
    return out;
}

std::string textOf(const CellValue& v) {
    if (const auto* s = std::get_if<std::string>(&v)) return *s;
    if (const auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
    return {};
}

// How messages name a row: a grid by its code, anything else by table and id.
std::string rowName(const FeatureChange& c, const std::optional<RowImage>& a, const std::optional<RowImage>& b) {
    if (c.table.empty() && c.layer == Layer::Grids)
        for (const auto* img : {&a, &b})
            if (*img)
                if (const CellValue* code = (*img)->find("code"); code && !textOf(*code).empty())
                    return fmt::format("grid {}", textOf(*code));
    return fmt::format("{} #{}", c.tableName(), c.id);
}

// The newest logged edit other than `current` that changed row `id` of `layer`, for stale-edit
// messages.
std::string lastEditNote(Database& db, std::string_view table, int64_t id, int64_t current) {
    auto st = db.prepare("SELECT max(edit) FROM edit_changes WHERE layer = ? AND feature = ? AND edit <> ?");
    if (!st) return {};
    st->bind(1, table).bind(2, id).bind(3, current);
    auto row = st->step();
    if (!row || !*row || st->isNull(0)) return {};
    return fmt::format(" (last changed by edit #{})", st->integer(0));
}

Result<void> writeGridVersion(Statements& sql, const RowImage& row, std::string_view reason, int64_t editId) {
    auto value = [&](std::string_view c) -> std::optional<std::string> {
        const CellValue* v = row.find(c);
        if (!v || std::holds_alternative<std::monostate>(*v)) return std::nullopt;
        return textOf(*v);
    };
    std::optional<std::vector<uint8_t>> wkb;
    if (const CellValue* g = row.find("geom"))
        if (const auto* blob = std::get_if<std::vector<uint8_t>>(g)) {
            auto shape = geo::fromSpatialiteBlob(*blob);
            if (!shape) return fail(fmt::format("grid {}: {}", value("code").value_or("?"), shape.error().message));
            wkb = geo::toWkb(*shape);
        }
    auto got = sql.get(
        "INSERT INTO grid_history(code, name, community, population, start_date, end_date, notes, reason, edit_id, "
        "geom_wkb) VALUES (?,?,?,?,?,?,?,?,?,?)");
    if (!got) return std::unexpected(got.error());
    Statement& st = **got;
    st.bind(1, value("code").value_or("")).bind(2, value("name")).bind(3, value("community"));
    if (const CellValue* p = row.find("population"); p && std::holds_alternative<int64_t>(*p))
        st.bind(4, std::get<int64_t>(*p));
    else
        st.bind(4, std::nullopt);
    st.bind(5, value("start_date")).bind(6, today()).bind(7, value("notes")).bind(8, reason).bind(9, editId);
    if (wkb)
        st.bindBlob(10, *wkb);
    else
        st.bind(10, std::nullopt);
    return st.run();
}

// Grid codes: a code an active grid holds is issued and not retired; a code no grid holds any
// more is retired today. The table only grows, so a code once issued is never given out again.
Result<void> updateGridCode(Statements& sql, const std::string& code) {
    if (code.empty()) return {};
    auto held = sql.get("SELECT count(*) FROM grids WHERE code = ?");
    if (!held) return std::unexpected(held.error());
    (*held)->bind(1, code);
    auto row = (*held)->step();
    if (!row) return std::unexpected(row.error());
    const bool active = *row && (*held)->integer(0) > 0;
    auto issue = sql.get("INSERT OR IGNORE INTO grid_codes(code, issued_at) VALUES (?, ?)");
    if (!issue) return std::unexpected(issue.error());
    (*issue)->bind(1, code).bind(2, today());
    if (auto r = (*issue)->run(); !r) return r;
    auto st = sql.get(active ? "UPDATE grid_codes SET retired_at = NULL WHERE code = ?"
                             : "UPDATE grid_codes SET retired_at = ? WHERE code = ? AND retired_at IS NULL");
    if (!st) return std::unexpected(st.error());
    if (active)
        (*st)->bind(1, code);
    else
        (*st)->bind(1, today()).bind(2, code);
    return (*st)->run();
}

Result<void> recordChange(Statements& sql, int64_t editId, const FeatureChange& c) {
    auto st = sql.get(
        "INSERT INTO edit_changes(edit, layer, feature, has_before, has_after, new_version) VALUES (?,?,?,?,?,?)");
    if (!st) return std::unexpected(st.error());
    (*st)->bind(1, editId).bind(2, c.tableName()).bind(3, c.id).bind(4, c.before ? 1 : 0).bind(5, c.after ? 1 : 0);
    (*st)->bind(6, c.newVersion ? 1 : 0);
    if (auto r = (*st)->run(); !r) return r;
    const int64_t changeId = sql.db().lastInsertId();
    auto cell = sql.get("INSERT INTO edit_values(change, side, col, value) VALUES (?,?,?,?)");
    if (!cell) return std::unexpected(cell.error());
    for (const auto& [side, image] : {std::pair{"b", &c.before}, std::pair{"a", &c.after}}) {
        if (!*image) continue;
        for (const auto& [col, v] : (*image)->cells) {
            (*cell)->bind(1, changeId).bind(2, side).bind(3, col);
            bindCell(**cell, 4, v);
            if (auto r = (*cell)->run(); !r) return r;
        }
    }
    return {};
}

// Applies one change after checking the row still holds its before image; records what was
// actually there (a deleted row whole, so that undo can put it back).
Result<void> applyChange(Statements& sql, int64_t editId, std::string_view action, FeatureChange c) {
    Database& db = sql.db();
    const std::string table(c.tableName());
    const std::string key(keyOf(table));
    const bool grid = c.table.empty() && c.layer == Layer::Grids;
    const std::string name = rowName(c, c.before, c.after);
    if (!c.before && !c.after) return fail(fmt::format("{}: a change with neither before nor after", name));
    if (c.before) {
        const std::vector<std::string> cols = columnsOf(*c.before);
        auto current = readImage(sql, table, c.id, cols);
        if (!current) return std::unexpected(current.error());
        if (!*current)
            return fail(fmt::format("{} no longer exists{}; the edit is stale and was not applied", name,
                                    lastEditNote(db, table, c.id, editId)));
        if (!(**current == *c.before))
            return fail(fmt::format("{} has changed since the edit was prepared{}; nothing was changed", name,
                                    lastEditNote(db, table, c.id, editId)));
        if (!c.after || grid) {
            // Deleted rows and grid versions are kept whole.
            auto cols2 = tableColumns(sql, table);
            if (!cols2) return std::unexpected(cols2.error());
            auto whole = readImage(sql, table, c.id, *cols2);
            if (!whole) return std::unexpected(whole.error());
            if (grid && c.newVersion)
                if (auto r = writeGridVersion(sql, **whole, action, editId); !r) return r;
            if (!c.after) c.before = std::move(**whole);
        }
    } else {
        auto exists = sql.get(fmt::format("SELECT count(*) FROM {} WHERE {}", table, keyWhere(table, 1)));
        if (!exists) return std::unexpected(exists.error());
        (*exists)->bind(1, c.id);
        auto row = (*exists)->step();
        if (!row) return std::unexpected(row.error());
        if (*row && (*exists)->integer(0) > 0)
            return fail(fmt::format("{} exists already; the edit is stale and was not applied", name));
    }
    if (!c.after) {
        auto del = sql.get(fmt::format("DELETE FROM {} WHERE {}", table, keyWhere(table, 1)));
        if (!del) return std::unexpected(del.error());
        (*del)->bind(1, c.id);
        if (auto r = (*del)->run(); !r) return r;
    } else if (!c.before) {
        // A row keyed by two integers is inserted with the key columns its image holds.
        const bool packed = secondKeyOf(table).has_value();
        std::string cols = packed ? "" : quoted(key), params = packed ? "" : "?";
        for (const auto& [col, v] : c.after->cells) {
            if (!packed && col == key) continue;
            cols += (cols.empty() ? "" : ", ") + quoted(col);
            params += params.empty() ? "?" : ", ?";
        }
        auto ins = sql.get(fmt::format("INSERT INTO {} ({}) VALUES ({})", table, cols, params));
        if (!ins) return std::unexpected(ins.error());
        int p = 1;
        if (!packed) (*ins)->bind(p++, c.id);
        for (const auto& [col, v] : c.after->cells)
            if (packed || col != key) bindCell(**ins, p++, v);
        if (auto r = (*ins)->run(); !r) return fail(fmt::format("{}: {}", name, r.error().message));
    } else {
        std::string sets;
        int n = 0;
        for (const auto& [col, v] : c.after->cells)
            sets += fmt::format("{}{} = ?{}", sets.empty() ? "" : ", ", quoted(col), ++n);
        auto upd = sql.get(fmt::format("UPDATE {} SET {} WHERE {}", table, sets, keyWhere(table, n + 1)));
        if (!upd) return std::unexpected(upd.error());
        int p = 1;
        for (const auto& [col, v] : c.after->cells) bindCell(**upd, p++, v);
        (*upd)->bind(p, c.id);
        if (auto r = (*upd)->run(); !r) return fail(fmt::format("{}: {}", name, r.error().message));
    }
    if (grid) {
        for (const auto* img : {&c.before, &c.after})
            if (*img)
                if (const CellValue* code = (*img)->find("code"))
                    if (auto r = updateGridCode(sql, textOf(*code)); !r) return r;
    }
    return recordChange(sql, editId, c);
}

// Applies and logs inside the caller's transaction.
Result<int64_t> applyAll(Project& project, const ChangeSet& changes, const EditLogEntry& entry) {
    auto id = project.logEdit(entry);
    if (!id) return std::unexpected(id.error());
    Statements sql(project.db());
    for (const FeatureChange& c : changes.changes)
        if (auto r = applyChange(sql, *id, entry.action, c); !r) return std::unexpected(r.error());
    return *id;
}

struct LogRow {
    int64_t id = 0;
    std::string at, op, action, target, summary;
    std::optional<int64_t> undoneBy, undoes;
    size_t changes = 0;
};

Result<std::vector<LogRow>> readLog(Database& db) {
    auto st = db.prepare(
        "SELECT l.id, l.at, l.operator, l.action, coalesce(l.target, ''), coalesce(l.summary, ''), l.undone_by, "
        "CASE WHEN l.action = 'undo' AND json_valid(l.detail) THEN json_extract(l.detail, '$.undoes') END, "
        "(SELECT count(*) FROM edit_changes c WHERE c.edit = l.id) FROM edit_log l ORDER BY l.id");
    if (!st) return std::unexpected(st.error());
    std::vector<LogRow> out;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        out.push_back({st->integer(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5),
                       st->optInteger(6), st->optInteger(7), static_cast<size_t>(st->integer(8))});
    }
    return out;
}

// An entry is in effect unless it was undone by an entry that is itself in effect.
std::map<int64_t, bool> effectOf(const std::vector<LogRow>& log) {
    std::map<int64_t, bool> effect;
    for (auto it = log.rbegin(); it != log.rend(); ++it) {
        bool in = true;
        if (it->undoneBy) {
            const auto u = effect.find(*it->undoneBy);
            in = u != effect.end() && !u->second;
        }
        effect[it->id] = in;
    }
    return effect;
}

bool canUndo(const LogRow& r) { return r.changes > 0 || r.action == kAttributeEdit || r.action == kAddFeature; }

bool isBarrier(std::string_view action) {
    return std::find(std::begin(kBarrierActions), std::end(kBarrierActions), action) != std::end(kBarrierActions);
}

// Values of an attribute-form log detail object, typed as the layer's fields are stored.
Result<RowImage> attributeImage(Database& db, const LayerDef& def, const std::string& detail, std::string_view path) {
    auto st = db.prepare("SELECT key, type, value FROM json_each(?, ?)");
    if (!st) return std::unexpected(st.error());
    st->bind(1, std::string_view(detail)).bind(2, path);
    RowImage image;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        const std::string key = st->text(0), type = st->text(1);
        const int f = fieldIndex(def, key);
        if (f < 0) continue;
        const FieldDef& field = def.fields[static_cast<size_t>(f)];
        if (field.type == FieldType::Blob)
            return fail(fmt::format("the {} change ({}) cannot be undone from the log", field.label, field.name));
        if (type == "null") {
            image.set(key, std::monostate{});
            continue;
        }
        const std::string text = st->text(2);
        try {
            if (field.type == FieldType::Integer)
                image.set(key, static_cast<int64_t>(std::stoll(text)));
            else if (field.type == FieldType::Real)
                image.set(key, std::stod(text));
            else
                image.set(key, text);
        } catch (const std::exception&) {
            return fail(fmt::format("{} value '{}' in the log is not a number", field.name, text));
        }
    }
    return image;
}

// The changes an attribute form logged (edit_attributes, add_feature), rebuilt from its detail.
Result<ChangeSet> attributeChanges(Database& db, int64_t editId, std::string_view action) {
    auto st = db.prepare(
        "SELECT json_extract(detail, '$.layer'), json_extract(detail, '$.id'), detail FROM edit_log WHERE id = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, editId);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(fmt::format("no edit #{}", editId));
    const auto layer = layerByName(st->text(0));
    if (!layer) return fail(fmt::format("edit #{}: unknown layer '{}'", editId, st->text(0)));
    const std::string detail = st->text(2);
    FeatureChange c;
    c.layer = *layer;
    c.id = st->integer(1);
    const LayerDef& def = layerDef(*layer);
    auto after = attributeImage(db, def, detail, "$.after");
    if (!after) return fail(fmt::format("edit #{}: {}", editId, after.error().message));
    c.after = std::move(*after);
    if (action == kAttributeEdit) {
        auto before = attributeImage(db, def, detail, "$.before");
        if (!before) return fail(fmt::format("edit #{}: {}", editId, before.error().message));
        c.before = std::move(*before);
    } else {
        // A new row: its blob fields are not in the log, so only the logged ones are compared.
        RowImage kept;
        for (auto& [col, v] : c.after->cells) {
            const int f = fieldIndex(def, col);
            if (f >= 0 && def.fields[static_cast<size_t>(f)].type != FieldType::Blob) kept.cells.emplace_back(col, v);
        }
        c.after = std::move(kept);
    }
    ChangeSet out;
    out.changes.push_back(std::move(c));
    return out;
}

Result<ChangeSet> storedChanges(Database& db, int64_t editId) {
    auto st = db.prepare(
        "SELECT id, layer, feature, has_before, has_after, new_version FROM edit_changes WHERE edit = ? ORDER BY id");
    if (!st) return std::unexpected(st.error());
    auto cells = db.prepare("SELECT side, col, typeof(value), value FROM edit_values WHERE change = ?");
    if (!cells) return std::unexpected(cells.error());
    st->bind(1, editId);
    ChangeSet out;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        const std::string table = st->text(1);
        FeatureChange c;
        if (const auto layer = layerByName(table)) {
            c.layer = *layer;
        } else if (keyOf(table) != "id") {
            c.table = table;
        } else {
            return fail(fmt::format("edit #{}: unknown table '{}'", editId, table));
        }
        c.id = st->integer(2);
        if (st->integer(3)) c.before.emplace();
        if (st->integer(4)) c.after.emplace();
        c.newVersion = st->integer(5) != 0;
        cells->bind(1, st->integer(0));
        for (;;) {
            auto cr = cells->step();
            if (!cr) return std::unexpected(cr.error());
            if (!*cr) break;
            std::optional<RowImage>& side = cells->text(0) == "b" ? c.before : c.after;
            if (side) side->cells.emplace_back(cells->text(1), readCell(*cells, 3));
        }
        cells->reset();
        out.changes.push_back(std::move(c));
    }
    return out;
}

Result<ChangeSet> changesIn(Database& db, int64_t editId, std::string_view action) {
    auto stored = storedChanges(db, editId);
    if (!stored) return stored;
    if (stored->empty() && (action == kAttributeEdit || action == kAddFeature))
        return attributeChanges(db, editId, action);
    return stored;
}

// Undoes one entry inside the caller's transaction.
Result<int64_t> undoInside(Project& project, const LogRow& target, const std::string& operatorName) {
    auto changes = changesIn(project.db(), target.id, target.action);
    if (!changes) return std::unexpected(changes.error());
    if (changes->empty())
        return fail(fmt::format("edit #{} ({}) changed nothing that can be undone", target.id, target.action));
    ChangeSet reversed;
    for (auto it = changes->changes.rbegin(); it != changes->changes.rend(); ++it)
        reversed.changes.push_back({it->layer, it->id, it->after, it->before, it->newVersion, it->table});
    JsonWriter detail;
    detail.beginObject().field("undoes", static_cast<long long>(target.id)).field("action", target.action).endObject();
    const std::string what = target.action == kUndo ? "重做" : "撤销";
    EditLogEntry entry{resolveOperator(operatorName, project.settings()), std::string(kUndo), target.target,
                       fmt::format("{} #{}：{}", what, target.id, target.summary), detail.str()};
    auto id = applyAll(project, reversed, entry);
    if (!id) return fail(fmt::format("cannot undo edit #{}: {}", target.id, id.error().message));
    auto mark = project.db().prepare("UPDATE edit_log SET undone_by = ? WHERE id = ?");
    if (!mark) return std::unexpected(mark.error());
    mark->bind(1, *id).bind(2, target.id);
    if (auto r = mark->run(); !r) return std::unexpected(r.error());
    return *id;
}

Result<void> writable(Project& project) {
    if (project.readOnly()) return fail(fmt::format("{}: the project is open read-only", project.path()));
    return {};
}

}  // namespace

std::string_view FeatureChange::tableName() const { return table.empty() ? layerDef(layer).name : table; }

std::span<const std::pair<std::string_view, std::string_view>> supportTables() { return kSupportTables; }

const CellValue* RowImage::find(std::string_view column) const {
    for (const auto& [c, v] : cells)
        if (c == column) return &v;
    return nullptr;
}

void RowImage::set(std::string_view column, CellValue value) {
    for (auto& [c, v] : cells)
        if (c == column) {
            v = std::move(value);
            return;
        }
    cells.emplace_back(std::string(column), std::move(value));
}

bool isAuditAction(std::string_view action) {
    return action == "export_unmasked" || action == "show_unmasked";
}

Result<std::optional<RowImage>> readRow(Project& project, Layer layer, int64_t id) {
    Statements sql(project.db());
    auto cols = tableColumns(sql, layerDef(layer).name);
    if (!cols) return std::unexpected(cols.error());
    return readImage(project.db(), layerDef(layer).name, id, *cols);
}

Result<std::optional<RowImage>> readColumns(Project& project, Layer layer, int64_t id,
                                            std::span<const std::string> columns) {
    return readImage(project.db(), layerDef(layer).name, id, columns);
}

Result<std::optional<RowImage>> readSupportRow(Project& project, std::string_view table, int64_t key,
                                               std::span<const std::string> columns) {
    if (keyOf(table) == "id") return fail(fmt::format("{} is not a support table edits may change", table));
    return readImage(project.db(), table, key, columns);
}

Result<std::vector<std::pair<int64_t, RowImage>>> readSupportRowsWhere(Project& project, std::string_view table,
                                                                       std::string_view column, int64_t value) {
    if (keyOf(table) == "id") return fail(fmt::format("{} is not a support table edits may change", table));
    Statements sql(project.db());
    auto columns = tableColumns(sql, table);
    if (!columns) return std::unexpected(columns.error());
    const std::string key = secondKeyOf(table) ? fmt::format("{} * {} + {}", quoted(keyOf(table)), kPackedKeySpan,
                                                             quoted(*secondKeyOf(table)))
                                               : quoted(keyOf(table));
    auto st = sql.get(fmt::format("SELECT {} FROM {} WHERE {} = ? ORDER BY 1", key, table, quoted(column)));
    if (!st) return std::unexpected(st.error());
    (*st)->bind(1, value);
    std::vector<int64_t> keys;
    for (;;) {
        auto row = (*st)->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        keys.push_back((*st)->integer(0));
    }
    std::vector<std::pair<int64_t, RowImage>> out;
    for (int64_t k : keys) {
        auto image = readImage(sql, table, k, *columns);
        if (!image) return std::unexpected(image.error());
        if (*image) out.emplace_back(k, std::move(**image));
    }
    return out;
}

Result<int64_t> commitChanges(Project& project, const ChangeSet& changes, const EditLogEntry& entry) {
    if (auto w = writable(project); !w) return std::unexpected(w.error());
    auto tx = Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    auto id = applyAll(project, changes, entry);
    if (!id) return id;
    if (auto r = tx->commit(); !r) return std::unexpected(r.error());
    return id;
}

Result<std::vector<HistoryEntry>> listHistory(Project& project) {
    auto log = readLog(project.db());
    if (!log) return std::unexpected(log.error());
    const auto effect = effectOf(*log);
    std::vector<HistoryEntry> out;
    out.reserve(log->size());
    for (const LogRow& r : *log) {
        HistoryEntry e;
        e.id = r.id;
        e.at = r.at;
        e.operatorName = r.op;
        e.action = r.action;
        e.target = r.target;
        e.summary = r.summary;
        e.undoneBy = r.undoneBy;
        e.undoes = r.undoes;
        e.inEffect = effect.at(r.id);
        e.undoable = canUndo(r);
        e.changes = r.changes;
        out.push_back(std::move(e));
    }
    return out;
}

Result<ChangeSet> changesOf(Project& project, int64_t editId) {
    auto st = project.db().prepare("SELECT action FROM edit_log WHERE id = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, editId);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(fmt::format("no edit #{} in the log", editId));
    return changesIn(project.db(), editId, st->text(0));
}

Result<int64_t> undoEdit(Project& project, int64_t editId, const std::string& operatorName) {
    if (auto w = writable(project); !w) return std::unexpected(w.error());
    auto tx = Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    auto log = readLog(project.db());
    if (!log) return std::unexpected(log.error());
    const auto it = std::find_if(log->begin(), log->end(), [&](const LogRow& r) { return r.id == editId; });
    if (it == log->end()) return fail(fmt::format("no edit #{} in the log", editId));
    if (!effectOf(*log).at(editId)) return fail(fmt::format("edit #{} is undone already", editId));
    if (!canUndo(*it)) return fail(fmt::format("edit #{} ({}) cannot be undone", editId, it->action));
    auto id = undoInside(project, *it, operatorName);
    if (!id) return id;
    if (auto r = tx->commit(); !r) return std::unexpected(r.error());
    return id;
}

Result<int64_t> undoLast(Project& project, const std::string& operatorName) {
    if (auto w = writable(project); !w) return std::unexpected(w.error());
    auto tx = Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    auto log = readLog(project.db());
    if (!log) return std::unexpected(log.error());
    const auto effect = effectOf(*log);
    for (auto it = log->rbegin(); it != log->rend(); ++it) {
        if (it->action == kUndo || !effect.at(it->id)) continue;
        if (isBarrier(it->action))
            return fail(
                fmt::format("the newest edit in effect is #{} ({}), which cannot be undone", it->id, it->action));
        if (!canUndo(*it)) continue;
        auto id = undoInside(project, *it, operatorName);
        if (!id) return id;
        if (auto r = tx->commit(); !r) return std::unexpected(r.error());
        return id;
    }
    return int64_t{0};
}

Result<std::vector<int64_t>> rollbackTo(Project& project, int64_t editId, const std::string& operatorName) {
    if (auto w = writable(project); !w) return std::unexpected(w.error());
    auto tx = Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    auto log = readLog(project.db());
    if (!log) return std::unexpected(log.error());
    if (editId > 0 && std::none_of(log->begin(), log->end(), [&](const LogRow& r) { return r.id == editId; }))
        return fail(fmt::format("no edit #{} in the log", editId));
    const auto effect = effectOf(*log);
    std::vector<const LogRow*> todo;
    for (auto it = log->rbegin(); it != log->rend() && it->id > editId; ++it) {
        if (!effect.at(it->id)) continue;
        // An undo of an edit that is itself later than the point: both go, nothing to do.
        if (it->action == kUndo && it->undoes && *it->undoes > editId) continue;
        if (isBarrier(it->action))
            return fail(fmt::format("edit #{} ({}) lies in between and cannot be undone; roll back to #{} or later",
                                    it->id, it->action, it->id));
        if (canUndo(*it)) todo.push_back(&*it);
    }
    std::vector<int64_t> written;
    for (const LogRow* r : todo) {
        auto id = undoInside(project, *r, operatorName);
        if (!id) return std::unexpected(id.error());
        written.push_back(*id);
    }
    if (auto r = tx->commit(); !r) return std::unexpected(r.error());
    return written;
}

}  // namespace ga::store
