#include "render/legend.h"

#include <gtest/gtest.h>

#include <QImage>

#include "render/map_fonts.h"

using namespace ga;

TEST(Legend, StatusEntriesGiveTheProjectsHouseholdRange) {
    model::ModelInfo info;
    info.range = {200, 450};
    const auto items = render::legendItems(render::MapStyle::defaults(), info);
    ASSERT_GE(items.size(), 3u);
    EXPECT_TRUE(items[0].label.contains(QStringLiteral("少于200户")));
    EXPECT_TRUE(items[1].label.contains(QStringLiteral("200–450户")));
    EXPECT_TRUE(items[2].label.contains(QStringLiteral("多于450户")));
}

TEST(Legend, ListsOnlyLayersShownAtTheScale) {
    render::MapStyle s = render::MapStyle::defaults();
    s.layer(store::Layer::Water).visible = false;
    const auto all = render::legendItems(s, {});
    const auto far = render::legendItems(s, {}, 10);  // organisations hide beyond 1.5 m/px
    auto has = [](const std::vector<render::LegendItem>& items, const QString& label) {
        for (const auto& i : items)
            if (i.label == label) return true;
        return false;
    };
    EXPECT_FALSE(has(all, QStringLiteral("水系")));
    EXPECT_TRUE(has(all, QStringLiteral("组织机构")));
    EXPECT_FALSE(has(far, QStringLiteral("组织机构")));
    EXPECT_FALSE(has(all, QStringLiteral("事件")));  // issues are hidden by default
}

TEST(Legend, DrawsWithinItsSize) {
    render::LegendLayout layout;
    layout.font = render::MapFonts::forOutput(render::OutputKind::Screen).legend;
    const auto items = render::legendItems(render::MapStyle::defaults(), {});
    const QSizeF size = render::legendSize(items, layout);
    QImage img(400, 500, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    {
        QPainter p(&img);
        render::drawLegend(p, {10, 10}, items, layout);
    }
    ASSERT_LT(size.height() + 12, 500);
    EXPECT_NE(img.pixelColor(20, 20).alpha(), 0);
    EXPECT_EQ(img.pixelColor(static_cast<int>(10 + size.width() + 2), 20).alpha(), 0);
    EXPECT_EQ(img.pixelColor(20, static_cast<int>(10 + size.height() + 2)).alpha(), 0);
}

TEST(Legend, ColumnsMakeItWiderAndShorter) {
    render::LegendLayout one;
    one.font = render::MapFonts::forOutput(render::OutputKind::Vector).legend;
    render::LegendLayout two = one;
    two.columns = 2;
    const auto items = render::legendItems(render::MapStyle::defaults(), {});
    ASSERT_GE(items.size(), 4u);
    const QSizeF a = render::legendSize(items, one), b = render::legendSize(items, two);
    EXPECT_GT(b.width(), a.width() * 1.6);
    EXPECT_LT(b.height(), a.height() * 0.7);
    // Both columns are drawn inside the size: the second column's symbols leave ink right of the first.
    QImage img(static_cast<int>(b.width()) + 20, static_cast<int>(b.height()) + 20, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    {
        QPainter p(&img);
        render::drawLegend(p, {10, 10}, items, two);
    }
    EXPECT_EQ(img.pixelColor(static_cast<int>(10 + b.width() + 4), 20).alpha(), 0);
    bool inkRight = false;  // the second column: something dark right of where one column ends
    for (int y = 10 + static_cast<int>(b.height() / 3); y < 10 + static_cast<int>(b.height()) - 4; ++y)
        for (int x = 10 + static_cast<int>(a.width()); x < 10 + static_cast<int>(b.width()) - 4; ++x)
            if (img.pixelColor(x, y).alpha() == 255 && img.pixelColor(x, y).lightness() < 160) inkRight = true;
    EXPECT_TRUE(inkRight);
}
