#include "render/label_engine.h"

#include <gtest/gtest.h>

using namespace ga::render;

namespace {

PlacedLabel label(LabelKind kind, QRectF box) {
    PlacedLabel l;
    l.kind = kind;
    l.boxes.push_back(box);
    return l;
}

}  // namespace

TEST(LabelEngine, TheFirstLabelOfferedWinsAConflict) {
    LabelEngine e(QRectF(0, 0, 500, 500));
    EXPECT_TRUE(e.place(label(LabelKind::Grid, {100, 100, 80, 30})));
    EXPECT_FALSE(e.place(label(LabelKind::Road, {150, 120, 80, 30})));
    EXPECT_TRUE(e.place(label(LabelKind::Road, {300, 120, 80, 30})));
    ASSERT_EQ(e.placed().size(), 2u);
    EXPECT_EQ(e.placed()[0].kind, LabelKind::Grid);
}

TEST(LabelEngine, KeepsAGapBetweenLabelsAndStaysInsideTheMap) {
    LabelEngine e(QRectF(0, 0, 500, 500), 4);
    EXPECT_TRUE(e.place(label(LabelKind::Grid, {100, 100, 50, 20})));
    EXPECT_FALSE(e.place(label(LabelKind::Compound, {152, 100, 50, 20})));  // 2 px away: too close
    EXPECT_TRUE(e.place(label(LabelKind::Compound, {155, 100, 50, 20})));
    EXPECT_FALSE(e.place(label(LabelKind::Building, {480, 10, 30, 10})));  // runs off the right edge
}

TEST(LabelEngine, ALabelOfManyBoxesNeedsThemAllClear) {
    LabelEngine e(QRectF(0, 0, 500, 500));
    ASSERT_TRUE(e.place(label(LabelKind::Grid, {200, 200, 40, 40})));
    PlacedLabel road;
    road.kind = LabelKind::Road;
    for (int i = 0; i < 5; ++i) road.boxes.push_back(QRectF(150 + 20 * i, 215, 14, 14));  // one glyph hits it
    EXPECT_FALSE(e.place(road));
    EXPECT_EQ(e.placed().size(), 1u);
}

TEST(LabelEngine, ReservedAreasStayFree) {
    LabelEngine e(QRectF(0, 0, 500, 500));
    e.reserve({400, 480, 100, 20});
    EXPECT_FALSE(e.place(label(LabelKind::Grid, {420, 470, 40, 20})));
    EXPECT_TRUE(e.placed().empty());
}

TEST(LabelEngine, BoxesSpanningManyCellsCollide) {
    LabelEngine e(QRectF(0, 0, 2000, 2000));
    ASSERT_TRUE(e.place(label(LabelKind::Community, {0, 900, 2000, 40})));  // crosses every column
    EXPECT_FALSE(e.place(label(LabelKind::Grid, {1500, 910, 10, 10})));
    EXPECT_TRUE(e.place(label(LabelKind::Grid, {1500, 960, 10, 10})));
}
