// Snapping for the drawing tools and tracing along roads.
#include "edit/snapper.h"

#include <gtest/gtest.h>

#include <cmath>

#include "edit_test_support.h"

using namespace ga;
using namespace ga::edit;
using namespace ga::edit::test;

using Snapping = SampleTest;

TEST_F(Snapping, APointNearAGridCornerSnapsToIt) {
    const geo::Point corner = grid(kGrid006).geometry.points[1];
    const Snapper snapper(*ws);
    const Snap s = snapper.snap({corner.x + 1.5, corner.y - 1}, 3);
    EXPECT_EQ(s.kind, SnapKind::GridVertex);
    EXPECT_EQ(s.point, corner);
}

TEST_F(Snapping, APointNearARoadSnapsOntoIt) {
    const geo::Geometry road = innerRoadLine(*ws);
    const auto r = road.ring(0);
    const geo::Point mid{(r[0].x + r[1].x) / 2 + 2, (r[0].y + r[1].y) / 2};
    const Snap s = Snapper(*ws).snap(mid, 4);
    ASSERT_EQ(s.kind, SnapKind::RoadLine);
    EXPECT_LT(std::hypot(s.point.x - mid.x, s.point.y - mid.y), 4);
}

TEST_F(Snapping, NothingNearKeepsThePoint) {
    const geo::Point c = grid(kGrid001).geometry.bounds().center();
    const Snap s = Snapper(*ws).snap(c, 0.01);
    EXPECT_EQ(s.kind, SnapKind::None);
    EXPECT_EQ(s.point, c);
}

TEST_F(Snapping, TracesAlongRoadsAcrossAJunction) {
    // 人民路 and 文峰路 cross without a shared vertex; the trace still turns there.
    const auto roadNamed = [&](std::string_view name) -> const store::EditRoad& {
        for (const auto& r : ws->roads())
            if (r.name == name) return r;
        ADD_FAILURE() << "no road " << name;
        return ws->roads().front();
    };
    const auto& renmin = roadNamed("人民路").geometry.ring(0);
    const auto& wenfeng = roadNamed("文峰路").geometry.ring(0);
    const Snapper snapper(*ws);
    const geo::Point onRenmin{renmin[0].x * 0.7 + renmin[1].x * 0.3, renmin[0].y * 0.7 + renmin[1].y * 0.3};
    const geo::Point onWenfeng{wenfeng[2].x * 0.6 + wenfeng[3].x * 0.4, wenfeng[2].y * 0.6 + wenfeng[3].y * 0.4};
    const Snap a = snapper.snap(onRenmin, 2), b = snapper.snap(onWenfeng, 2);
    ASSERT_TRUE(a.kind == SnapKind::RoadLine || a.kind == SnapKind::RoadVertex);
    ASSERT_TRUE(b.kind == SnapKind::RoadLine || b.kind == SnapKind::RoadVertex);
    auto path = snapper.traceAlongRoads(a, b);
    ASSERT_TRUE(path);
    EXPECT_GE(path->size(), 3u);
    EXPECT_EQ(path->front(), a.point);
    EXPECT_EQ(path->back(), b.point);
}
