#include "store/grid_edits.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/grid_code.h"
#include "geo/wkb.h"

namespace ga::store {
namespace {

// Runs `st` to the end, calling f() on each row; stops at the first error f returns.
template <class F>
Result<void> eachRow(Statement& st, F&& f) {
    for (;;) {
        auto row = st.step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return {};
        if (auto r = f(); !r) return r;
    }
}

Result<geo::Geometry> decode(std::span<const uint8_t> blob, std::string_view what, int64_t id) {
    auto g = geo::fromSpatialiteBlob(blob);
    if (!g) return fail(fmt::format("{} #{}: {}", what, id, g.error().message));
    return g;
}

// Per building: its active linked households where it has any, else its attribute.
constexpr std::string_view kBuildingCounts = R"sql(
WITH linked AS (
  SELECT l.building, count(*) AS n FROM household_links l JOIN households h ON h.id = l.household
  WHERE h.state = 'active' AND l.building IS NOT NULL GROUP BY l.building)
SELECT b.id, coalesce(b.grid, ''), coalesce(b.compound, ''), coalesce(b.number, ''), b.geom,
       CASE WHEN l.n > 0 THEN l.n ELSE coalesce(b.households, 0) END, coalesce(l.n, 0) > 0
FROM buildings b LEFT JOIN linked l ON l.building = b.id {} ORDER BY b.id)sql";

Result<std::vector<IssueLink>> readIssues(Statement& st) {
    std::vector<IssueLink> out;
    auto r = eachRow(st, [&]() -> Result<void> {
        auto g = decode(st.blob(2), "issue", st.integer(0));
        if (!g) return std::unexpected(g.error());
        if (g->isEmpty()) return {};
        out.push_back({st.integer(0), g->points.front(), st.optText(1)});
        return {};
    });
    if (!r) return std::unexpected(r.error());
    return out;
}

}  // namespace

Result<std::vector<EditGrid>> readEditGrids(Project& project) {
    auto st = project.db().prepare(
        "SELECT id, code, coalesce(name, ''), coalesce(community, ''), geom FROM grids WHERE geom IS NOT NULL ORDER BY "
        "id");
    if (!st) return std::unexpected(st.error());
    std::vector<EditGrid> out;
    auto r = eachRow(*st, [&]() -> Result<void> {
        EditGrid g;
        g.id = st->integer(0);
        g.code = st->text(1);
        g.name = st->text(2);
        g.community = st->text(3);
        const auto blob = st->blob(4);
        auto shape = decode(blob, fmt::format("grid {}", g.code), g.id);
        if (!shape) return std::unexpected(shape.error());
        g.geometry = std::move(*shape);
        g.blob.assign(blob.begin(), blob.end());
        out.push_back(std::move(g));
        return {};
    });
    if (!r) return std::unexpected(r.error());
    return out;
}

Result<std::vector<EditBuilding>> readEditBuildings(Project& project) {
    auto st = project.db().prepare(fmt::format(fmt::runtime(kBuildingCounts), "WHERE b.geom IS NOT NULL"));
    if (!st) return std::unexpected(st.error());
    std::vector<EditBuilding> out;
    auto r = eachRow(*st, [&]() -> Result<void> {
        EditBuilding b;
        b.id = st->integer(0);
        b.grid = st->text(1);
        b.compound = st->text(2);
        b.number = st->text(3);
        auto shape = decode(st->blob(4), "building", b.id);
        if (!shape) return std::unexpected(shape.error());
        b.geometry = std::move(*shape);
        b.households = st->integer(5);
        b.linked = st->integer(6) != 0;
        out.push_back(std::move(b));
        return {};
    });
    if (!r) return std::unexpected(r.error());
    return out;
}

