#pragma once
// A new issue reported from the workstation (上报): entered in state 上报 at the grid level with a
// deadline by its severity, placed in the grid containing it (located from its address when no
// place was picked), with its first event — in one transaction, logged.
#include <optional>
#include <string>

#include "core/error.h"
#include "geo/geometry.h"
#include "ledger/ledger_time.h"
#include "store/project.h"

namespace ga::ledger {

struct NewIssue {
    std::string issueId;  ///< "" to number it: SJ + the report day + a sequence (SJ20260301-001)
    std::string category, subcategory, severity, title, description, address, reporter;
    std::optional<geo::Point> location;  ///< project CRS
    std::optional<Time> reportedAt;      ///< default: now
};

struct ReportedIssue {
    int64_t id = 0;
    std::string issueId;
    std::string grid;              ///< "" when it lies in no grid (or has no place)
    bool locationDerived = false;  ///< placed from its address
};

/// Enters `issue`, reported by `actor` at wall-clock time `now`. Refuses an unknown category or
/// severity, a missing title, a report time in the future, an issue with neither a place nor an
/// address, and a number already in the ledger.
Result<ReportedIssue> reportIssue(store::Project& project, const NewIssue& issue, const std::string& actor, Time now);

}  // namespace ga::ledger
