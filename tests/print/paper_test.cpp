#include "print/paper.h"

#include <gtest/gtest.h>

#include "print/print_template.h"

using namespace ga::print;

TEST(Paper, SizesAreIsoMillimetres) {
    EXPECT_EQ((Paper{PaperSize::A4, Orientation::Portrait}.millimetres()), QSizeF(210, 297));
    EXPECT_EQ((Paper{PaperSize::A0, Orientation::Portrait}.millimetres()), QSizeF(841, 1189));
    EXPECT_EQ((Paper{PaperSize::A1, Orientation::Landscape}.millimetres()), QSizeF(841, 594));
    EXPECT_EQ((Paper{PaperSize::A3, Orientation::Portrait}.pageSize().size(QPageSize::Millimeter)), QSizeF(297, 420));
}

TEST(Paper, ParsesEitherCaseAndRefusesOthers) {
    EXPECT_EQ(parsePaperSize("a2").value(), PaperSize::A2);
    EXPECT_EQ(parsePaperSize("A0").value(), PaperSize::A0);
    const auto letter = parsePaperSize("Letter");
    ASSERT_FALSE(letter);
    EXPECT_NE(letter.error().message.find("A4, A3, A2, A1 or A0"), std::string::npos);
    EXPECT_FALSE(parsePaperSize("A5"));
}

TEST(PrintTemplates, AreFoundByNameAndSuitTheirPaper) {
    EXPECT_EQ(findTemplate("notice").value()->id, TemplateId::Notice);
    EXPECT_EQ(findTemplate("overview").value()->subject, Subject::Community);
    const auto unknown = findTemplate("poster");
    ASSERT_FALSE(unknown);
    EXPECT_NE(unknown.error().message.find("notice, wall or overview"), std::string::npos);
    EXPECT_EQ(gridTemplateFor(PaperSize::A4).id, TemplateId::Notice);
    EXPECT_EQ(gridTemplateFor(PaperSize::A3).id, TemplateId::Notice);
    EXPECT_EQ(gridTemplateFor(PaperSize::A0).id, TemplateId::WallMap);
    EXPECT_EQ(templateOf(TemplateId::WallMap).orientation, Orientation::Landscape);
}
