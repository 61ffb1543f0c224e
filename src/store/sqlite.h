#pragma once
// The one guarded boundary to SQLite/SpatiaLite: RAII handles, and every return code turned into
// ga::Error here. SQL lives in store/ and nowhere else.
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace ga::store {

class Statement;

/// An open SQLite connection with SpatiaLite loaded.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly, Create };
    static Result<Database> open(const std::string& path, Mode mode);

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    /// Runs one or more statements without results.
    Result<void> exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    /// First column of the first row as integer (nullopt when no row or NULL).
    Result<std::optional<int64_t>> scalarInt(std::string_view sql);
    Result<std::optional<std::string>> scalarText(std::string_view sql);

    int64_t lastInsertId() const;
    int changes() const;
    sqlite3* handle() const { return db_; }
    const std::string& path() const { return path_; }
    std::string lastError() const;

private:
    Database() = default;
    void close();
    sqlite3* db_ = nullptr;
    void* spatialiteCache_ = nullptr;
    std::string path_;
};

/// A prepared statement; bind by 1-based index, step, read columns by 0-based index.
class Statement {
public:
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    ~Statement();

    Statement& bind(int i, std::nullopt_t);
    Statement& bind(int i, int64_t v);
    Statement& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
    Statement& bind(int i, double v);
    Statement& bind(int i, std::string_view v);
    Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
    /// Binds text without copying it: `v` must outlive every step until it is bound again or the
    /// statement is destroyed (ids from static tables, a caller's span held through the loop).
    Statement& bindStatic(int i, std::string_view v);
    Statement& bindBlob(int i, std::span<const uint8_t> v);
    template <class T>
    Statement& bind(int i, const std::optional<T>& v) {
        return v ? bind(i, *v) : bind(i, std::nullopt);
    }

    /// true: a row is ready; false: done.
    Result<bool> step();
    /// Steps to completion (for statements without results) and resets.
    Result<void> run();
    /// Steps to completion, collecting column 0 of every row as an integer (ids of a query).
    Result<std::vector<int64_t>> integers();
    void reset();

    bool isNull(int col) const;
    int64_t integer(int col) const;
    double real(int col) const;
    std::string text(int col) const;
    /// The text of `col` without a copy, valid until the next step or reset ("" for NULL).
    std::string_view textView(int col) const;
    std::optional<std::string> optText(int col) const;
    std::optional<int64_t> optInteger(int col) const;
    std::optional<double> optReal(int col) const;
    std::span<const uint8_t> blob(int col) const;

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* s) : db_(db), stmt_(s) {}
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
    bool bindFailed_ = false;
    std::string bindError_;
};

/// Scoped transaction: rolls back unless commit() was called.
class Transaction {
public:
    static Result<Transaction> begin(Database& db);
    Transaction(Transaction&&) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();
    Result<void> commit();

private:
    explicit Transaction(Database* db) : db_(db) {}
    Database* db_ = nullptr;
};

}  // namespace ga::store
