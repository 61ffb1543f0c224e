#include "analysis/heatmap.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ga::analysis {
namespace {

IssueTable twoIssues() {
    IssueTable::Row a{"1", "矛盾纠纷", "一般", "处置", "网格", "2026-01-05T09:00:00", "", "", "G1", geo::Point{1000, 2000}};
    IssueTable::Row b{"2", "环境卫生", "重大", "处置", "网格", "2026-02-05T09:00:00", "", "", "G1", geo::Point{1300, 2000}};
    IssueTable::Row unlocated{"3", "环境卫生", "一般", "处置", "网格", "2026-02-06T09:00:00", "", "", "G1"};
    return IssueTable::fromRows({a, b, unlocated}, {{"G1", "一网格", "C1", 10}});
}

TEST(Heatmap, RefusesARadiusThatIsNotPositive) {
    const IssueTable t = twoIssues();
    for (double r : {0.0, -5.0, std::nan("")}) {
        HeatmapRequest req;
        req.radius = r;
        const auto d = heatmapRaster(t, req, 10);
        ASSERT_FALSE(d);
        EXPECT_NE(d.error().message.find("positive number of metres"), std::string::npos) << d.error().message;
    }
    HeatmapRequest ok;
    EXPECT_FALSE(heatmapRaster(t, ok, 0));
}

TEST(Heatmap, CoversTheIssuesGrownByTheRadius) {
    HeatmapRequest req;
    req.radius = 100;
    const auto d = heatmapRaster(twoIssues(), req, 10);
    ASSERT_TRUE(d) << d.error().message;
    const geo::Box e = d->frame.extent();
    EXPECT_LE(e.minx, 900);
    EXPECT_GE(e.maxx, 1400);
    EXPECT_LE(e.miny, 1900);
    EXPECT_GE(e.maxy, 2100);
    EXPECT_NEAR(d->max(), 1.0, 0.011);  // two separate kernels, each near 1 at the nearest cell centre
}

TEST(Heatmap, WeighsBySeverityWhenAsked) {
    HeatmapRequest req;
    req.radius = 100;
    req.weight = HeatWeight::Severity;
    const auto d = heatmapRaster(twoIssues(), req, 10);
    ASSERT_TRUE(d);
    EXPECT_NEAR(d->max(), 4.0, 0.045);  // 重大 weighs 4
}

TEST(Heatmap, FollowsTheFilter) {
    HeatmapRequest req;
    req.radius = 100;
    req.filter.from = ledger::parseTime("2026-02-01");
    const PointSample s = heatmapSample(twoIssues(), req, {0, 0, 5000, 5000});
    ASSERT_EQ(s.size(), 1u);  // issue 2; issue 3 has no location
    EXPECT_FLOAT_EQ(s.origin.x + s.x[0], 1300);
    req.filter.from = ledger::parseTime("2027-01-01");
    EXPECT_FALSE(heatmapRaster(twoIssues(), req, 10));
}

TEST(Heatmap, RefusesARasterTooLargeToHold) {
    HeatmapRequest req;
    req.radius = 50000;
    const auto d = heatmapRaster(twoIssues(), req, 1);
    ASSERT_FALSE(d);
    EXPECT_NE(d.error().message.find("choose larger cells"), std::string::npos);
}

TEST(Heatmap, ScreenCellsAreCoarserWhenTheRadiusSpansManyPixels) {
    EXPECT_DOUBLE_EQ(screenCellSize(30, 10), 10);  // r = 3 px: cells of a pixel
    EXPECT_DOUBLE_EQ(screenCellSize(150, 10), 25);  // r = 15 px: six cells of 2.5 px
    EXPECT_DOUBLE_EQ(screenCellSize(150, 1), 25);
    HeatmapRequest req;
    req.radius = 150;
    const DensityRaster d = screenDensity(twoIssues(), req, {0, 1000, 2000, 3000}, 200, 200);  // 10 m per pixel
    EXPECT_DOUBLE_EQ(d.frame.cell, 25);
    EXPECT_EQ(d.frame.width, 82);  // 80 cells and one around
    EXPECT_LE(d.frame.extent().minx, 0);
    EXPECT_GE(d.frame.extent().maxx, 2000);
    EXPECT_NEAR(d.max(), 0.972, 0.03);  // binned at R = 6 cells: within 3% of the exact 0.972 at the nearest centre
}

}  // namespace
}  // namespace ga::analysis
