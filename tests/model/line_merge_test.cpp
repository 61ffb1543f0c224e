#include "model/line_merge.h"

#include <gtest/gtest.h>

using namespace ga;

namespace {

geo::Geometry line(std::initializer_list<geo::Point> pts) {
    return geo::Geometry::lineString(std::vector<geo::Point>(pts));
}

}  // namespace

TEST(LineMerge, ChainsPiecesOfOneNameWhateverTheirDirection) {
    model::FeatureGeometry g;
    g.add(line({{0, 0}, {100, 0}}));
    g.add(line({{200, 0}, {100, 0}}));  // stored the other way round
    g.add(line({{200, 0}, {300, 0}}));
    g.add(line({{300, 0}, {400, 0}}));  // same place, another name
    g.buildIndex();
    const std::vector<std::string> names{"学院路", "学院路", "学院路", "成府路"};
    const auto merged = model::mergeLinesByName(g, names, 0.5);
    ASSERT_EQ(merged.lines.size(), 2u);
    for (size_t i = 0; i < merged.lines.size(); ++i) {
        const auto pts = merged.lines.ring(merged.lines.rings(i).first);
        if (names[merged.source[i]] == "学院路") {
            EXPECT_EQ(pts.size(), 4u);
            EXPECT_NEAR(merged.lines.bounds(i).width(), 300, 1e-6);
        } else {
            EXPECT_NEAR(merged.lines.bounds(i).width(), 100, 1e-6);
        }
    }
}

TEST(LineMerge, AtAJunctionTheChainGoesStraightOn) {
    model::FeatureGeometry g;
    g.add(line({{0, 0}, {100, 0}}));
    g.add(line({{100, 0}, {100, 100}}));  // a branch turning north
    g.add(line({{100, 0}, {200, 0}}));    // straight on
    g.buildIndex();
    const std::vector<std::string> names{"学院路", "学院路", "学院路"};
    const auto merged = model::mergeLinesByName(g, names, 0.5);
    ASSERT_EQ(merged.lines.size(), 2u);
    bool straight = false;
    for (size_t i = 0; i < merged.lines.size(); ++i)
        if (merged.lines.bounds(i).width() > 199 && merged.lines.bounds(i).height() < 1e-6) straight = true;
    EXPECT_TRUE(straight);
}

TEST(LineMerge, UnnamedLinesAreLeftOut) {
    model::FeatureGeometry g;
    g.add(line({{0, 0}, {100, 0}}));
    g.buildIndex();
    EXPECT_EQ(model::mergeLinesByName(g, {""}, 0.5).lines.size(), 0u);
}
