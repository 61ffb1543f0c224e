#include "render/map_view.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace ga;
using render::MapView;

TEST(MapView, ScreenAndMapPositionsRoundTrip) {
    MapView v;
    v.centre = {500000, 3500000};
    v.metresPerPixel = 0.5;
    v.size = {800, 600};
    const QPointF c = v.toScreen(v.centre);
    EXPECT_DOUBLE_EQ(c.x(), 400);
    EXPECT_DOUBLE_EQ(c.y(), 300);
    const QPointF north = v.toScreen({500000, 3500010});
    EXPECT_DOUBLE_EQ(north.y(), 280);  // y grows downwards
    const geo::Point back = v.toMap({123, 456});
    EXPECT_NEAR(v.toScreen(back).x(), 123, 1e-6);
    EXPECT_NEAR(v.toScreen(back).y(), 456, 1e-6);
}

TEST(MapView, FittingShowsTheWholeExtent) {
    const geo::Box box{1000, 2000, 3000, 2500};
    const MapView v = MapView::fitting(box, {400, 400});
    const geo::Box e = v.extent();
    EXPECT_LE(e.minx, box.minx);
    EXPECT_GE(e.maxx, box.maxx);
    EXPECT_LE(e.miny, box.miny);
    EXPECT_GE(e.maxy, box.maxy);
    EXPECT_NEAR(v.metresPerPixel, 2000 * 1.06 / 400, 1e-9);
}

TEST(MapView, WheelZoomKeepsThePointUnderTheCursor) {
    MapView v;
    v.centre = {0, 0};
    v.metresPerPixel = 2;
    const QPointF cursor(100, 50);
    const geo::Point before = v.toMap(cursor);
    const MapView z = v.zoomedAt(cursor, 2);
    EXPECT_DOUBLE_EQ(z.metresPerPixel, 1);
    EXPECT_NEAR(z.toMap(cursor).x, before.x, 1e-9);
    EXPECT_NEAR(z.toMap(cursor).y, before.y, 1e-9);
    const MapView p = v.pannedBy({10, -5});
    EXPECT_NEAR(p.toScreen(before).x(), cursor.x() + 10, 1e-9);
    EXPECT_NEAR(p.toScreen(before).y(), cursor.y() - 5, 1e-9);
}

TEST(MapView, AbsurdViewsAreRefusedWithTheReason) {
    MapView v;
    EXPECT_TRUE(render::checkView(v));
    MapView far = v;
    far.metresPerPixel = 1e9;
    ASSERT_FALSE(render::checkView(far));
    EXPECT_NE(render::checkView(far).error().message.find("scale"), std::string::npos);
    MapView nan = v;
    nan.centre.x = std::numeric_limits<double>::quiet_NaN();
    EXPECT_FALSE(render::checkView(nan));
    MapView empty = v;
    empty.size = {0, 10};
    EXPECT_FALSE(render::checkView(empty));
    MapView huge = v;
    huge.size = {20000, 20000};
    huge.devicePixelRatio = 4;
    EXPECT_FALSE(render::checkView(huge));
}
