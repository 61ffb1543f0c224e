#include "ledger/admission.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>

#include "ledger/vocabulary.h"
#include "ledger/workflow.h"
#include "store/building_links.h"
#include "store/issue_ledger.h"

namespace ga::ledger {
namespace {

constexpr std::string_view kAdmitAction = "登记";

// One issue being admitted: its findings and the note of its first event.
class Intake {
public:
    Intake(store::IssueIntake& issue, AdmissionSummary& summary) : i_(issue), summary_(summary) {}

    // `detail` for the import report (English), `note` for the issue's first event (Chinese, as
    // the ledger's people read it).
    void find(FindingKind k, std::string_view field, std::string detail, std::string_view note) {
        if (changesValue(k)) changed_ = true;
        if (!note_.empty()) note_ += "；";
        note_ += note;
        summary_.findings.push_back({k, i_.id, i_.issueId, std::string(field), std::move(detail)});
    }
    bool changed() const { return changed_; }
    const std::string& note() const { return note_; }

    void category() {
        const std::string original = i_.category;
        if (const auto c = canonicalCategory(original)) {
            if (*c == original) return;
            i_.category = std::string(*c);
            find(FindingKind::CategoryMapped, "category", fmt::format("category {} taken as {}", original, *c),
                 fmt::format("类别「{}」记为「{}」", original, *c));
            return;
        }
        // Filed under 其他 with the ledger's own word kept in front of the subcategory.
        i_.subcategory = i_.subcategory.empty() ? original : original + "：" + i_.subcategory;
        i_.category = std::string(kOtherCategory);
        find(FindingKind::UnknownCategory, "category",
             fmt::format("category {} is not a known category: filed under 其他, the original kept in the subcategory", original),
             fmt::format("类别「{}」不在类别表中，记为「其他」", original));
    }

    void severity() {
        const std::string original = i_.severity;
        const auto s = parseSeverity(original);
        if (s && severityName(*s) == original) return;
        i_.severity = std::string(severityName(s.value_or(Severity::Normal)));
        find(FindingKind::SeverityMapped, "severity",
             original.empty() ? std::string("no severity: taken as 一般")
                              : fmt::format("severity {}{} taken as {}", original, s ? "" : " is not a known severity:", i_.severity),
             fmt::format("等级记为「{}」", i_.severity));
    }

    void state() {
        const std::string original = i_.state;
        const auto s = parseState(original);
        if (s && stateName(*s) == original) return;
        const State to = s.value_or(i_.closedAt.empty() ? State::Reported : State::Closed);
        i_.state = std::string(stateName(to));
        find(FindingKind::StateMapped, "state",
             original.empty()
                 ? fmt::format("no state: taken as {}", i_.state)
                 : fmt::format("state {}{} taken as {}", original, s ? "" : " is not a workflow state:", i_.state),
             fmt::format("状态「{}」记为「{}」", original, i_.state));
    }

    void level() {
        const std::string original = i_.level;
        const auto l = parseLevel(original);
        if (l && levelName(*l) == original) return;
        i_.level = std::string(levelName(l.value_or(Level::Grid)));
        find(FindingKind::LevelMapped, "level",
             original.empty() ? std::string("no level: taken as 网格")
                              : fmt::format("level {}{} taken as {}", original, l ? "" : " is not a known level:", i_.level),
             fmt::format("所在层级记为「{}」", i_.level));
    }

