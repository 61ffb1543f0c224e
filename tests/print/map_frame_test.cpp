#include "print/map_frame.h"

#include <gtest/gtest.h>

#include "print/scale_bar.h"

using namespace ga;
using namespace ga::print;

TEST(MapFrame, ScalesAreRound) {
    EXPECT_DOUBLE_EQ(roundScale(1000), 1000);
    EXPECT_DOUBLE_EQ(roundScale(1001), 1250);
    EXPECT_DOUBLE_EQ(roundScale(2600), 3000);
    EXPECT_DOUBLE_EQ(roundScale(7600), 10000);
    EXPECT_DOUBLE_EQ(roundScale(431), 500);
}

TEST(MapFrame, ShowsTheWholeExtentAtItsScale) {
    const geo::Box extent{500000, 3500000, 500420, 3500300};
    const QRectF rect(20, 40, 180, 120);
    const MapFrame f = fitMapFrame(extent, rect, 0.3, 300, 0.05);
    // 420 m * 1.1 over 180 mm needs 2.57 m/mm: the next round scale is 1:3 000.
    EXPECT_DOUBLE_EQ(f.scaleDenominator, 3000);
    EXPECT_NEAR(f.view.metresPerPixel, 3.0 * 0.3, 1e-12);
    EXPECT_NEAR(f.view.size.width() * f.mmPerPixel, rect.width(), 1e-9);
    EXPECT_NEAR(f.view.devicePixelRatio, 300 / 25.4 * 0.3, 1e-12);
    const QPointF a = f.toSheet({extent.minx, extent.maxy}), b = f.toSheet({extent.maxx, extent.miny});
    EXPECT_TRUE(rect.contains(a));
    EXPECT_TRUE(rect.contains(b));
    // A ruler on the paper measures the ground: 420 m is 140 mm at 1:3 000.
    EXPECT_NEAR(b.x() - a.x(), 140, 1e-6);
    EXPECT_NEAR(b.y() - a.y(), 100, 1e-6);
}

TEST(ScaleBar, IsARoundLengthNoLongerThanAllowed) {
    const ScaleBar bar = scaleBarFor(3, 50);  // 1:3 000, at most 50 mm: 150 m would do, 100 m is round
    EXPECT_DOUBLE_EQ(bar.metres, 100);
    EXPECT_NEAR(bar.lengthMm, 100.0 / 3, 1e-9);
    EXPECT_DOUBLE_EQ(scaleBarFor(1.25, 50).metres, 50);
    EXPECT_DOUBLE_EQ(scaleBarFor(40, 60).metres, 2000);
    EXPECT_EQ(scaleBarFor(40, 60).segments, 4);
    EXPECT_EQ(distanceText(2000), QStringLiteral("2公里"));
    EXPECT_EQ(distanceText(50), QStringLiteral("50米"));
    EXPECT_EQ(scaleText(10000), QStringLiteral("比例尺 1:10") + QChar(0x2009) + QStringLiteral("000"));
}