Result<long long> buildingHouseholds(Project& project, int64_t building) {
    auto st = project.db().prepare(
        "SELECT (SELECT count(*) FROM household_links l JOIN households h ON h.id = l.household "
        "WHERE l.building = b.id AND h.state = 'active'), "
        "coalesce(b.households, 0) FROM buildings b WHERE b.id = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, building);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(fmt::format("no building #{}", building));
    const long long linked = st->integer(0);
    return linked > 0 ? linked : st->integer(1);
}

namespace {
// Rows of (id, text, text, geometry blob) into T{id, text, text, shape}.
template <class T>
Result<std::vector<T>> readNamedShapes(Project& project, std::string_view sql, std::string_view what) {
    auto st = project.db().prepare(sql);
    if (!st) return std::unexpected(st.error());
    std::vector<T> out;
    auto r = eachRow(*st, [&]() -> Result<void> {
        auto shape = decode(st->blob(3), what, st->integer(0));
        if (!shape) return std::unexpected(shape.error());
        out.push_back({st->integer(0), st->text(1), st->text(2), std::move(*shape)});
        return {};
    });
    if (!r) return std::unexpected(r.error());
    return out;
}
}  // namespace

Result<std::vector<EditCommunity>> readEditCommunities(Project& project) {
    return readNamedShapes<EditCommunity>(
        project, "SELECT id, code, coalesce(name, ''), geom FROM communities WHERE geom IS NOT NULL ORDER BY id",
        "community");
}

Result<std::vector<EditRoad>> readEditRoads(Project& project) {
    return readNamedShapes<EditRoad>(
        project,
        "SELECT id, coalesce(name, ''), coalesce(class, ''), geom FROM roads WHERE geom IS NOT NULL ORDER BY id",
        "road");
}

Result<std::vector<IssueLink>> issuesOfGrids(Project& project, std::span<const std::string> codes) {
    std::vector<IssueLink> out;
    auto st = project.db().prepare("SELECT id, grid, geom FROM issues WHERE grid = ? AND geom IS NOT NULL ORDER BY id");
    if (!st) return std::unexpected(st.error());
    for (const std::string& code : codes) {
        st->bind(1, code);
        auto part = readIssues(*st);
        if (!part) return part;
        st->reset();
        out.insert(out.end(), part->begin(), part->end());
    }
    return out;
}

Result<std::vector<IssueLink>> unlinkedIssuesIn(Project& project, const geo::Box& box) {
    auto st = project.db().prepare(
        "SELECT id, grid, geom FROM issues WHERE grid IS NULL AND geom IS NOT NULL AND id IN ("
        "SELECT rowid FROM SpatialIndex WHERE f_table_name = 'issues' AND search_frame = BuildMbr(?, ?, ?, ?)) "
        "ORDER BY id");
    if (!st) return std::unexpected(st.error());
    st->bind(1, box.minx).bind(2, box.miny).bind(3, box.maxx).bind(4, box.maxy);
    return readIssues(*st);
}

Result<std::vector<int64_t>> householdsLinkedTo(Project& project, int64_t building) {
    auto st = project.db().prepare("SELECT household FROM household_links WHERE building = ? ORDER BY household");
    if (!st) return std::unexpected(st.error());
    st->bind(1, building);
    return st->integers();
}

Result<std::vector<int64_t>> staffIdsOfGrid(Project& project, const std::string& code) {
    auto st = project.db().prepare("SELECT id FROM staff WHERE grid = ? ORDER BY id");
    if (!st) return std::unexpected(st.error());
    st->bind(1, code);
    return st->integers();
}

Result<std::string> nextGridCode(Project& project, std::string_view community) {
    if (!isCommunityCode(community))
        return fail(fmt::format("'{}' is not a 12-digit community code, so no grid code can be made", community));
    // Codes ever issued (grid_codes) and any active grid not recorded there (older imports).
    auto st = project.db().prepare(
        "SELECT max(CAST(substr(code, 13, 3) AS INTEGER)) FROM ("
        "SELECT code FROM grid_codes WHERE substr(code, 1, 12) = ?1 AND length(code) = 15 "
        "UNION SELECT code FROM grids WHERE substr(code, 1, 12) = ?1 AND length(code) = 15)");
    if (!st) return std::unexpected(st.error());
    st->bind(1, community);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    const int last = *row && !st->isNull(0) ? static_cast<int>(st->integer(0)) : 0;
    auto code = GridCode::make(community, last + 1);
    if (!code) return fail(fmt::format("community {} has issued all 999 grid codes", community));
    return code->str();
}

Result<int64_t> nextFeatureId(Project& project, Layer layer) {
    const LayerDef& def = layerDef(layer);
    auto st =
        project.db().prepare(fmt::format("SELECT max(coalesce((SELECT max(id) FROM {}), 0), "
                                         "coalesce((SELECT max(feature) FROM edit_changes WHERE layer = ?), 0))",
                                         def.name));
    if (!st) return std::unexpected(st.error());
    st->bind(1, def.name);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    return (*row ? st->integer(0) : 0) + 1;
}

}  // namespace ga::store
