// The map model after an edit, made from the model before it (MapModel::afterChanges), equals a
// full load of the edited project: after every grid and building operation, after undo and after
// a roll-back. Runs on a copy of the built sample.
#include <gtest/gtest.h>

#include <algorithm>

#include "../edit/edit_test_support.h"
#include "edit/building_edits.h"
#include "edit/create_grid.h"
#include "edit/merge.h"
#include "edit/move_buildings.h"
#include "edit/planar.h"
#include "edit/reshape.h"
#include "edit/shared_vertices.h"
#include "edit/split.h"
#include "model/map_model.h"
#include "store/grid_edits.h"

using namespace ga;
using namespace ga::edit;
using namespace ga::edit::test;

namespace {

std::string gridCode(const model::MapModel& m, uint32_t grid) {
    return grid == model::kNone ? std::string("-") : m.grids().features[grid].code;
}

std::string compoundName(const model::MapModel& m, uint32_t compound) {
    return compound == model::kNone ? std::string("-") : m.compoundNames()[compound];
}

// Geometry of feature i of a and b: same boxes, rings and vertices, bit for bit.
void expectSameShape(const model::FeatureGeometry& a, const model::FeatureGeometry& b, size_t i,
                     const std::string& what) {
    ASSERT_EQ(a.kind(i), b.kind(i)) << what;
    const geo::Box &ba = a.bounds(i), &bb = b.bounds(i);
    EXPECT_TRUE(ba.minx == bb.minx && ba.miny == bb.miny && ba.maxx == bb.maxx && ba.maxy == bb.maxy) << what;
    const auto [fa, la] = a.rings(i);
    const auto [fb, lb] = b.rings(i);
    ASSERT_EQ(la - fa, lb - fb) << what;
    for (uint32_t r = 0; r < la - fa; ++r) {
        const auto ra = a.ring(fa + r), rb = b.ring(fb + r);
        ASSERT_EQ(ra.size(), rb.size()) << what;
        for (size_t k = 0; k < ra.size(); ++k)
            ASSERT_TRUE(ra[k].x == rb[k].x && ra[k].y == rb[k].y) << what << " vertex " << k;
    }
}

// The features of both layers in the same order with the same attributes and shapes, and their
// indexes answering a query over the whole layer in the same order.
void expectSameModel(const model::MapModel& a, const model::MapModel& b) {
    ASSERT_EQ(a.grids().size(), b.grids().size());
    for (size_t i = 0; i < a.grids().size(); ++i) {
        const model::Grid &ga = a.grids().features[i], &gb = b.grids().features[i];
        const std::string what = "grid " + gb.code;
        EXPECT_EQ(ga.id, gb.id) << what;
        EXPECT_EQ(ga.code, gb.code) << what;
        EXPECT_EQ(ga.name, gb.name) << what;
        EXPECT_EQ(ga.community, gb.community) << what;
        EXPECT_EQ(ga.households, gb.households) << what;
        EXPECT_EQ(ga.population, gb.population) << what;
        EXPECT_EQ(ga.status, gb.status) << what;
        EXPECT_TRUE(ga.labelPoint == gb.labelPoint) << what;
        expectSameShape(a.grids().geometry, b.grids().geometry, i, what);
        EXPECT_EQ(a.gridByCode(gb.code), b.gridByCode(gb.code)) << what;
    }
    ASSERT_EQ(a.buildings().size(), b.buildings().size());
    for (size_t i = 0; i < a.buildings().size(); ++i) {
        const model::Building &ba = a.buildings().features[i], &bb = b.buildings().features[i];
        const std::string what = "building #" + std::to_string(bb.id);
        ASSERT_EQ(ba.id, bb.id) << what;
        EXPECT_EQ(ba.number, bb.number) << what;
        EXPECT_EQ(ba.households, bb.households) << what;
        EXPECT_EQ(compoundName(a, ba.compound), compoundName(b, bb.compound)) << what;
        EXPECT_EQ(gridCode(a, ba.grid), gridCode(b, bb.grid)) << what;
        EXPECT_TRUE(ba.labelPoint.x == bb.labelPoint.x && ba.labelPoint.y == bb.labelPoint.y) << what;
        expectSameShape(a.buildings().geometry, b.buildings().geometry, i, what);
    }
    const geo::Box all = b.fullExtent();
    std::vector<uint32_t> qa, qb;
    a.grids().geometry.index().query(all, qa);
    b.grids().geometry.index().query(all, qb);
    EXPECT_EQ(qa, qb);
    qa.clear();
    qb.clear();
    a.buildings().geometry.index().query(all, qa);
    b.buildings().geometry.index().query(all, qb);
    EXPECT_EQ(qa, qb);
    EXPECT_EQ(a.layerExtent(store::Layer::Buildings).minx, b.layerExtent(store::Layer::Buildings).minx);
    EXPECT_EQ(a.layerExtent(store::Layer::Grids).maxy, b.layerExtent(store::Layer::Grids).maxy);
}

geo::Geometry squareAt(geo::Point c, double half) {
    return polygon(
        {{c.x - half, c.y - half}, {c.x + half, c.y - half}, {c.x + half, c.y + half}, {c.x - half, c.y + half}});
}

class ModelAfterEdit : public SampleTest {
protected:
    void SetUp() override {
        SampleTest::SetUp();
        loadModel();
    }

