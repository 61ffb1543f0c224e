#include "print/sheet_layout.h"

#include <gtest/gtest.h>

#include <fmt/format.h>

using namespace ga::print;

namespace {

LayoutNeeds typicalNeeds(TemplateId id) {
    LayoutNeeds n;
    n.staff = 3;
    n.gridRows = id == TemplateId::Overview ? 12 : 0;
    n.community = id == TemplateId::Overview;
    n.insetAspect = 0.8;
    n.legend = {QSizeF(40, 80), QSizeF(80, 42), QSizeF(120, 30)};
    return n;
}

}  // namespace

TEST(SheetLayout, EveryTemplateFitsEveryPaperBothWays) {
    for (const PrintTemplate& t : printTemplates())
        for (PaperSize size : {PaperSize::A4, PaperSize::A3, PaperSize::A2, PaperSize::A1, PaperSize::A0})
            for (Orientation o : {Orientation::Portrait, Orientation::Landscape}) {
                const Paper paper{size, o};
                const std::string what = fmt::format("{} {}", t.name, paper.name().toStdString());
                const SheetLayout l = layoutSheet(t.id, paper, typicalNeeds(t.id));
                const QRectF page(QPointF(0, 0), l.page);
                std::vector<QRectF> parts = {l.title, l.map, l.footer};
                for (const PanelBlock& b : l.blocks) parts.push_back(b.rect);
                for (size_t i = 0; i < parts.size(); ++i) {
                    EXPECT_TRUE(page.contains(parts[i])) << what << " part " << i;
                    for (size_t j = i + 1; j < parts.size(); ++j)
                        EXPECT_FALSE(parts[i].intersects(parts[j])) << what << " parts " << i << " and " << j;
                }
                // The map is what the sheet is for.
                EXPECT_GT(l.map.width() * l.map.height(), 0.3 * l.page.width() * l.page.height()) << what;
                EXPECT_TRUE(l.map.contains(l.northArrow)) << what;
                EXPECT_TRUE(l.map.contains(l.scaleBar)) << what;
                const bool grid = t.subject == Subject::Grid;
                EXPECT_EQ(!l.block(BlockKind::Staff).isEmpty(), grid) << what;
                EXPECT_EQ(!l.block(BlockKind::Inset).isEmpty(), grid) << what;
                EXPECT_EQ(!l.block(BlockKind::GridTable).isEmpty(), !grid) << what;
                EXPECT_FALSE(l.block(BlockKind::Legend).isEmpty()) << what;
                EXPECT_FALSE(l.block(BlockKind::Totals).isEmpty()) << what;
            }
}

TEST(SheetLayout, SizesGrowWithThePaper) {
    const SheetLayout a4 = layoutSheet(TemplateId::Notice, {PaperSize::A4, Orientation::Portrait}, typicalNeeds(TemplateId::Notice));
    const SheetLayout a0 = layoutSheet(TemplateId::Notice, {PaperSize::A0, Orientation::Portrait}, typicalNeeds(TemplateId::Notice));
    EXPECT_NEAR(a0.style.unit / a4.style.unit, 841.0 / 210, 1e-9);
    EXPECT_NEAR(a0.title.height() / a4.title.height(), 841.0 / 210, 1e-9);
}

TEST(SheetLayout, TheLegendTakesTheColumnsThatShowItLargest) {
    const std::array<QSizeF, 3> natural = {QSizeF(40, 80), QSizeF(80, 42), QSizeF(120, 30)};
    EXPECT_EQ(legendColumns(natural, QSizeF(45, 90)), 1);
    EXPECT_EQ(legendColumns(natural, QSizeF(90, 45)), 2);
    EXPECT_EQ(legendColumns(natural, QSizeF(130, 30)), 3);
}
