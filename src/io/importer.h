#pragma once
// Imports one file into one project layer: the path every file takes into a project. The import
// is one transaction with one edit-log entry: it all lands, or nothing changes. Rows that cannot
// be used are reported (ProblemReport), not thrown; a file that cannot be used at all fails.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "io/problem_report.h"
#include "io/source_crs.h"
#include "store/layers.h"
#include "store/project.h"

namespace ga::io {

struct ImportOptions {
    store::Layer layer = store::Layer::Buildings;
    std::string file;
    std::vector<std::string> fields;  ///< --field TARGET=SOURCE
    std::string encoding;             ///< --encoding ("" = .cpg, else detected)
    std::optional<CrsOption> crs;     ///< --crs: the source CRS, overriding the file's
    std::string towgs84;              ///< --towgs84 Helmert parameters
    std::string controlPoints;        ///< --control-points CSV: local plane → project CRS by affine fit
    std::string sheet;                ///< --sheet
    bool update = false;              ///< --update: upsert rows by key
    bool retireMissing = false;       ///< --retire-missing: households not in the register move out
    std::string operatorName;         ///< written to the edit log
    /// Called now and then with rows read so far and the total (-1 when unknown).
    std::function<void(int64_t done, int64_t total)> progress;
};

struct ImportSummary {
    std::string layerRead;  ///< layer or sheet of the file that was read
    int layersInFile = 1;
    std::string encoding;       ///< e.g. "GB18030 (detected)"
    std::string crs;            ///< how the source coordinates were taken
    int projectSridChosen = 0;  ///< the CRS picked for a project that had none (0: unchanged)
    int64_t read = 0;           ///< data rows read
    int64_t inserted = 0;
    int64_t updated = 0;
    int64_t repaired = 0;
    int64_t rejected = 0;
    int64_t missingFromRegister = 0;
    int64_t movedOut = 0;
    int64_t editId = 0;  ///< the edit-log entry
};

/// Imports `options.file` into `project`; problems with rows go to `report`.
Result<ImportSummary> importFile(store::Project& project, const ImportOptions& options, ProblemReport& report);

}  // namespace ga::io
