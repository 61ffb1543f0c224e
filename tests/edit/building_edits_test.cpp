// Buildings added, reshaped and deleted: counts follow, households of a deleted building go to
// the review queue, undo puts everything back.
#include "edit/building_edits.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "edit/planar.h"
#include "edit_test_support.h"
#include "store/grid_edits.h"
#include "store/review_queue.h"
#include "store/sqlite.h"

using namespace ga;
using namespace ga::edit;
using namespace ga::edit::test;

namespace {

geo::Geometry squareAt(geo::Point c, double half) {
    return polygon(
        {{c.x - half, c.y - half}, {c.x + half, c.y - half}, {c.x + half, c.y + half}, {c.x - half, c.y + half}});
}

}  // namespace

using BuildingEdits = SampleTest;

TEST_F(BuildingEdits, ANewBuildingCountsInTheGridHoldingIt) {
    const geo::Point c = centroid(grid(kGrid001).geometry);
    const BuildingAttributes a{.compound = "新建小区", .number = std::string(1, '1'), .households = 40};
    auto plan = planAddBuilding(*project, *ws, squareAt(c, 8), a);
    ASSERT_TRUE(plan) << plan.error().message;
    commit(plan);
    EXPECT_EQ(ws->householdsOfGrid(kGrid001), 190);
    auto stored = project->db().scalarInt(
        "SELECT households FROM buildings WHERE compound = '新建小区' AND grid = '320623001001001'");
    EXPECT_EQ(stored->value_or(0), 40);
}

TEST_F(BuildingEdits, AReshapedBuildingFollowsItsGrid) {
    const uint32_t slot = ws->buildingsOfGrid(kGrid001).front();
    const store::EditBuilding b = ws->buildings()[slot];
    const geo::Point target = centroid(grid(kGrid002).geometry);
    const long long before = ws->householdsOfGrid(kGrid002);
    commit(planReshapeBuilding(*project, *ws, b.id, squareAt(target, 6)));
    EXPECT_EQ(ws->buildings()[*ws->buildingById(b.id)].grid, kGrid002);
    EXPECT_EQ(ws->householdsOfGrid(kGrid002), before + b.households);
}

TEST_F(BuildingEdits, HouseholdsOfADeletedBuildingGoToTheReviewQueue) {
    const uint32_t slot = ws->buildingsOfGrid(kGrid006).front();
    const int64_t id = ws->buildings()[slot].id;
    ASSERT_TRUE(project->db().exec(
        fmt::format("INSERT OR REPLACE INTO household_links(household, building, level, confidence, reason, method) "
                    "SELECT id, {}, 'room', 0.97, 'compound_name', 'address' FROM households WHERE id IN (1, 2, 3)",
                    id)));
    reload();
    const Snapshot before = snapshot(*project);
    const long long households = ws->householdsOfGrid(kGrid006);
    auto plan = planDeleteBuilding(*project, *ws, id);
    ASSERT_TRUE(plan) << plan.error().message;
    const int64_t edit = commit(plan);
    EXPECT_EQ(ws->householdsOfGrid(kGrid006), households - 3);
    auto queued = project->db().scalarInt(
        "SELECT count(*) FROM review_queue WHERE household IN (1, 2, 3) AND reason = 'building_not_found'");
    EXPECT_EQ(queued->value_or(0), 3);
    auto unlinked = project->db().scalarInt(
        "SELECT count(*) FROM household_links WHERE household IN (1, 2, 3) AND building IS NULL");
    EXPECT_EQ(unlinked->value_or(0), 3);
    auto undo = undoInWorkspace(*project, *ws, edit, "tester");
    ASSERT_TRUE(undo) << undo.error().message;
    EXPECT_EQ(snapshot(*project), before);
    EXPECT_EQ(ws->householdsOfGrid(kGrid006), households);
}

TEST_F(BuildingEdits, UndoOfADeletionPutsBackTheReviewCandidatesNamingIt) {
    // A building with linked households; one of them is also queued, with this building and
    // another as candidates, and a household of another building names it as its second choice.
    int64_t id = 0, other = 0;
    for (uint32_t slot : ws->buildingsOfGrid(kGrid006)) {
        const store::EditBuilding& b = ws->buildings()[slot];
        if (b.linked && id == 0)
            id = b.id;
        else if (b.linked && other == 0)
            other = b.id;
    }
    ASSERT_NE(id, 0);
    ASSERT_NE(other, 0);
    auto mine = store::householdsLinkedTo(*project, id), theirs = store::householdsLinkedTo(*project, other);
    ASSERT_TRUE(mine && theirs && !mine->empty() && !theirs->empty());
    const std::vector<store::ReviewEntry> queue = {
        {mine->front(), "low_confidence", "building", {{id, 0.81}, {other, 0.52}}},
        {theirs->front(), "ambiguous", "compound", {{other, 0.64}, {id, 0.61}}},
    };
    {
        auto tx = store::Transaction::begin(project->db());
        ASSERT_TRUE(tx) << tx.error().message;
        ASSERT_TRUE(store::replaceReviewQueue(*project, queue));
        ASSERT_TRUE(tx->commit());
    }
    reload();
    const Snapshot before = snapshot(*project);
    ASSERT_EQ(before.at("review_candidates").size(), 4u);
    const int64_t edit = commit(planDeleteBuilding(*project, *ws, id));
    auto naming =
        project->db().scalarInt(fmt::format("SELECT count(*) FROM review_candidates WHERE building = {}", id));
    EXPECT_EQ(naming->value_or(-1), 0);
    auto undo = undoInWorkspace(*project, *ws, edit, "tester");
    ASSERT_TRUE(undo) << undo.error().message;
    EXPECT_EQ(snapshot(*project), before);
    // Redo (the undo undone) deletes them again, and its undo brings them back once more.
    auto redo = undoInWorkspace(*project, *ws, *undo, "tester");
    ASSERT_TRUE(redo) << redo.error().message;
    naming = project->db().scalarInt(fmt::format("SELECT count(*) FROM review_candidates WHERE building = {}", id));
    EXPECT_EQ(naming->value_or(-1), 0);
    ASSERT_TRUE(undoInWorkspace(*project, *ws, *redo, "tester"));
    EXPECT_EQ(snapshot(*project), before);
}

TEST_F(BuildingEdits, RefusesAnInvalidFootprint) {
    const geo::Point c = centroid(grid(kGrid001).geometry);
    auto plan = planAddBuilding(*project, *ws,
                                polygon({{c.x, c.y}, {c.x + 10, c.y + 10}, {c.x + 10, c.y}, {c.x, c.y + 10}}), {});
    ASSERT_FALSE(plan);
}

TEST_F(BuildingEdits, RefusesAnUnknownBuilding) { EXPECT_FALSE(planDeleteBuilding(*project, *ws, 999999)); }
