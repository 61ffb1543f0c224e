#include "store/address_sources.h"

#include <fmt/format.h>

#include "geo/wkb.h"

namespace ga::store {
namespace {

// Runs `sql` and calls row(st) for every result row.
template <class F>
Result<void> eachRow(Project& project, std::string_view sql, F&& row) {
    auto st = project.db().prepare(sql);
    if (!st) return std::unexpected(st.error());
    for (;;) {
        auto more = st->step();
        if (!more) return std::unexpected(more.error());
        if (!*more) return {};
        row(*st);
    }
}

int positive(const Statement& st, int col) {
    const auto v = st.optInteger(col);
    return v && *v > 0 && *v < 100000 ? static_cast<int>(*v) : 0;
}

}  // namespace

Result<AddressSources> readAddressSources(Project& project) {
    AddressSources s;
    s.division = project.settings().division;
    auto r = eachRow(
        project,
        "SELECT b.id, coalesce(b.compound, ''), coalesce(b.number, ''), coalesce(b.road, ''), "
        "coalesce(b.door, ''), coalesce(b.name, ''), b.units, b.floors, coalesce(b.grid, ''), "
        "coalesce(g.community, ''), b.households FROM buildings b LEFT JOIN grids g ON g.code = b.grid ORDER BY b.id",
        [&](const Statement& st) {
            s.buildings.push_back({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                                   positive(st, 6), positive(st, 7), positive(st, 10), st.text(8), st.text(9)});
        });
    if (!r) return std::unexpected(r.error());
    r = eachRow(project, "SELECT name, coalesce(aliases, ''), coalesce(community, '') FROM compounds ORDER BY id",
                [&](const Statement& st) {
                    s.compounds.push_back({st.text(0), st.text(1), st.text(2)});
                });
    if (!r) return std::unexpected(r.error());
    r = eachRow(project, "SELECT code, name, coalesce(street, '') FROM communities ORDER BY id",
                [&](const Statement& st) {
                    s.communities.push_back({st.text(0), st.text(1), st.text(2)});
                });
    if (!r) return std::unexpected(r.error());
    r = eachRow(project, "SELECT alias, canonical, kind FROM address_aliases ORDER BY alias", [&](const Statement& st) {
        s.aliases.push_back({st.text(0), st.text(1), st.text(2)});
    });
    if (!r) return std::unexpected(r.error());
    r = eachRow(project, "SELECT DISTINCT name FROM roads WHERE name IS NOT NULL AND name <> ''",
                [&](const Statement& st) { s.roads.push_back(st.text(0)); });
    if (!r) return std::unexpected(r.error());
    r = eachRow(project, "SELECT address FROM organisations WHERE address IS NOT NULL AND address <> ''",
                [&](const Statement& st) { s.placeAddresses.push_back(st.text(0)); });
    if (!r) return std::unexpected(r.error());
    return s;
}

Result<std::vector<BuildingFootprint>> readBuildingFootprints(Project& project) {
    std::vector<BuildingFootprint> out;
    if (project.settings().srid == 0) return out;
    auto st = project.db().prepare("SELECT id, geom FROM buildings WHERE geom IS NOT NULL ORDER BY id");
    if (!st) return std::unexpected(st.error());
    for (;;) {
        auto more = st->step();
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        auto shape = geo::fromSpatialiteBlob(st->blob(1));
        if (!shape) return fail(fmt::format("building {}: {}", st->integer(0), shape.error().message));
        out.push_back({st->integer(0), std::move(*shape)});
    }
    return out;
}

}  // namespace ga::store
