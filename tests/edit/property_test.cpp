// Random lines over the sample: every split the library accepts keeps areas and households,
// leaves no gap, overlap or cut building, and undoes back to the same project.
#include <gtest/gtest.h>

#include <random>

#include "edit/planar.h"
#include "edit/split.h"
#include "edit_test_support.h"

using namespace ga;
using namespace ga::edit;
using namespace ga::edit::test;

using RandomSplits = SampleTest;

TEST_F(RandomSplits, KeepTotalsAndCoverage) {
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> unit(0, 1);
    const Snapshot start = snapshot(*project);
    const double totalArea = coverage(*ws).gridArea;
    int accepted = 0, refused = 0;
    for (int i = 0; i < 40; ++i) {
        const store::EditGrid& g = ws->grids()[rng() % ws->grids().size()];
        const std::string code = g.code;
        const geo::Box b = g.geometry.bounds();
        // From a point west (or south) of the grid to one east (or north), through a random
        // point inside its box, so lines bend.
        auto at = [&](double fx, double fy) { return geo::Point{b.minx + fx * b.width(), b.miny + fy * b.height()}; };
        const bool across = unit(rng) < 0.5;
        const geo::Point a = across ? at(-0.1, unit(rng)) : at(unit(rng), -0.1);
        const geo::Point m = at(0.2 + 0.6 * unit(rng), 0.2 + 0.6 * unit(rng));
        const geo::Point z = across ? at(1.1, unit(rng)) : at(unit(rng), 1.1);
        const long long households = ws->householdsOfGrid(code);
        const double area = stableArea(g.geometry);
        auto plan = planSplit(*project, *ws, code, line({a, m, z}));
        if (!plan) {
            ++refused;
            continue;
        }
        long long sum = 0;
        double parts = 0;
        for (const PlannedGrid& p : plan->grids)
            if (p.code == code || p.created) sum += p.households, parts += stableArea(p.geometry);
        EXPECT_EQ(sum, households) << "line " << i;
        EXPECT_NEAR(parts, area, 1e-6 * area) << "line " << i;
        auto id = commitPlan(*project, *ws, *plan, "tester");
        ASSERT_TRUE(id) << id.error().message;
        ++accepted;
        const CoverageFigures f = coverage(*ws);
        EXPECT_EQ(f.gaps, 0u) << "line " << i;
        EXPECT_EQ(f.overlaps, 0u) << "line " << i;
        EXPECT_EQ(f.cutBuildings, 0u) << "line " << i;
        EXPECT_NEAR(f.gridArea, totalArea, 1e-5) << "line " << i;
        auto undo = undoInWorkspace(*project, *ws, *id, "tester");
        ASSERT_TRUE(undo) << undo.error().message;
    }
    EXPECT_EQ(snapshot(*project), start);
    EXPECT_GT(accepted, 20) << refused << " refused";
}
