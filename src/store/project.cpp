#include "store/project.h"

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fmt/chrono.h>
#include <fmt/format.h>

#include "core/grid_code.h"
#include "store/schema.h"

namespace ga::store {
namespace {

std::string nowIso() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return fmt::format("{:%FT%TZ}", now);
}

Result<void> applyPragmas(Database& db, bool readOnly) {
    if (auto r = db.exec("PRAGMA foreign_keys = ON"); !r) return r;
    if (readOnly) return {};
    return db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
}

}  // namespace

std::string resolveOperator(const std::string& given, const ProjectSettings& s) {
    if (!given.empty()) return given;
    if (!s.operatorName.empty()) return s.operatorName;
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_name) return pw->pw_name;
    if (const char* u = std::getenv("USER")) return u;
    return "unknown";
}

Result<Project> Project::create(const std::string& path, const ProjectSettings& settings) {
    if (!settings.division.empty() && !isDivisionCode(settings.division))
        return fail(fmt::format("--division '{}': a division code has 6, 9 or 12 digits", settings.division));
    if (std::filesystem::exists(path)) return fail(fmt::format("{}: a file of that name exists already", path));
    // Create the file 0600 ourselves: residents' data must not be readable by other users.
    const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY, S_IRUSR | S_IWUSR);
    if (fd < 0) return fail(fmt::format("{}: cannot create: {}", path, std::strerror(errno)));
    ::close(fd);
    auto removeOnFailure = [&](Error e) -> Result<Project> {
        std::error_code ec;
        std::filesystem::remove(path, ec);
        std::filesystem::remove(path + "-wal", ec);
        std::filesystem::remove(path + "-shm", ec);
        return std::unexpected(std::move(e));
    };
    auto db = Database::open(path, Database::Mode::ReadWrite);
    if (!db) return removeOnFailure(db.error());
    Project p(std::move(*db));
    if (auto r = applyPragmas(p.db_, false); !r) return removeOnFailure(r.error());
    {
        auto tx = Transaction::begin(p.db_);
        if (!tx) return removeOnFailure(tx.error());
        if (auto r = createSchema(p.db_, settings.srid); !r) return removeOnFailure(r.error());
        if (auto r = p.saveSettings(settings); !r) return removeOnFailure(r.error());
        if (auto r = tx->commit(); !r) return removeOnFailure(r.error());
    }
    return p;
}

Result<Project> Project::open(const std::string& path, bool readOnly) {
    if (!std::filesystem::exists(path)) return fail(fmt::format("{}: no such file", path));
    auto db = Database::open(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!db) return std::unexpected(db.error());
    Project p(std::move(*db));
    p.readOnly_ = readOnly;
    auto app = p.db_.scalarInt("PRAGMA application_id");
    if (!app) return fail(fmt::format("{}: not a GridAtlas project (not an SQLite database)", path));
    if (app->value_or(0) != kApplicationId) return fail(fmt::format("{}: not a GridAtlas project", path));
    auto version = p.db_.scalarInt("PRAGMA user_version");
    if (!version) return std::unexpected(version.error());
    const int v = static_cast<int>(version->value_or(0));
    if (v > kSchemaVersion)
        return fail(fmt::format("{}: made by a newer GridAtlas (schema version {}; this one reads up to {})", path, v,
                                kSchemaVersion));
    if (auto r = applyPragmas(p.db_, readOnly); !r) return std::unexpected(r.error());
    if (v < kSchemaVersion) {
        if (readOnly)
            return fail(fmt::format("{}: made by an earlier GridAtlas (schema version {}); it is upgraded the first "
                                    "time it is opened for writing (in the workstation, or by a command that "
                                    "changes it, such as gridatlas-cli config)",
                                    path, v));
        auto tx = Transaction::begin(p.db_);
        if (!tx) return std::unexpected(tx.error());
        if (auto r = migrate(p.db_, v); !r) return std::unexpected(r.error());
        if (auto r = tx->commit(); !r) return std::unexpected(r.error());
    }
    if (auto r = p.loadSettings(); !r) return std::unexpected(r.error());
    return p;
}

Result<void> Project::saveSettings(const ProjectSettings& s) {
    auto st = db_.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    if (!st) return std::unexpected(st.error());
    const std::pair<std::string_view, std::string> kv[] = {
        {"name", s.name},
        {"division", s.division},
        {"srid", std::to_string(s.srid)},
        {"range_min", std::to_string(s.range.min)},
        {"range_max", std::to_string(s.range.max)},
        {"out_of_range", s.outOfRange == OutOfRangePolicy::Refuse ? "refuse" : "warn"},
        {"operator", s.operatorName},
        {"service_phone", s.servicePhone},
    };
    for (const auto& [k, v] : kv) {
        st->bind(1, k).bind(2, v);
        if (auto r = st->run(); !r) return r;
    }
    settings_ = s;
    return {};
}

Result<void> Project::loadSettings() {
    auto st = db_.prepare("SELECT key, value FROM settings");
    if (!st) return std::unexpected(st.error());
    ProjectSettings s;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        const std::string k = st->text(0), v = st->text(1);
        if (k == "name") s.name = v;
        else if (k == "division") s.division = v;
        else if (k == "srid") s.srid = std::atoi(v.c_str());
        else if (k == "range_min") s.range.min = std::atoi(v.c_str());
        else if (k == "range_max") s.range.max = std::atoi(v.c_str());
        else if (k == "out_of_range") s.outOfRange = v == "refuse" ? OutOfRangePolicy::Refuse : OutOfRangePolicy::Warn;
        else if (k == "operator") s.operatorName = v;
        else if (k == "service_phone") s.servicePhone = v;
    }
    settings_ = s;
    return {};
}

Result<int64_t> Project::logEdit(const EditLogEntry& e) {
    auto st = db_.prepare("INSERT INTO edit_log(at, operator, action, target, summary, detail) VALUES (?,?,?,?,?,?)");
    if (!st) return std::unexpected(st.error());
    st->bind(1, nowIso()).bind(2, e.operatorName).bind(3, e.action).bind(4, e.target).bind(5, e.summary).bind(6, e.detail);
    if (auto r = st->run(); !r) return std::unexpected(r.error());
    return db_.lastInsertId();
}

}  // namespace ga::store
