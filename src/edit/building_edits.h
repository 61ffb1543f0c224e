#pragma once
// Buildings built, rebuilt and demolished. A building belongs to the grid holding most of it; the
// households of a deleted building go back to the geocoding review queue (unlinked and queued),
// never silently lost.
#include <cstdint>
#include <optional>
#include <string>

#include "core/error.h"
#include "edit/edit_plan.h"
#include "edit/workspace.h"
#include "geo/geometry.h"
#include "store/project.h"

namespace ga::edit {

struct BuildingAttributes {
    std::string compound = {}, number = {}, road = {}, door = {}, use = {}, name = {};
    std::optional<long long> households = {}, floors = {}, units = {};
};

/// Why the households of a deleted building wait for review (the geocoder's reason id for an
/// address whose building is not there), and how far their address still matches.
inline constexpr std::string_view kReviewReason = "building_not_found", kReviewLevel = "compound";

/// A new building with footprint `footprint` (a valid polygon).
Result<EditPlan> planAddBuilding(store::Project& project, const Workspace& workspace, const geo::Geometry& footprint,
                                 const BuildingAttributes& attributes);
/// Building `id` gets footprint `footprint` (and follows the grid holding most of it).
Result<EditPlan> planReshapeBuilding(store::Project& project, const Workspace& workspace, int64_t id,
                                     const geo::Geometry& footprint);
/// Deletes building `id`; its linked households are unlinked into the review queue.
Result<EditPlan> planDeleteBuilding(store::Project& project, const Workspace& workspace, int64_t id);

}  // namespace ga::edit
