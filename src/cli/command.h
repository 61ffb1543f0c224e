#pragma once
// Every gridatlas-cli command: a function from its arguments to an exit status
// (0 success, 1 only where the command says so, 2 bad input or failure).
#include <string>
#include <string_view>
#include <vector>

#include "cli/args.h"
#include "store/project.h"

namespace ga::cli {

struct Command {
    std::string_view name;
    std::string_view usage;    ///< synopsis line
    std::string_view summary;  ///< one line for --help
    std::vector<std::string> valued;
    std::vector<std::string> flags;
    int (*run)(const Args&);
};

/// All commands, in the order --help lists them.
const std::vector<Command>& commands();

/// Prints "gridatlas-cli: <message>" on stderr and returns 2.
int failWith(const Error& e);
/// Opens the project named by the first positional argument.
Result<store::Project> openProject(const Args& a, bool readOnly = false);
/// The operator for the edit log: --operator, else the configured one, else the OS user.
std::string operatorOf(const Args& a, const store::ProjectSettings& s);

int runNew(const Args&);
int runInfo(const Args&);
int runConfig(const Args&);
int runImport(const Args&);
int runExport(const Args&);
int runRender(const Args&);
int runBasemap(const Args&);
int runSynth(const Args&);
int runPrint(const Args&);
int runHeatmap(const Args&);
int runStats(const Args&);
int runIssue(const Args&);
int runIssueTransition(const Args&);
int runSplit(const Args&);
int runMerge(const Args&);
int runSuggestSplit(const Args&);
int runValidate(const Args&);
int runHistory(const Args&);
int runUndo(const Args&);
int runGeocode(const Args&);

}  // namespace ga::cli
