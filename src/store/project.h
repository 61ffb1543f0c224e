#pragma once
// A GridAtlas project: one SpatiaLite file holding every layer, the settings and the edit log.
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/household_range.h"
#include "store/sqlite.h"

namespace ga::store {

/// Bumped with every migration in schema.cpp.
inline constexpr int kSchemaVersion = 2;
/// PRAGMA application_id of GridAtlas files ("GRDA").
inline constexpr int kApplicationId = 0x47524441;

struct ProjectSettings {
    std::string name;
    std::string division;        ///< 6/9/12-digit statistical division code of the street or community
    int srid = 0;                ///< metric project CRS (EPSG code); 0 = not yet chosen (first import picks)
    HouseholdRange range;
    OutOfRangePolicy outOfRange = OutOfRangePolicy::Warn;
    std::string operatorName;    ///< default operator written to the edit log
    std::string servicePhone;
};

/// One entry of the edit log (who, when, what).
struct EditLogEntry {
    std::string operatorName;
    std::string action;   ///< import, export_unmasked, config, split, ...
    std::string target;   ///< layer or grid code(s)
    std::string summary;  ///< one line for people
    std::string detail;   ///< JSON for machines (before/after)
};

class Project {
public:
    /// Creates a new project file (readable by its owner only); refuses an existing file.
    static Result<Project> create(const std::string& path, const ProjectSettings& settings);
    /// Opens a project; refuses files that are not GridAtlas projects or of a newer schema.
    static Result<Project> open(const std::string& path, bool readOnly = false);

    Database& db() { return db_; }
    const ProjectSettings& settings() const { return settings_; }
    const std::string& path() const { return db_.path(); }
    bool readOnly() const { return readOnly_; }

    /// Writes settings (inside the caller's transaction when one is open).
    Result<void> saveSettings(const ProjectSettings& s);
    /// Appends to the edit log; returns the entry's id. Call inside the operation's transaction.
    Result<int64_t> logEdit(const EditLogEntry& e);

    /// Re-reads the settings from the file (after a rolled-back transaction changed them).
    Result<void> reloadSettings() { return loadSettings(); }

private:
    explicit Project(Database db) : db_(std::move(db)) {}
    Result<void> loadSettings();
    Database db_;
    ProjectSettings settings_;
    bool readOnly_ = false;
};

/// The operator to log: the given one, else the configured one, else the OS user.
std::string resolveOperator(const std::string& given, const ProjectSettings& s);

}  // namespace ga::store
