#include "store/issue_ledger.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "geo/wkb.h"

namespace ga::store {
namespace {

// A TEXT column's bytes in place ("" for NULL), without the copy Statement::text makes.
std::string_view view(const Statement& st, int col) {
    const auto bytes = st.blob(col);
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

std::optional<std::string> orNull(const std::string& s) {
    if (s.empty()) return std::nullopt;
    return s;
}

constexpr std::string_view kInsertEvent =
    "INSERT INTO issue_events (issue, action, from_state, to_state, actor, at, note, level, deadline) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

Statement& bindEvent(Statement& st, const IssueEvent& e) {
    st.bind(1, e.issue).bind(2, e.action).bind(3, orNull(e.fromState)).bind(4, e.toState).bind(5, orNull(e.actor));
    return st.bind(6, e.at).bind(7, orNull(e.note)).bind(8, orNull(e.level)).bind(9, orNull(e.deadline));
}

}  // namespace

Result<std::optional<int64_t>> findIssue(Project& project, std::string_view key) {
    auto st = project.db().prepare("SELECT id FROM issues WHERE issue_id = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, key);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (*row) return st->integer(0);
    int64_t id = 0;
    const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), id);
    if (ec != std::errc{} || end != key.data() + key.size()) return std::nullopt;
    auto byId = project.db().prepare("SELECT id FROM issues WHERE id = ?");
    if (!byId) return std::unexpected(byId.error());
    byId->bind(1, id);
    auto found = byId->step();
    if (!found) return std::unexpected(found.error());
    if (*found) return id;
    return std::nullopt;
}

Result<IssueWorkflow> readIssueWorkflow(Project& project, int64_t id) {
    auto st = project.db().prepare(
        "SELECT issue_id, state, level, deadline, reported_at, closed_at FROM issues WHERE id = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, id);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(fmt::format("no issue with id {}", id));
    return IssueWorkflow{id, st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5)};
}

Result<void> writeIssueWorkflow(Project& project, const IssueWorkflow& w) {
    auto st = project.db().prepare("UPDATE issues SET state = ?, level = ?, deadline = ?, closed_at = ? WHERE id = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, orNull(w.state)).bind(2, orNull(w.level)).bind(3, orNull(w.deadline)).bind(4, orNull(w.closedAt));
    st->bind(5, w.id);
    if (auto r = st->run(); !r) return r;
    if (project.db().changes() != 1) return fail(fmt::format("no issue with id {}", w.id));
    return {};
}

Result<int64_t> appendIssueEvent(Project& project, const IssueEvent& e) {
    auto st = project.db().prepare(kInsertEvent);
    if (!st) return std::unexpected(st.error());
    if (auto r = bindEvent(*st, e).run(); !r) return std::unexpected(r.error());
    return project.db().lastInsertId();
}

Result<std::vector<IssueEvent>> issueEvents(Project& project, int64_t id) {
    auto st = project.db().prepare(
        "SELECT id, issue, action, from_state, to_state, actor, at, note, level, deadline FROM issue_events "
        "WHERE issue = ? ORDER BY at, id");
    if (!st) return std::unexpected(st.error());
    st->bind(1, id);
    std::vector<IssueEvent> out;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        out.push_back({st->integer(0), st->integer(1), st->text(2), st->text(3), st->text(4), st->text(5), st->text(6),
                       st->text(7), st->text(8), st->text(9)});
    }
    return out;
}

Result<std::vector<IssueIntake>> readIssueIntake(Project& project) {
    const bool spatial = project.settings().srid != 0;
    auto st = project.db().prepare(fmt::format(
        "SELECT i.id, i.issue_id, i.category, i.subcategory, i.severity, i.state, i.level, i.reported_at, "
        "i.deadline, i.closed_at, i.address, i.grid, {}, i.location_derived, "
        "EXISTS (SELECT 1 FROM issue_events e WHERE e.issue = i.id) FROM issues i ORDER BY i.id",
        spatial ? "i.geom IS NOT NULL" : "0"));
    if (!st) return std::unexpected(st.error());
    std::vector<IssueIntake> out;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        IssueIntake i;
        i.id = st->integer(0);
        i.issueId = st->text(1);
        i.category = st->text(2);
        i.subcategory = st->text(3);
        i.severity = st->text(4);
        i.state = st->text(5);
        i.level = st->text(6);
        i.reportedAt = st->text(7);
        i.deadline = st->text(8);
        i.closedAt = st->text(9);
        i.address = st->text(10);
        i.grid = st->text(11);
        i.hasLocation = st->integer(12) != 0;
        i.locationDerived = st->integer(13) != 0;
        i.hasEvents = st->integer(14) != 0;
        out.push_back(std::move(i));
    }
    return out;
}

Result<void> writeIssueIntake(Project& project, std::span<const IssueIntake> issues) {
    auto st = project.db().prepare(
        "UPDATE issues SET category = ?, subcategory = ?, severity = ?, state = ?, level = ?, reported_at = ?, "
        "deadline = ?, closed_at = ? WHERE id = ?");
    if (!st) return std::unexpected(st.error());
    for (const IssueIntake& i : issues) {
        st->bind(1, i.category).bind(2, orNull(i.subcategory)).bind(3, orNull(i.severity)).bind(4, orNull(i.state));
        st->bind(5, orNull(i.level)).bind(6, i.reportedAt).bind(7, orNull(i.deadline)).bind(8, orNull(i.closedAt));
        st->bind(9, i.id);
        if (auto r = st->run(); !r) return fail(fmt::format("issue {}: {}", i.id, r.error().message));
    }
    return {};
}