    void loadModel() {
        auto m = model::MapModel::load(*project);
        ASSERT_TRUE(m) << m.error().message;
        before.emplace(std::move(*m));
    }

    // Commits `plan`, then checks the model made from the one before against a full load.
    int64_t commitAndCompare(const Result<EditPlan>& plan) {
        if (!plan) {
            ADD_FAILURE() << plan.error().message;
            return 0;
        }
        const int64_t id = commit(plan);
        compareAfter(plan->changes);
        return id;
    }

    void compareAfter(const store::ChangeSet& changes) {
        auto updated = before->afterChanges(*project, changes);
        ASSERT_TRUE(updated) << updated.error().message;
        // Made from the model before, not read afresh: the layers no grid edit touches are shared.
        EXPECT_EQ(&updated->roads(), &before->roads());
        EXPECT_EQ(&updated->issues(), &before->issues());
        auto full = model::MapModel::load(*project);
        ASSERT_TRUE(full) << full.error().message;
        expectSameModel(*updated, *full);
        before.emplace(std::move(*updated));
    }

    void undoAndCompare(int64_t edit) {
        auto undo = undoInWorkspace(*project, *ws, edit, "tester");
        ASSERT_TRUE(undo) << undo.error().message;
        auto changes = store::changesOf(*project, *undo);
        ASSERT_TRUE(changes) << changes.error().message;
        compareAfter(*changes);
    }