    // Times are checked once, when the issue enters the ledger.
    void times(Time now) {
        const auto reported = parseTime(i_.reportedAt);
        const auto closed = parseTime(i_.closedAt);
        if (reported && *reported > now)
            find(FindingKind::FutureTime, "reported_at",
                 fmt::format("reported_at {} is in the future (now {}); kept as given", i_.reportedAt, formatTime(now)),
                 "上报时间在将来");
        if (closed && *closed > now)
            find(FindingKind::FutureTime, "closed_at",
                 fmt::format("closed_at {} is in the future (now {}); kept as given", i_.closedAt, formatTime(now)),
                 "办结时间在将来");
        if (reported && closed && *closed < *reported)
            find(FindingKind::TimeOrder, "closed_at",
                 fmt::format("closed_at {} is before reported_at {}; kept as given", i_.closedAt, i_.reportedAt),
                 "办结时间早于上报时间");
        if (i_.deadline.empty()) {
            if (!reported) return;
            const Severity s = parseSeverity(i_.severity).value_or(Severity::Normal);
            i_.deadline = formatTime(*reported + std::chrono::days{deadlineDays(s)});
            find(FindingKind::DeadlineSet, "deadline",
                 fmt::format("no deadline: set to {} ({} days for {})", i_.deadline, deadlineDays(s), severityName(s)),
                 fmt::format("按等级定办理时限 {} 天", deadlineDays(s)));
        } else if (const auto deadline = parseTime(i_.deadline); reported && deadline && *deadline < *reported) {
            find(FindingKind::TimeOrder, "deadline",
                 fmt::format("deadline {} is before reported_at {}; kept as given", i_.deadline, i_.reportedAt),
                 "办理时限早于上报时间");
        }
    }

private:
    store::IssueIntake& i_;
    AdmissionSummary& summary_;
    std::string note_;
    bool changed_ = false;
};

}  // namespace

std::string_view findingId(FindingKind k) {
    switch (k) {
    case FindingKind::CategoryMapped: return "category_mapped";
    case FindingKind::UnknownCategory: return "unknown_category";
    case FindingKind::SeverityMapped: return "severity_mapped";
    case FindingKind::StateMapped: return "state_mapped";
    case FindingKind::LevelMapped: return "level_mapped";
    case FindingKind::FutureTime: return "future_time";
    case FindingKind::TimeOrder: return "time_order";
    case FindingKind::DeadlineSet: return "deadline_set";
    case FindingKind::LocationDerived: return "location_derived";
    case FindingKind::NotLocated: return "not_located";
    case FindingKind::NoLocation: return "no_location";
    case FindingKind::OutsideGrids: return "outside_grids";
    }
    return "";
}

bool changesValue(FindingKind k) {
    switch (k) {
    case FindingKind::CategoryMapped:
    case FindingKind::UnknownCategory:
    case FindingKind::SeverityMapped:
    case FindingKind::StateMapped:
    case FindingKind::LevelMapped:
    case FindingKind::DeadlineSet:
    case FindingKind::LocationDerived: return true;
    default: return false;
    }
}

size_t AdmissionSummary::count(FindingKind k) const {
    return static_cast<size_t>(std::count_if(findings.begin(), findings.end(), [k](const Finding& f) { return f.kind == k; }));
}

Result<AdmissionSummary> admitIssues(store::Project& project, const AdmissionOptions& o) {
    auto issues = store::readIssueIntake(project);
    if (!issues) return std::unexpected(issues.error());
    AdmissionSummary summary;
    std::vector<store::IssueIntake> changed;
    std::vector<store::IssueEvent> events;
    std::unordered_set<int64_t> admitted;
    const std::string importedAt = formatTime(o.now);
    for (store::IssueIntake& issue : *issues) {
        Intake intake(issue, summary);
        intake.category();
        intake.severity();
        intake.state();
        intake.level();
        if (issue.hasEvents) {
            if (intake.changed()) changed.push_back(issue);
            continue;
        }
        intake.times(o.now);
        if (!issue.hasLocation) {
            std::optional<geo::Point> place;
            if (!issue.address.empty() && o.locate) place = o.locate(issue.address);
            if (place) {
                if (auto r = store::writeDerivedLocation(project, issue.id, *place); !r) return std::unexpected(r.error());
                ++summary.located;
                intake.find(FindingKind::LocationDerived, "geom",
                            fmt::format("located from its address {} at ({:.1f}, {:.1f})", issue.address, place->x, place->y),
                            "位置由地址推得");
            } else if (!issue.address.empty()) {
                intake.find(FindingKind::NotLocated, "geom",
                            fmt::format("address only ({}), {}: not on the map", issue.address,
                                        o.locate ? "and the geocoder found no place for it" : "and no geocoder was run"),
                            "地址未能定位，不在地图上");
            } else {
                intake.find(FindingKind::NoLocation, "geom", "neither a location nor an address: not on the map",
                            "没有位置和地址，不在地图上");
            }
        }
        if (intake.changed()) changed.push_back(issue);
        admitted.insert(issue.id);
        // The first event stands where the issue entered the ledger in the street office's time (its
        // report), so later steps may be dated back to before the import; the note says when it came in.
        const auto reported = parseTime(issue.reportedAt);
        events.push_back({0, issue.id, std::string(kAdmitAction), "", issue.state, o.actor,
                          reported ? formatTime(*reported) : importedAt,
                          fmt::format("导入台账（{}）{}{}", importedAt.substr(0, 10), intake.note().empty() ? "" : "：",
                                      intake.note()),
                          issue.level, issue.deadline});
    }
    if (auto r = store::writeIssueIntake(project, changed); !r) return std::unexpected(r.error());
    if (auto r = store::appendIssueEvents(project, events); !r) return std::unexpected(r.error());
    if (summary.located > 0)
        if (auto r = store::relinkIssuesToGrids(project); !r) return std::unexpected(r.error());
    auto outside = store::issuesOutsideGrids(project);
    if (!outside) return std::unexpected(outside.error());
    for (int64_t id : *outside) {
        if (!admitted.contains(id)) continue;
        const auto it = std::lower_bound(issues->begin(), issues->end(), id,
                                         [](const store::IssueIntake& i, int64_t v) { return i.id < v; });
        summary.findings.push_back({FindingKind::OutsideGrids, id, it->issueId, "grid", "the location lies in no grid: kept, counted under no grid"});
    }
    summary.admitted = static_cast<int64_t>(events.size());
    summary.changed = static_cast<int64_t>(changed.size());
    return summary;
}

}  // namespace ga::ledger
