#include "io/issue_admission.h"

#include <fmt/format.h>

#include <optional>

#include "ledger/admission.h"
#include "ledger/issue_locator.h"

namespace ga::io {

Result<void> admitImportedIssues(store::Project& project, const std::string& operatorName, const std::string& file,
                                 ProblemReport& report) {
    ledger::AdmissionOptions o;
    o.actor = operatorName;
    o.now = ledger::localNow();
    // The geocoder's index is built only when an issue needs it.
    std::optional<ledger::IssueLocator> locator;
    std::optional<Error> locatorFailed;
    o.locate = [&](std::string_view address) -> std::optional<geo::Point> {
        if (!locator && !locatorFailed) {
            auto l = ledger::IssueLocator::create(project);
            if (l)
                locator.emplace(std::move(*l));
            else
                locatorFailed = l.error();
        }
        return locator ? locator->locate(address) : std::nullopt;
    };
    auto summary = ledger::admitIssues(project, o);
    if (!summary) return std::unexpected(summary.error());
    if (locatorFailed)
        report.add({Outcome::Warning, Reason::Note, file, "", "geom",
                    fmt::format("address-only issues were not located: {}", locatorFailed->message)});
    for (const ledger::Finding& f : summary->findings)
        report.add({Outcome::Warning, Reason::Note, file,
                    f.issueId.empty() ? fmt::format("issue row {}", f.issue) : fmt::format("issue {}", f.issueId), f.field,
                    fmt::format("{}: {}", ledger::findingId(f.kind), f.detail)});
    return {};
}

}  // namespace ga::io
