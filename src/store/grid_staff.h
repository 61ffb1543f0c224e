#pragma once
// Who looks after a grid, and what identify shows of a building's households (masked).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/project.h"

namespace ga::store {

struct StaffMember {
    int64_t id = 0;
    std::string name, role, phone, grid;
    bool hasPhoto = false;
};

/// Staff of grid `code`, the grid leader first (role containing 网格长, then full-time 专职).
Result<std::vector<StaffMember>> staffOfGrid(Project& project, const std::string& code);
/// Every staff member, by grid code then leader first.
Result<std::vector<StaffMember>> allStaff(Project& project);
/// Grid code → its leader's name, for every grid that has staff.
Result<std::map<std::string, std::string>> gridLeaders(Project& project);

/// A household as identify lists it: the head's name and phone masked.
struct HouseholdSummary {
    int64_t id = 0;
    std::string householdId, address, maskedName, maskedPhone;
    std::optional<long long> members;
};

/// Active households linked to building `buildingId`, at most `limit`, and how many there are.
struct BuildingHouseholds {
    std::vector<HouseholdSummary> households;
    long long total = 0;
};
Result<BuildingHouseholds> householdsOfBuilding(Project& project, int64_t buildingId, int limit);

/// The grid code a building is assigned to (empty when none).
Result<std::string> gridOfBuilding(Project& project, int64_t buildingId);

}  // namespace ga::store
