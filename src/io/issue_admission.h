#pragma once
// The import's last step for the issues layer: the new issues are admitted into the ledger
// (ledger/admission.h) — values put into the ledger's words, unknown categories filed under 其他,
// times checked, address-only issues located through the geocoder (flagged as derived), a first
// event written for each — and every finding goes into the import's report as a warning.
#include <string>

#include "core/error.h"
#include "io/problem_report.h"
#include "store/project.h"

namespace ga::io {

/// Runs inside the import's transaction, after the issues were written and linked to grids.
Result<void> admitImportedIssues(store::Project& project, const std::string& operatorName, const std::string& file,
                                 ProblemReport& report);

}  // namespace ga::io
