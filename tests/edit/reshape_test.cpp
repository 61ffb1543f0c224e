// Reshaping shared boundaries: a vertex moves in every grid that has it, folds and the community
// line are refused, and random drags never open a gap or an overlap.
#include "edit/reshape.h"

#include <gtest/gtest.h>

#include <random>

#include "edit/planar.h"
#include "edit/shared_vertices.h"
#include "edit_test_support.h"

using namespace ga;
using namespace ga::edit;
using namespace ga::edit::test;

namespace {

// Every grid vertex held by two or more grids and not on the coverage's outline.
std::vector<BoundaryVertex> innerVertices(const Workspace& ws) {
    std::vector<BoundaryVertex> out;
    for (const auto& g : ws.grids())
        for (const geo::Point& p : vertices(g.geometry)) {
            auto v = findBoundaryVertex(ws, p, 1e-9);
            if (!v || v->onCommunityLine || v->grids.size() < 2) continue;
            if (std::none_of(out.begin(), out.end(), [&](const BoundaryVertex& o) { return o.at == v->at; }))
                out.push_back(*v);
        }
    return out;
}

}  // namespace

using Reshape = SampleTest;

TEST_F(Reshape, MovesASharedVertexInEveryGridThatHasIt) {
    const auto inner = innerVertices(*ws);
    ASSERT_FALSE(inner.empty());
    const BoundaryVertex& v = inner.front();
    const geo::Point to{v.at.x + 4, v.at.y - 3};
    std::vector<std::string> codes;
    for (size_t s : v.grids) codes.push_back(ws->grids()[s].code);
    const double before = coverage(*ws).gridArea;
    commit(planMoveVertex(*project, *ws, v.at, to));
    for (const std::string& c : codes) {
        EXPECT_TRUE(hasVertex(grid(c).geometry, to)) << c;
        EXPECT_FALSE(hasVertex(grid(c).geometry, v.at)) << c;
    }
    const CoverageFigures f = coverage(*ws);
    EXPECT_EQ(f.gaps, 0u);
    EXPECT_EQ(f.overlaps, 0u);
    EXPECT_NEAR(f.gridArea, before, 1e-6);
}

TEST_F(Reshape, MovesASharedSegmentWithBothNeighbours) {
    const auto inner = innerVertices(*ws);
    ASSERT_FALSE(inner.empty());
    // A segment between two inner vertices.
    std::optional<BoundarySegment> seg;
    for (const BoundaryVertex& v : inner) {
        const geo::Geometry& g = ws->grids()[v.grids[0]].geometry;
        geo::Point before, after;
        ASSERT_TRUE(vertexNeighbours(g, v.at, before, after));
        for (const BoundaryVertex& w : inner)
            if (w.at == after) seg = findBoundarySegment(*ws, {(v.at.x + after.x) / 2, (v.at.y + after.y) / 2}, 0.01);
        if (seg) break;
    }
    ASSERT_TRUE(seg);
    ASSERT_EQ(seg->grids.size(), 2u);
    commit(planMoveSegment(*project, *ws, seg->a, seg->b, 2.5, 2.5));
    const CoverageFigures f = coverage(*ws);
    EXPECT_EQ(f.gaps, 0u);
    EXPECT_EQ(f.overlaps, 0u);
}

TEST_F(Reshape, RefusesAVertexOnTheCommunityLine) {
    const geo::Geometry& g = grid(kGrid001).geometry;
    for (const geo::Point& p : vertices(g)) {
        auto v = findBoundaryVertex(*ws, p, 1e-9);
        if (!v || !v->onCommunityLine) continue;
        auto plan = planMoveVertex(*project, *ws, v->at, {v->at.x + 5, v->at.y + 5});
        ASSERT_FALSE(plan);
        EXPECT_NE(plan.error().message.find("外缘"), std::string::npos) << plan.error().message;
        return;
    }
    FAIL() << "grid 001 has no vertex on the community line";
}

TEST_F(Reshape, RefusesAMoveThatFoldsAGrid) {
    const BoundaryVertex v = innerVertices(*ws).front();
    // Far across the grids around it.
    auto plan = planMoveVertex(*project, *ws, v.at, {v.at.x + 2000, v.at.y + 2000});
    ASSERT_FALSE(plan);
}

TEST_F(Reshape, RefusesWhereThereIsNoVertex) {
    const geo::Point c = grid(kGrid006).geometry.bounds().center();
    EXPECT_FALSE(planMoveVertex(*project, *ws, c, {c.x + 1, c.y}));
}

TEST_F(Reshape, RandomDragsNeverOpenAGapOrOverlap) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> offset(-40, 40);
    const double area = coverage(*ws).gridArea;
    int accepted = 0;
    for (int i = 0; i < 40; ++i) {
        const auto inner = innerVertices(*ws);
        ASSERT_FALSE(inner.empty());
        const BoundaryVertex& v = inner[rng() % inner.size()];
        auto plan = planMoveVertex(*project, *ws, v.at, {v.at.x + offset(rng), v.at.y + offset(rng)});
        if (!plan) continue;
        ASSERT_TRUE(commitPlan(*project, *ws, *plan, "tester"));
        ++accepted;
        const CoverageFigures f = coverage(*ws);
        ASSERT_EQ(f.gaps, 0u) << "drag " << i;
        ASSERT_EQ(f.overlaps, 0u) << "drag " << i;
        ASSERT_NEAR(f.gridArea, area, 1e-5) << "drag " << i;
    }
    EXPECT_GT(accepted, 10);
}
