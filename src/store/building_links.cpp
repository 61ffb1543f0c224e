#include "store/building_links.h"

#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

#include "geo/wkb.h"
#include "geo/zone_assignment.h"

namespace ga::store {
namespace {

struct Grids {
    std::vector<std::string> codes;
    std::vector<geo::Geometry> shapes;
};

Result<Grids> loadGrids(Project& project) {
    Grids g;
    auto st = project.db().prepare("SELECT code, geom FROM grids WHERE geom IS NOT NULL ORDER BY id");
    if (!st) return std::unexpected(st.error());
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        auto shape = geo::fromSpatialiteBlob(st->blob(1));
        if (!shape) return fail(fmt::format("grid {}: {}", st->text(0), shape.error().message));
        g.codes.push_back(st->text(0));
        g.shapes.push_back(std::move(*shape));
    }
    return g;
}

// Writes grid[i] to row ids[i] of `table` where it differs from what is stored.
Result<void> writeLinks(Project& project, std::string_view table, const std::vector<int64_t>& ids,
                        const std::vector<std::optional<std::string>>& before, const std::vector<int>& zone,
                        const Grids& grids) {
    auto update = project.db().prepare(fmt::format("UPDATE {} SET grid = ? WHERE id = ?", table));
    if (!update) return std::unexpected(update.error());
    for (size_t i = 0; i < ids.size(); ++i) {
        const std::optional<std::string> after =
            zone[i] >= 0 ? std::optional<std::string>(grids.codes[static_cast<size_t>(zone[i])]) : std::nullopt;
        if (after == before[i]) continue;
        update->bind(1, after).bind(2, ids[i]);
        if (auto r = update->run(); !r) return r;
    }
    return {};
}

}  // namespace

Result<void> relinkBuildingsToGrids(Project& project) {
    if (project.settings().srid == 0) return {};
    auto grids = loadGrids(project);
    if (!grids) return std::unexpected(grids.error());
    if (grids->codes.empty()) return project.db().exec("UPDATE buildings SET grid = NULL WHERE grid IS NOT NULL");
    auto st = project.db().prepare("SELECT id, grid, geom FROM buildings WHERE geom IS NOT NULL ORDER BY id");
    if (!st) return std::unexpected(st.error());
    std::vector<int64_t> ids;
    std::vector<std::optional<std::string>> before;
    std::vector<geo::Geometry> shapes;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        auto shape = geo::fromSpatialiteBlob(st->blob(2));
        if (!shape) return fail(fmt::format("building {}: {}", st->integer(0), shape.error().message));
        ids.push_back(st->integer(0));
        before.push_back(st->optText(1));
        shapes.push_back(std::move(*shape));
    }
    const std::vector<int> zone = geo::assignByLargestShare(shapes, grids->shapes);
    return writeLinks(project, "buildings", ids, before, zone, *grids);
}

Result<void> relinkIssuesToGrids(Project& project) {
    if (project.settings().srid == 0) return {};
    auto grids = loadGrids(project);
    if (!grids) return std::unexpected(grids.error());
    auto st = project.db().prepare("SELECT id, grid, geom FROM issues WHERE geom IS NOT NULL ORDER BY id");
    if (!st) return std::unexpected(st.error());
    std::vector<int64_t> ids;
    std::vector<std::optional<std::string>> before;
    std::vector<geo::Point> points;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        auto shape = geo::fromSpatialiteBlob(st->blob(2));
        if (!shape) return fail(fmt::format("issue {}: {}", st->integer(0), shape.error().message));
        if (shape->isEmpty()) continue;
        ids.push_back(st->integer(0));
        before.push_back(st->optText(1));
        points.push_back(shape->points.front());
    }
    const std::vector<int> zone = geo::assignPoints(points, grids->shapes);
    return writeLinks(project, "issues", ids, before, zone, *grids);
}

}  // namespace ga::store
