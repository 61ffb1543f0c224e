#include "render/line_label.h"

#include <gtest/gtest.h>

#include <QFontMetricsF>
#include <cmath>
#include <numbers>

#include "render/map_fonts.h"

using namespace ga::render;

namespace {

LineLabelStyle roadStyle() { return {MapFonts::forOutput(OutputKind::Screen).road, Qt::black, 25, 60}; }

GlyphRun runOf(const QString& text) { return glyphRun(text, QFontMetricsF(roadStyle().font)); }

}  // namespace

TEST(LineLabel, GlyphsSitOnAStraightLineInReadingOrder) {
    const Polyline line({{0, 100}, {400, 100}});
    auto l = placeAlongLine(line, 200, runOf(QStringLiteral("学院路")), roadStyle());
    ASSERT_TRUE(l);
    ASSERT_EQ(l->parts.size(), 3u);
    EXPECT_EQ(l->parts[0].text, QStringLiteral("学"));
    for (size_t i = 0; i < 3; ++i) {
        EXPECT_NEAR(l->parts[i].angle, 0, 1e-6);
        EXPECT_NEAR(l->parts[i].centre.y(), 100, 1e-6);
        if (i > 0) {
            EXPECT_GT(l->parts[i].centre.x(), l->parts[i - 1].centre.x());
        }
    }
    EXPECT_NEAR((l->parts[0].centre.x() + l->parts[2].centre.x()) / 2, 200, 1);
}

TEST(LineLabel, GlyphsTurnWithASlopedLine) {
    const double a = std::numbers::pi / 6;  // rising 30° to the right on the map: -30° on screen
    const Polyline line({{0, 300}, {400 * std::cos(a), 300 - 400 * std::sin(a)}});
    auto l = placeAlongLine(line, 200, runOf(QStringLiteral("知春路")), roadStyle());
    ASSERT_TRUE(l);
    for (const LabelText& g : l->parts) EXPECT_NEAR(g.angle, -30, 0.01);
    EXPECT_GT(l->parts[1].centre.x(), l->parts[0].centre.x());
    EXPECT_LT(l->parts[1].centre.y(), l->parts[0].centre.y());
}

TEST(LineLabel, ALineDrawnRightToLeftStillReadsLeftToRight) {
    const Polyline line({{400, 100}, {0, 120}});
    auto l = placeAlongLine(line, 200, runOf(QStringLiteral("清华东路")), roadStyle());
    ASSERT_TRUE(l);
    ASSERT_EQ(l->parts.size(), 4u);
    EXPECT_EQ(l->parts[0].text, QStringLiteral("清"));
    for (size_t i = 1; i < 4; ++i) EXPECT_GT(l->parts[i].centre.x(), l->parts[i - 1].centre.x());
    for (const LabelText& g : l->parts) EXPECT_LT(std::abs(g.angle), 90);
}

TEST(LineLabel, ChineseOnASteepLineStandsUprightTopToBottom) {
    const Polyline line({{100, 400}, {100, 0}});  // drawn upwards
    auto l = placeAlongLine(line, 200, runOf(QStringLiteral("成府路")), roadStyle());
    ASSERT_TRUE(l);
    ASSERT_EQ(l->parts.size(), 3u);
    EXPECT_EQ(l->parts[0].text, QStringLiteral("成"));
    for (size_t i = 0; i < 3; ++i) {
        EXPECT_DOUBLE_EQ(l->parts[i].angle, 0);
        EXPECT_NEAR(l->parts[i].centre.x(), 100, 1e-6);
        if (i > 0) {
            EXPECT_GT(l->parts[i].centre.y(), l->parts[i - 1].centre.y());
        }
    }
}

TEST(LineLabel, FollowsACurveAndRefusesAKink) {
    std::vector<QPointF> arc;
    for (int i = 0; i <= 60; ++i) {
        const double t = std::numbers::pi * (0.25 + 0.5 * i / 60.0);  // a gentle arc of radius 600
        arc.push_back({600 * std::cos(t) + 300, 700 - 600 * std::sin(t)});
    }
    const Polyline curve(arc);
    auto l = placeAlongLine(curve, curve.length() / 2, runOf(QStringLiteral("学院路")), roadStyle());
    ASSERT_TRUE(l);
    // Along the arc the glyph angles change monotonically: each glyph follows the line under it.
    EXPECT_NE(l->parts.front().angle, l->parts.back().angle);
    const Polyline kink({{0, 200}, {100, 200}, {100, 100}});
    EXPECT_FALSE(placeAlongLine(kink, 100, runOf(QStringLiteral("学院路路路")), roadStyle()));
    const Polyline tiny({{0, 0}, {10, 0}});
    EXPECT_FALSE(placeAlongLine(tiny, 5, runOf(QStringLiteral("学院路")), roadStyle()));
}

TEST(LineLabel, LongLinesRepeatTheLabel) {
    EXPECT_EQ(labelCentres(100, 120, 300).size(), 0u);
    ASSERT_EQ(labelCentres(200, 60, 300).size(), 1u);
    EXPECT_DOUBLE_EQ(labelCentres(200, 60, 300)[0], 100);
    EXPECT_EQ(labelCentres(1500, 60, 300).size(), 5u);
}

TEST(LineLabel, ClippingSplitsALineIntoItsVisibleRuns) {
    const std::vector<QPointF> zigzag{{-50, 50}, {50, 50}, {50, 150}, {150, 150}, {150, 50}, {250, 50}};
    const auto runs = clipPolyline(zigzag, QRectF(0, 0, 200, 100));
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].front(), QPointF(0, 50));
    EXPECT_EQ(runs[0].back(), QPointF(50, 100));
    EXPECT_EQ(runs[1].front(), QPointF(150, 100));
    EXPECT_EQ(runs[1].back(), QPointF(200, 50));
}
