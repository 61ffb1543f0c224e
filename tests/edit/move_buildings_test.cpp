// Moving buildings to a neighbouring grid: the boundary follows, nothing else changes.
#include "edit/move_buildings.h"

#include <gtest/gtest.h>

#include "edit/merge.h"
#include "edit_test_support.h"

using namespace ga;
using namespace ga::edit;
using namespace ga::edit::test;

namespace {

// The building of `compound` number `number`.
const store::EditBuilding* building(const Workspace& ws, std::string_view compound, std::string_view number) {
    for (const auto& b : ws.buildings())
        if (b.compound == compound && b.number == number) return &b;
    return nullptr;
}

}  // namespace

using MoveBuildings = SampleTest;

TEST_F(MoveBuildings, BuildingsGoAndTheBoundaryFollows) {
    // 华荣上海城 3 sits in the east of grid 006, by its neighbour across 文峰路.
    const store::EditBuilding* b = building(*ws, "华荣上海城", "3");
    ASSERT_NE(b, nullptr);
    ASSERT_EQ(b->grid, kGrid006);
    const auto near = neighboursOf(*ws, *ws->gridByCode(kGrid006));
    // The neighbour nearest to the building.
    std::string target;
    double best = 1e18;
    for (const auto& [slot, len] : near) {
        const geo::Box nb = ws->grids()[slot].geometry.bounds();
        const double d = std::abs(nb.center().x - b->geometry.bounds().center().x) +
                         std::abs(nb.center().y - b->geometry.bounds().center().y);
        if (d < best) best = d, target = ws->grids()[slot].code;
    }
    const long long before006 = ws->householdsOfGrid(kGrid006), beforeTarget = ws->householdsOfGrid(target);
    const int64_t id = b->id;
    const int64_t ids[] = {id};
    commit(planMoveBuildings(*project, *ws, ids, target));
    EXPECT_EQ(ws->buildings()[*ws->buildingById(id)].grid, target);
    EXPECT_EQ(ws->householdsOfGrid(kGrid006), before006 - 31);
    EXPECT_EQ(ws->householdsOfGrid(target), beforeTarget + 31);
    const CoverageFigures f = coverage(*ws);
    EXPECT_EQ(f.gaps, 0u);
    EXPECT_EQ(f.overlaps, 0u);
    EXPECT_EQ(f.cutBuildings, 0u);
    EXPECT_EQ(grid(kGrid006).geometry.partCount(), 1u);
    EXPECT_EQ(grid(target).geometry.partCount(), 1u);
}

TEST_F(MoveBuildings, RefusesAGridThatIsNotANeighbour) {
    const store::EditBuilding* b = building(*ws, "华荣上海城", "3");
    ASSERT_NE(b, nullptr);
    const int64_t ids[] = {b->id};
    auto plan = planMoveBuildings(*project, *ws, ids, kGrid001);
    ASSERT_FALSE(plan);
    EXPECT_NE(plan.error().message.find("相邻"), std::string::npos) << plan.error().message;
}

TEST_F(MoveBuildings, RefusesBuildingsOfTwoGrids) {
    const std::vector<int64_t> ids = {ws->buildings()[ws->buildingsOfGrid(kGrid001).front()].id,
                                      ws->buildings()[ws->buildingsOfGrid(kGrid002).front()].id};
    EXPECT_FALSE(planMoveBuildings(*project, *ws, ids, kGrid002));
}

TEST_F(MoveBuildings, RefusesEveryBuildingOfTheGrid) {
    std::vector<int64_t> ids;
    for (uint32_t b : ws->buildingsOfGrid(kGrid006)) ids.push_back(ws->buildings()[b].id);
    const auto near = neighboursOf(*ws, *ws->gridByCode(kGrid006));
    auto plan = planMoveBuildings(*project, *ws, ids, ws->grids()[near.front().first].code);
    ASSERT_FALSE(plan);
    EXPECT_NE(plan.error().message.find("全部楼栋"), std::string::npos) << plan.error().message;
}
