#include "store/sqlite.h"

#include <spatialite.h>

#include <fmt/format.h>
#include <utility>

namespace ga::store {

Result<Database> Database::open(const std::string& path, Mode mode) {
    Database d;
    d.path_ = path;
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &d.db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = d.db_ ? sqlite3_errmsg(d.db_) : sqlite3_errstr(rc);
        return fail(fmt::format("{}: cannot open: {}", path, msg));
    }
    sqlite3_extended_result_codes(d.db_, 1);
    sqlite3_busy_timeout(d.db_, 5000);
    d.spatialiteCache_ = spatialite_alloc_connection();
    spatialite_init_ex(d.db_, d.spatialiteCache_, 0);
    return d;
}

Database::Database(Database&& o) noexcept
    : db_(std::exchange(o.db_, nullptr)), spatialiteCache_(std::exchange(o.spatialiteCache_, nullptr)),
      path_(std::move(o.path_)) {}

Database& Database::operator=(Database&& o) noexcept {
    if (this != &o) {
        close();
        db_ = std::exchange(o.db_, nullptr);
        spatialiteCache_ = std::exchange(o.spatialiteCache_, nullptr);
        path_ = std::move(o.path_);
    }
    return *this;
}

Database::~Database() { close(); }

void Database::close() {
    if (db_) sqlite3_close_v2(db_);
    if (spatialiteCache_) spatialite_cleanup_ex(spatialiteCache_);
    db_ = nullptr;
    spatialiteCache_ = nullptr;
}

std::string Database::lastError() const { return db_ ? sqlite3_errmsg(db_) : "no database"; }

Result<void> Database::exec(std::string_view sql) {
    char* err = nullptr;
    const std::string s(sql);
    if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : lastError();
        sqlite3_free(err);
        return fail(fmt::format("{}: {}", path_, msg));
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &s, nullptr) != SQLITE_OK)
        return fail(fmt::format("{}: {} (in: {})", path_, lastError(), sql.substr(0, 120)));
    return Statement(db_, s);
}

Result<std::optional<int64_t>> Database::scalarInt(std::string_view sql) {
    auto st = prepare(sql);
    if (!st) return std::unexpected(st.error());
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row || st->isNull(0)) return std::optional<int64_t>{};
    return std::optional<int64_t>{st->integer(0)};
}

Result<std::optional<std::string>> Database::scalarText(std::string_view sql) {
    auto st = prepare(sql);
    if (!st) return std::unexpected(st.error());
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row || st->isNull(0)) return std::optional<std::string>{};
    return std::optional<std::string>{st->text(0)};
}

int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(db_); }
int Database::changes() const { return sqlite3_changes(db_); }

Statement::Statement(Statement&& o) noexcept
    : db_(o.db_), stmt_(std::exchange(o.stmt_, nullptr)), bindFailed_(o.bindFailed_), bindError_(std::move(o.bindError_)) {}

Statement& Statement::operator=(Statement&& o) noexcept {
    if (this != &o) {
        if (stmt_) sqlite3_finalize(stmt_);
        db_ = o.db_;
        stmt_ = std::exchange(o.stmt_, nullptr);
        bindFailed_ = o.bindFailed_;
        bindError_ = std::move(o.bindError_);
    }
    return *this;
}

Statement::~Statement() {
    if (stmt_) sqlite3_finalize(stmt_);
}

namespace {
void noteBind(int rc, sqlite3* db, bool& failed, std::string& error) {
    if (rc != SQLITE_OK && !failed) {
        failed = true;
        error = sqlite3_errmsg(db);
    }
}
}  // namespace

Statement& Statement::bind(int i, std::nullopt_t) {
    noteBind(sqlite3_bind_null(stmt_, i), db_, bindFailed_, bindError_);
    return *this;
}
Statement& Statement::bind(int i, int64_t v) {
    noteBind(sqlite3_bind_int64(stmt_, i, v), db_, bindFailed_, bindError_);
    return *this;
}
Statement& Statement::bind(int i, double v) {
    noteBind(sqlite3_bind_double(stmt_, i, v), db_, bindFailed_, bindError_);
    return *this;
}
Statement& Statement::bind(int i, std::string_view v) {
    noteBind(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT), db_, bindFailed_,
             bindError_);
    return *this;
}
Statement& Statement::bindStatic(int i, std::string_view v) {
    noteBind(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC), db_, bindFailed_,
             bindError_);
    return *this;
}
Statement& Statement::bindBlob(int i, std::span<const uint8_t> v) {
    noteBind(sqlite3_bind_blob(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT), db_, bindFailed_,
             bindError_);
    return *this;
}

Result<bool> Statement::step() {
    if (bindFailed_) return fail("binding a value failed: " + bindError_);
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string msg = sqlite3_errmsg(db_);
    sqlite3_reset(stmt_);
    return fail(msg);
}

Result<void> Statement::run() {
    auto r = step();
    while (r && *r) r = step();
    if (!r) return std::unexpected(r.error());
    reset();
    return {};
}

Result<std::vector<int64_t>> Statement::integers() {
    std::vector<int64_t> out;
    for (;;) {
        auto row = step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return out;
        out.push_back(integer(0));
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    bindFailed_ = false;
}

bool Statement::isNull(int c) const { return sqlite3_column_type(stmt_, c) == SQLITE_NULL; }
int64_t Statement::integer(int c) const { return sqlite3_column_int64(stmt_, c); }
double Statement::real(int c) const { return sqlite3_column_double(stmt_, c); }
std::string Statement::text(int c) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, c));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, c))) : std::string();
}
std::string_view Statement::textView(int c) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, c));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, c))) : std::string_view();
}
std::optional<std::string> Statement::optText(int c) const {
    if (isNull(c)) return std::nullopt;
    return text(c);
}
std::optional<int64_t> Statement::optInteger(int c) const {
    if (isNull(c)) return std::nullopt;
    return integer(c);
}
std::optional<double> Statement::optReal(int c) const {
    if (isNull(c)) return std::nullopt;
    return real(c);
}
std::span<const uint8_t> Statement::blob(int c) const {
    const auto* p = static_cast<const uint8_t*>(sqlite3_column_blob(stmt_, c));
    return {p, static_cast<size_t>(sqlite3_column_bytes(stmt_, c))};
}

Result<Transaction> Transaction::begin(Database& db) {
    if (auto r = db.exec("BEGIN IMMEDIATE"); !r) return std::unexpected(r.error());
    return Transaction(&db);
}

Transaction::Transaction(Transaction&& o) noexcept : db_(std::exchange(o.db_, nullptr)) {}

Transaction::~Transaction() {
    if (db_) (void)db_->exec("ROLLBACK");
}

Result<void> Transaction::commit() {
    auto r = db_->exec("COMMIT");
    if (r) db_ = nullptr;
    return r;
}

}  // namespace ga::store