Result<void> appendIssueEvents(Project& project, std::span<const IssueEvent> events) {
    auto st = project.db().prepare(kInsertEvent);
    if (!st) return std::unexpected(st.error());
    for (const IssueEvent& e : events)
        if (auto r = bindEvent(*st, e).run(); !r) return fail(fmt::format("issue {}: {}", e.issue, r.error().message));
    return {};
}

Result<std::vector<int64_t>> issuesOutsideGrids(Project& project) {
    if (project.settings().srid == 0) return std::vector<int64_t>{};
    auto st = project.db().prepare("SELECT id FROM issues WHERE geom IS NOT NULL AND grid IS NULL ORDER BY id");
    if (!st) return std::unexpected(st.error());
    return st->integers();
}

Result<void> writeDerivedLocation(Project& project, int64_t id, geo::Point p) {
    const int srid = project.settings().srid;
    if (srid == 0) return fail("the project has no CRS yet: an issue cannot be given a location");
    auto st = project.db().prepare("UPDATE issues SET geom = ?, location_derived = 1 WHERE id = ?");
    if (!st) return std::unexpected(st.error());
    const std::vector<uint8_t> blob = geo::toSpatialiteBlob(geo::Geometry::point(p), srid);
    st->bindBlob(1, blob).bind(2, id);
    if (auto r = st->run(); !r) return r;
    if (project.db().changes() != 1) return fail(fmt::format("no issue with id {}", id));
    return {};
}

Result<std::string> nextIssueNumber(Project& project, const std::string& prefix) {
    auto st = project.db().prepare("SELECT issue_id FROM issues WHERE issue_id LIKE ? ESCAPE '\\'");
    if (!st) return std::unexpected(st.error());
    std::string pattern;
    for (char c : prefix) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
    }
    st->bind(1, pattern + "%");
    int highest = 0;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        const std::string id = st->text(0);
        int n = 0;
        const auto [end, ec] = std::from_chars(id.data() + prefix.size(), id.data() + id.size(), n);
        if (ec == std::errc{} && end == id.data() + id.size()) highest = std::max(highest, n);
    }
    return fmt::format("{}{:03}", prefix, highest + 1);
}

Result<std::string> linkIssueToGrid(Project& project, int64_t id, geo::Point p, bool derived) {
    const int srid = project.settings().srid;
    if (srid == 0) return fail("the project has no CRS yet: an issue cannot be given a location");
    const std::vector<uint8_t> blob = geo::toSpatialiteBlob(geo::Geometry::point(p), srid);
    // The grid index narrows to grids whose box holds the point; containment decides.
    auto find = project.db().prepare(
        "SELECT code FROM grids WHERE ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'grids' AND "
        "search_frame = ?1) AND ST_Contains(geom, ?1) ORDER BY ST_Area(geom) LIMIT 1");
    if (!find) return std::unexpected(find.error());
    find->bindBlob(1, blob);
    auto row = find->step();
    if (!row) return std::unexpected(row.error());
    const std::optional<std::string> grid = *row ? std::optional(find->text(0)) : std::nullopt;
    auto st = project.db().prepare("UPDATE issues SET geom = ?, location_derived = ?, grid = ? WHERE id = ?");
    if (!st) return std::unexpected(st.error());
    st->bindBlob(1, blob).bind(2, derived ? 1 : 0).bind(3, grid).bind(4, id);
    if (auto r = st->run(); !r) return std::unexpected(r.error());
    if (project.db().changes() != 1) return fail(fmt::format("no issue with id {}", id));
    return grid.value_or("");
}

Result<std::vector<GridRef>> gridRefs(Project& project) {
    auto st = project.db().prepare("SELECT code, coalesce(name, ''), coalesce(community, '') FROM grids ORDER BY code");
    if (!st) return std::unexpected(st.error());
    std::vector<GridRef> out;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        out.push_back({st->text(0), st->text(1), st->text(2)});
    }
    return out;
}

Result<std::vector<std::pair<std::string, std::string>>> communityNames(Project& project) {
    auto st = project.db().prepare("SELECT code, name FROM communities ORDER BY code");
    if (!st) return std::unexpected(st.error());
    std::vector<std::pair<std::string, std::string>> out;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        out.emplace_back(st->text(0), st->text(1));
    }
    return out;
}

Result<void> scanLedger(Project& project, const std::function<void(const LedgerRow&)>& f) {
    const bool spatial = project.settings().srid != 0;
    auto st = project.db().prepare(fmt::format(
        "SELECT id, issue_id, category, severity, state, level, reported_at, deadline, closed_at, grid, {}, "
        "location_derived FROM issues ORDER BY id",
        spatial ? "geom" : "NULL"));
    if (!st) return std::unexpected(st.error());
    LedgerRow r;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        r.id = st->integer(0);
        r.issueId = view(*st, 1);
        r.category = view(*st, 2);
        r.severity = view(*st, 3);
        r.state = view(*st, 4);
        r.level = view(*st, 5);
        r.reportedAt = view(*st, 6);
        r.deadline = view(*st, 7);
        r.closedAt = view(*st, 8);
        r.grid = view(*st, 9);
        r.location.reset();
        if (!st->isNull(10)) {
            auto g = geo::fromSpatialiteBlob(st->blob(10));
            if (!g) return fail(fmt::format("issue {}: {}", r.id, g.error().message));
            if (!g->points.empty()) r.location = g->points.front();
        }
        r.locationDerived = st->integer(11) != 0;
        f(r);
    }
    return {};
}

}  // namespace ga::store
