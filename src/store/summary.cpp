#include "store/summary.h"

#include <fmt/format.h>

#include <optional>

#include "core/json_writer.h"
#include "store/layers.h"

namespace ga::store {

std::string_view householdSourceId(HouseholdSource s) {
    switch (s) {
    case HouseholdSource::None: return "none";
    case HouseholdSource::Links: return "links";
    case HouseholdSource::Attribute: return "attribute";
    case HouseholdSource::Mixed: return "mixed";
    }
    return "none";
}

long long ProjectSummary::count(std::string_view layer) const {
    for (const auto& l : layers)
        if (l.layer == layer) return l.count;
    return 0;
}

namespace {

// The counts of every active grid, or with `codes` (a JSON array of grid codes) of those only:
// then only their buildings and those buildings' households are read.
Result<std::vector<GridCount>> countGrids(Project& project, const std::optional<std::string>& codes) {
    // A building counts its active linked households where it has any, else its attribute; an
    // attribute of 0 (a school, a shop) adds nothing, so it does not make the count "mixed".
    constexpr std::string_view sql = R"sql(
WITH linked AS (
  SELECT l.building, count(*) AS n, sum(coalesce(h.members, 0)) AS people
  FROM household_links l JOIN households h ON h.id = l.household
  WHERE h.state = 'active' AND l.building IS NOT NULL{0} GROUP BY l.building),
per_building AS (
  SELECT b.grid AS grid,
         CASE WHEN l.n > 0 THEN l.n ELSE coalesce(b.households, 0) END AS hh,
         coalesce(l.people, 0) AS people,
         CASE WHEN l.n > 0 THEN 1 ELSE 0 END AS from_links,
         CASE WHEN (l.n IS NULL OR l.n = 0) AND b.households > 0 THEN 1 ELSE 0 END AS from_attr
  FROM buildings b LEFT JOIN linked l ON l.building = b.id WHERE b.grid IS NOT NULL{1})
SELECT g.id, g.code, coalesce(g.name, ''), coalesce(g.community, ''),
       coalesce(sum(p.hh), 0), coalesce(sum(p.people), 0), count(p.grid),
       coalesce(sum(p.from_links), 0), coalesce(sum(p.from_attr), 0), g.population, {3}
FROM grids g LEFT JOIN per_building p ON p.grid = g.code{2}
GROUP BY g.id ORDER BY g.code)sql";
    // A project without a CRS has no geometry columns yet.
    const char* areaExpr = project.settings().srid != 0 ? "coalesce(ST_Area(g.geom), 0)" : "0.0";
    constexpr std::string_view chosen = "(SELECT value FROM json_each(?1))";
    auto st = codes
                  ? project.db().prepare(fmt::format(
                        fmt::runtime(sql),
                        fmt::format(" AND l.building IN (SELECT id FROM buildings WHERE grid IN {})", chosen),
                        fmt::format(" AND b.grid IN {}", chosen), fmt::format(" WHERE g.code IN {}", chosen), areaExpr))
                  : project.db().prepare(fmt::format(fmt::runtime(sql), "", "", "", areaExpr));
    if (!st) return std::unexpected(st.error());
    if (codes) st->bind(1, std::string_view(*codes));
    std::vector<GridCount> out;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        GridCount g;
        g.id = st->integer(0);
        g.code = st->text(1);
        g.name = st->text(2);
        g.community = st->text(3);
        g.households = st->integer(4);
        const long long linkedPeople = st->integer(5);
        g.buildings = st->integer(6);
        const long long fromLinks = st->integer(7), fromAttr = st->integer(8);
        g.population = linkedPeople > 0 ? linkedPeople : st->optInteger(9).value_or(0);
        g.areaM2 = st->real(10);
        g.source = fromLinks > 0 && fromAttr > 0 ? HouseholdSource::Mixed
                   : fromLinks > 0               ? HouseholdSource::Links
                   : fromAttr > 0                ? HouseholdSource::Attribute
                                                 : HouseholdSource::None;
        g.status = project.settings().range.classify(g.households);
        out.push_back(std::move(g));
    }
    return out;
}

}  // namespace

Result<std::vector<GridCount>> gridCounts(Project& project) { return countGrids(project, std::nullopt); }

Result<std::vector<GridCount>> gridCounts(Project& project, std::span<const std::string> codes) {
    JsonWriter list;
    list.beginArray();
    for (const std::string& code : codes) list.value(code);
    list.endArray();
    return countGrids(project, list.str());
}

Result<ProjectSummary> summarize(Project& project) {
    ProjectSummary s;
    for (const LayerDef& def : allLayers()) {
        auto n = project.db().scalarInt(fmt::format("SELECT count(*) FROM {}", def.name));
        if (!n) return std::unexpected(n.error());
        s.layers.push_back({std::string(def.name), n->value_or(0)});
    }
    auto grids = gridCounts(project);
    if (!grids) return std::unexpected(grids.error());
    s.grids = std::move(*grids);
    return s;
}

}  // namespace ga::store