    std::optional<model::MapModel> before;
};

TEST_F(ModelAfterEdit, FollowsASplitAndItsUndo) {
    const int64_t edit = commitAndCompare(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    EXPECT_EQ(before->grids().size(), 13u);
    undoAndCompare(edit);
    EXPECT_EQ(before->grids().size(), 12u);
}

TEST_F(ModelAfterEdit, SharesTheLayersASplitLeavesAlone) {
    const model::MapModel old = *before;
    commitAndCompare(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    EXPECT_EQ(&before->roads(), &old.roads());
    EXPECT_EQ(&before->issues(), &old.issues());
    EXPECT_EQ(&before->communities(), &old.communities());
    EXPECT_NE(&before->buildings(), &old.buildings());
    // Buildings only changed grid: their geometry is still the same arrays.
    EXPECT_TRUE(before->buildings().geometry.sharesArraysWith(old.buildings().geometry));
}

TEST_F(ModelAfterEdit, FollowsAMergeAndItsUndo) {
    const int64_t edit = commitAndCompare(planMerge(*project, *ws, {{kGrid001, kGrid002}, "", "", ""}));
    undoAndCompare(edit);
}

TEST_F(ModelAfterEdit, FollowsAReshapedBoundary) {
    std::optional<BoundaryVertex> inner;
    for (const auto& g : ws->grids()) {
        for (const geo::Point& p : vertices(g.geometry)) {
            auto v = findBoundaryVertex(*ws, p, 1e-9);
            if (v && !v->onCommunityLine && v->grids.size() >= 2) {
                inner = v;
                break;
            }
        }
        if (inner) break;
    }
    ASSERT_TRUE(inner);
    commitAndCompare(planMoveVertex(*project, *ws, inner->at, {inner->at.x + 4, inner->at.y - 3}));
}

TEST_F(ModelAfterEdit, FollowsMovedBuildings) {
    const store::EditBuilding* moved = nullptr;
    for (const auto& b : ws->buildings())
        if (b.compound == "华荣上海城" && b.number == "3") moved = &b;
    ASSERT_NE(moved, nullptr);
    const auto near = neighboursOf(*ws, *ws->gridByCode(kGrid006));
    ASSERT_FALSE(near.empty());
    std::string target;
    double best = 1e18;
    for (const auto& [slot, len] : near) {
        const geo::Box nb = ws->grids()[slot].geometry.bounds();
        const double d = std::abs(nb.center().x - moved->geometry.bounds().center().x) +
                         std::abs(nb.center().y - moved->geometry.bounds().center().y);
        if (d < best) best = d, target = ws->grids()[slot].code;
    }
    const int64_t ids[] = {moved->id};
    commitAndCompare(planMoveBuildings(*project, *ws, ids, target));
}

TEST_F(ModelAfterEdit, FollowsARetiredGrid) { commitAndCompare(planRetire(*project, *ws, kGrid001)); }

TEST_F(ModelAfterEdit, FollowsACreatedGrid) {
    const geo::Box b = grid("320623001001012").geometry.bounds();
    ASSERT_TRUE(
        project->db().exec("UPDATE buildings SET grid = NULL WHERE grid = '320623001001012'; "
                           "UPDATE issues SET grid = NULL WHERE grid = '320623001001012'; "
                           "DELETE FROM grids WHERE code = '320623001001012'"));
    reload();
    loadModel();
    commitAndCompare(planCreateGrid(*project, *ws,
                                    polygon({{b.minx - 50, b.miny - 50},
                                             {b.maxx + 50, b.miny - 50},
                                             {b.maxx + 50, b.maxy + 50},
                                             {b.minx - 50, b.maxy + 50}})));
}

TEST_F(ModelAfterEdit, FollowsBuildingsAddedReshapedAndDeleted) {
    const BuildingAttributes a{.compound = "新建小区", .number = std::string(1, '1'), .households = 40};
    commitAndCompare(planAddBuilding(*project, *ws, squareAt(centroid(grid(kGrid001).geometry), 8), a));
    const store::EditBuilding reshaped = ws->buildings()[ws->buildingsOfGrid(kGrid001).front()];
    commitAndCompare(planReshapeBuilding(*project, *ws, reshaped.id, squareAt(centroid(grid(kGrid002).geometry), 6)));
    // A building with linked households: they are unlinked, and its grid counts them no more.
    int64_t linked = 0;
    for (uint32_t slot : ws->buildingsOfGrid(kGrid006))
        if (ws->buildings()[slot].linked) {
            linked = ws->buildings()[slot].id;
            break;
        }
    ASSERT_NE(linked, 0);
    const auto count = [&] { return before->grids().features[*before->gridByCode(kGrid006)].households; };
    const long long households = count();
    const int64_t deletion = commitAndCompare(planDeleteBuilding(*project, *ws, linked));
    EXPECT_LT(count(), households);
    undoAndCompare(deletion);
    EXPECT_EQ(count(), households);
}

TEST_F(ModelAfterEdit, FollowsARollBack) {
    const int64_t first = commit(planSplit(*project, *ws, kGrid006, innerRoadLine(*ws)));
    commit(planMerge(*project, *ws, {{kGrid001, kGrid002}, "", "", ""}));
    loadModel();
    auto undone = store::rollbackTo(*project, first - 1, "tester");
    ASSERT_TRUE(undone) << undone.error().message;
    store::ChangeSet all;
    for (int64_t id : *undone) {
        auto c = store::changesOf(*project, id);
        ASSERT_TRUE(c) << c.error().message;
        all.changes.insert(all.changes.end(), c->changes.begin(), c->changes.end());
    }
    reload();
    compareAfter(all);
}

}  // namespace
