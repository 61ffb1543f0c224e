#pragma once
// Admitting issues into the ledger after they were imported: every value put into the
// ledger's words (unknown categories filed under 其他, the original kept in the subcategory),
// times checked (future, deadline before the report), missing deadlines set by severity,
// address-only issues located through the caller's locator (flagged as derived), and a first
// event written for each issue without a history. Nothing is dropped; every change and doubt is
// reported as a finding.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "geo/geometry.h"
#include "ledger/ledger_time.h"
#include "store/project.h"

namespace ga::ledger {

enum class FindingKind {
    CategoryMapped,    ///< another spelling of a known category (民生诉求 → 民生诉求/服务)
    UnknownCategory,   ///< not a category: filed under 其他
    SeverityMapped,    ///< unknown or missing severity: 一般; or an alias mapped
    StateMapped,       ///< unknown or missing state: from closed_at, else 上报; or an alias mapped
    LevelMapped,       ///< unknown or missing level: 网格; or an alias mapped
    FutureTime,        ///< reported, deadline or closed in the future (kept as given)
    TimeOrder,         ///< deadline or closing before the report (kept as given)
    DeadlineSet,       ///< no deadline: set from the severity
    LocationDerived,   ///< located from its address
    NotLocated,        ///< address only, and the locator found no place
    NoLocation,        ///< neither location nor address: not on the map
    OutsideGrids,      ///< located, but in no grid
};
/// Stable id of a finding kind ("unknown_category", "future_time", ...).
std::string_view findingId(FindingKind k);
/// True for findings that changed a stored value.
bool changesValue(FindingKind k);

struct Finding {
    FindingKind kind;
    int64_t issue = 0;    ///< row id
    std::string issueId;  ///< ledger number ("" when none)
    std::string field;
    std::string detail;   ///< what was found and what was done
};

/// Finds a place for an address in the project CRS; nullopt when it cannot.
using Locator = std::function<std::optional<geo::Point>(std::string_view address)>;

struct AdmissionOptions {
    std::string actor;  ///< who admits (the importing operator)
    Time now;           ///< wall-clock time of the admission
    Locator locate;     ///< may be empty: address-only issues then stay without a location
};

struct AdmissionSummary {
    int64_t admitted = 0;  ///< issues that got their first event
    int64_t changed = 0;   ///< issues with a value changed
    int64_t located = 0;   ///< locations derived from addresses
    std::vector<Finding> findings;
    size_t count(FindingKind k) const;
};

/// Admits every issue of the project (already admitted ones only have their values checked
/// again). Runs inside the caller's transaction.
Result<AdmissionSummary> admitIssues(store::Project& project, const AdmissionOptions& options);

}  // namespace ga::ledger
