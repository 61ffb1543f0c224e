#include "ledger/report.h"

#include <fmt/format.h>

#include "core/json_writer.h"
#include "ledger/issue_locator.h"
#include "ledger/vocabulary.h"
#include "ledger/workflow.h"
#include "store/issue_ledger.h"
#include "store/layer_writer.h"

namespace ga::ledger {

Result<ReportedIssue> reportIssue(store::Project& project, const NewIssue& in, const std::string& actor, Time now) {
    if (project.readOnly()) return fail(fmt::format("{}: opened read-only", project.path()));
    if (actor.empty()) return fail("who reports the issue is not given");
    const auto category = canonicalCategory(in.category);
    if (!category) return fail(fmt::format("category {} is not a ledger category", in.category));
    const auto severity = in.severity.empty() ? std::optional(Severity::Normal) : parseSeverity(in.severity);
    if (!severity) return fail(fmt::format("severity {} is not 一般, 较大 or 重大", in.severity));
    if (in.title.empty()) return fail("an issue needs a title");
    const Time reported = in.reportedAt.value_or(now);
    if (reported > now)
        return fail(fmt::format("the report time {} is in the future (now is {})", formatTime(reported), formatTime(now)));
    if (!in.location && in.address.empty()) return fail("an issue needs a place on the map or an address");
    if (in.location && project.settings().srid == 0) return fail("the project has no CRS yet: import a map layer first");

    auto tx = store::Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    ReportedIssue out;
    out.issueId = in.issueId;
    if (out.issueId.empty()) {
        std::string day = formatTime(reported).substr(0, 10);
        std::erase(day, '-');
        auto next = store::nextIssueNumber(project, fmt::format("SJ{}-", day));
        if (!next) return std::unexpected(next.error());
        out.issueId = *next;
    } else if (auto existing = store::findIssue(project, out.issueId); !existing) {
        return std::unexpected(existing.error());
    } else if (*existing) {
        return fail(fmt::format("issue number {} is in the ledger already", out.issueId));
    }
    std::optional<geo::Point> place = in.location;
    if (!place) {
        auto locator = IssueLocator::create(project);
        if (!locator) return std::unexpected(locator.error());
        place = locator->locate(in.address);
        out.locationDerived = place.has_value();
    }
    const store::LayerDef& def = store::layerDef(store::Layer::Issues);
    store::Row row;
    row.values.resize(def.fields.size());
    const auto set = [&](std::string_view field, const std::string& value) {
        if (!value.empty()) row.values[static_cast<size_t>(store::fieldIndex(def, field))] = value;
    };
    set("issue_id", out.issueId);
    set("category", std::string(*category));
    set("subcategory", in.subcategory);
    set("severity", std::string(severityName(*severity)));
    set("title", in.title);
    set("description", in.description);
    set("reported_at", formatTime(reported));
    set("reporter", in.reporter.empty() ? actor : in.reporter);
    set("address", in.address);
    set("state", std::string(stateName(State::Reported)));
    set("level", std::string(levelName(Level::Grid)));
    const std::string deadline = formatTime(reported + std::chrono::days{deadlineDays(*severity)});
    set("deadline", deadline);
    if (place) row.geometry = geo::Geometry::point(*place);
    row.source = "report";
    auto writer = store::LayerWriter::create(project, store::Layer::Issues, store::WriteMode::Insert);
    if (!writer) return std::unexpected(writer.error());
    auto id = writer->write(row);
    if (!id) return std::unexpected(id.error());
    out.id = *id;
    if (place) {
        auto grid = store::linkIssueToGrid(project, out.id, *place, out.locationDerived);
        if (!grid) return std::unexpected(grid.error());
        out.grid = *grid;
    }
    store::IssueEvent e;
    e.issue = out.id;
    e.action = "上报";
    e.toState = std::string(stateName(State::Reported));
    e.actor = actor;
    e.at = formatTime(reported);
    e.note = in.location ? "" : out.locationDerived ? "位置由地址推得" : "地址未能定位，不在地图上";
    e.level = std::string(levelName(Level::Grid));
    e.deadline = deadline;
    if (auto r = store::appendIssueEvent(project, e); !r) return std::unexpected(r.error());
    store::EditLogEntry log;
    log.operatorName = actor;
    log.action = "issue_report";
    log.target = out.issueId;
    log.summary = fmt::format("issue {} reported: {} {}", out.issueId, *category, in.title);
    JsonWriter j;
    j.beginObject().field("issue", static_cast<long long>(out.id)).field("grid", out.grid).field("derived", out.locationDerived).endObject();
    log.detail = j.str();
    if (auto r = project.logEdit(log); !r) return std::unexpected(r.error());
    if (auto c = tx->commit(); !c) return std::unexpected(c.error());
    return out;
}

}  // namespace ga::ledger
