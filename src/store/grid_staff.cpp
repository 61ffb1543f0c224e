#include "store/grid_staff.h"

#include <fmt/format.h>

#include "core/privacy.h"

namespace ga::store {
namespace {

// Leader first: a role naming 网格长, then full-time (专职) staff, then the rest in id order.
constexpr std::string_view kStaffSql =
    "SELECT id, name, coalesce(role, ''), coalesce(phone, ''), coalesce(grid, ''), photo IS NOT NULL FROM staff {} "
    "ORDER BY grid, CASE WHEN role LIKE '%网格长%' THEN 0 WHEN role LIKE '%专职%' THEN 1 ELSE 2 END, id";

Result<std::vector<StaffMember>> readStaff(Statement& st) {
    std::vector<StaffMember> out;
    for (;;) {
        auto row = st.step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        out.push_back({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.integer(5) != 0});
    }
    return out;
}

}  // namespace

Result<std::vector<StaffMember>> staffOfGrid(Project& project, const std::string& code) {
    auto st = project.db().prepare(fmt::format(fmt::runtime(kStaffSql), "WHERE grid = ?"));
    if (!st) return std::unexpected(st.error());
    st->bind(1, code);
    return readStaff(*st);
}

Result<std::vector<StaffMember>> allStaff(Project& project) {
    auto st = project.db().prepare(fmt::format(fmt::runtime(kStaffSql), ""));
    if (!st) return std::unexpected(st.error());
    return readStaff(*st);
}

Result<std::map<std::string, std::string>> gridLeaders(Project& project) {
    auto staff = allStaff(project);
    if (!staff) return std::unexpected(staff.error());
    std::map<std::string, std::string> leaders;
    for (const StaffMember& s : *staff)
        if (!s.grid.empty()) leaders.emplace(s.grid, s.name);  // the first per grid is its leader
    return leaders;
}

Result<BuildingHouseholds> householdsOfBuilding(Project& project, int64_t buildingId, int limit) {
    BuildingHouseholds out;
    auto n = project.db().prepare(
        "SELECT count(*) FROM household_links l JOIN households h ON h.id = l.household "
        "WHERE l.building = ? AND h.state = 'active'");
    if (!n) return std::unexpected(n.error());
    n->bind(1, buildingId);
    if (auto row = n->step(); !row) return std::unexpected(row.error());
    out.total = n->integer(0);
    auto st = project.db().prepare(
        "SELECT h.id, h.household_id, coalesce(h.address, ''), h.members, coalesce(p.name, ''), "
        "coalesce(p.phone, '') FROM household_links l JOIN households h ON h.id = l.household "
        "LEFT JOIN household_personal p ON p.household = h.id "
        "WHERE l.building = ? AND h.state = 'active' ORDER BY h.address, h.household_id LIMIT ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, buildingId).bind(2, limit);
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        out.households.push_back({st->integer(0), st->text(1), st->text(2), maskName(st->text(4)),
                                  maskPhone(st->text(5)), st->optInteger(3)});
    }
    return out;
}

Result<std::string> gridOfBuilding(Project& project, int64_t buildingId) {
    auto st = project.db().prepare("SELECT coalesce(grid, '') FROM buildings WHERE id = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, buildingId);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(fmt::format("{}: no building with id {}", project.path(), buildingId));
    return st->text(0);
}

}  // namespace ga::store
