#include <fmt/format.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "io/importer.h"

namespace ga::cli {
namespace {

// How many problems the summary lists; the rest are in --report.
constexpr size_t kProblemsShown = 10;

void printSummary(const io::ImportSummary& s, const io::ProblemReport& report, std::string_view layer,
                  const std::string& file, const std::optional<std::string>& reportPath) {
    std::cout << fmt::format("imported {} from {}\n", layer, file);
    if (s.layersInFile > 1)
        std::cout << fmt::format("  layer/sheet  {} (other layers in the file ignored)\n", s.layerRead);
    std::cout << fmt::format("  encoding     {}\n", s.encoding);
    if (!s.crs.empty()) std::cout << fmt::format("  coordinates  {}\n", s.crs);
    if (s.projectSridChosen)
        std::cout << fmt::format("  project CRS  EPSG:{} (CGCS2000 Gauss–Krüger zone chosen from the data)\n",
                                 s.projectSridChosen);
    // Counts, each with its reasons: "rejected 3 (missing_value 2, bad_value 1)".
    auto byReason = [&](io::Outcome o) {
        std::string line;
        for (size_t r = 0; r < io::kReasonCount; ++r)
            if (size_t n = report.count(o, static_cast<io::Reason>(r)))
                line += fmt::format("{}{} {}", line.empty() ? "" : ", ", io::reasonId(static_cast<io::Reason>(r)), n);
        return line.empty() ? line : " (" + line + ")";
    };
    std::cout << fmt::format("  rows read    {}\n  new          {}\n  updated      {}\n", s.read, s.inserted,
                             s.updated);
    std::cout << fmt::format("  repaired     {}{}\n", s.repaired, byReason(io::Outcome::Repaired));
    std::cout << fmt::format("  rejected     {}{}\n", s.rejected, byReason(io::Outcome::Rejected));
    if (const size_t w = report.count(io::Outcome::Warning))
        std::cout << fmt::format("  warnings     {}{}\n", w, byReason(io::Outcome::Warning));
    if (s.missingFromRegister)
        std::cout << fmt::format("  not in the new register  {}{}\n", s.missingFromRegister,
                                 s.movedOut ? fmt::format(" ({} marked moved out)", s.movedOut) : std::string());
    const auto& problems = report.problems();
    for (size_t i = 0; i < problems.size() && i < kProblemsShown; ++i) {
        const auto& p = problems[i];
        std::cout << fmt::format("    {}: {} ({}){}: {}\n", p.place, io::outcomeId(p.outcome), io::reasonId(p.reason),
                                 p.field.empty() ? "" : " " + p.field, p.detail);
    }
    if (problems.size() > kProblemsShown)
        std::cout << fmt::format(
            "    … {} more{}\n", problems.size() - kProblemsShown,
            reportPath ? fmt::format(" in {}", *reportPath) : " (list them all with --report OUT.csv)");
    else if (reportPath && !problems.empty())
        std::cout << fmt::format("  report       {}\n", *reportPath);
}

}  // namespace

int runImport(const Args& a) {
    if (a.positional().size() != 2) return failWith({"import takes PROJECT and FILE (and --layer L)"});
    const auto layerName = a.value("layer");
    if (!layerName)
        return failWith(
            {"import needs --layer L (communities, grids, compounds, buildings, roads, water, "
             "households, issues, staff, organisations)"});
    const auto layer = store::layerByName(*layerName);
    if (!layer) return failWith({fmt::format("--layer {}: no such layer", *layerName)});
    const auto reportPath = a.value("report");
    if (reportPath) {
        const std::filesystem::path dir = std::filesystem::absolute(*reportPath).parent_path();
        if (!std::filesystem::is_directory(dir) || ::access(dir.c_str(), W_OK) != 0)
            return failWith({fmt::format("--report {}: cannot write in {}", *reportPath, dir.string())});
    }

    io::ImportOptions o;
    o.layer = *layer;
    o.file = a.positional()[1];
    o.fields = a.values("field");
    o.encoding = a.value("encoding").value_or("");
    o.towgs84 = a.value("towgs84").value_or("");
    o.controlPoints = a.value("control-points").value_or("");
    o.sheet = a.value("sheet").value_or("");
    o.update = a.flag("update");
    o.retireMissing = a.flag("retire-missing");
    if (auto crs = a.value("crs")) {
        auto parsed = io::parseCrsOption(*crs);
        if (!parsed) return failWith(parsed.error());
        o.crs = *parsed;
    }
    const bool terminal = ::isatty(STDERR_FILENO) != 0;
    if (terminal)
        o.progress = [](int64_t done, int64_t total) {
            if (total > 0)
                std::cerr << fmt::format("\rimporting: {} of {} rows ({}%)", done, total, done * 100 / total);
            else
                std::cerr << fmt::format("\rimporting: {} rows", done);
            std::cerr.flush();
        };

    // SQLite takes and frees a page-sized scratch buffer at every B-tree split; with glibc's
    // default 128 KiB trim threshold each free hands the top of the heap back to the kernel and
    // the next split faults it in again (1.5 M page faults, half the time of a 1 M-row register).
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 64 << 20);

    auto p = openProject(a);
    if (!p) return failWith(p.error());
    o.operatorName = operatorOf(a, p->settings());
    io::ProblemReport report;
    auto s = io::importFile(*p, o, report);
    if (terminal) std::cerr << "\r\033[K";
    if (!s) return failWith(s.error());
    printSummary(*s, report, *layerName, o.file, reportPath);
    if (reportPath) {
        // The import has landed: a report that cannot be written is a warning, not a failure.
        if (auto r = report.writeCsv(*reportPath); !r)
            std::cerr << "gridatlas-cli: warning: " << r.error().message << "\n";
    }
    return 0;
}

}  // namespace ga::cli
