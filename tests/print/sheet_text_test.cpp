#include "print/sheet_text.h"

#include <gtest/gtest.h>

#include <QImage>

using namespace ga::print;

namespace {

const QString kNote = QStringLiteral(
    "本图为示意图，网格边界仅用于网格化服务管理，不作为权属界线依据。如有疑问请联系社区服务中心，电话0513-80001234。");

QString joined(const std::vector<QString>& lines) {
    QString s;
    for (const QString& l : lines) s += l;
    return s;
}

}  // namespace

TEST(SheetText, ChineseWrapsBetweenCharactersWithinTheWidth) {
    const TextStyle style{3};
    const double width = 40;
    const QString sentence = kNote.left(kNote.indexOf(QStringLiteral("电话")));
    const auto lines = wrapText(style, sentence, width);
    ASSERT_GE(lines.size(), 3u);
    EXPECT_EQ(joined(lines), sentence);
    // Within the width, a hanging comma or full stop aside; and filled: every line but the last
    // ends less than two characters short (there are no spaces to break at, only characters).
    const double hanging = textWidth(style, QStringLiteral("，"));
    for (const QString& line : lines) EXPECT_LE(textWidth(style, line), width + hanging + 0.01) << line.toStdString();
    for (size_t i = 0; i + 1 < lines.size(); ++i)
        EXPECT_GT(textWidth(style, lines[i]), width - 2 * style.size) << lines[i].toStdString();
}

TEST(SheetText, NoLineStartsWithClosingPunctuation) {
    const TextStyle style{3};
    for (double width = 20; width < 80; width += 1.3)
        for (const QString& line : wrapText(style, kNote, width)) {
            EXPECT_FALSE(line.startsWith(QChar(0xFF0C)) || line.startsWith(QChar(0x3002)))
                << "width " << width << ": " << line.toStdString();
            EXPECT_LE(textWidth(style, line), width + textWidth(style, QStringLiteral("。")) + 0.01)
                << "width " << width << ": " << line.toStdString();
        }
}

TEST(SheetText, ALongRunWithoutBreaksIsCutAnywhere) {
    const TextStyle style{3};
    const QString code = QStringLiteral("320623001001009320623001001010");
    const auto lines = wrapText(style, code, 20);
    ASSERT_GE(lines.size(), 2u);
    EXPECT_EQ(joined(lines), code);
    for (const QString& line : lines) EXPECT_LE(textWidth(style, line), 20.01);
}

TEST(SheetText, WrappedTextIsDrawnInsideItsBox) {
    QImage image(600, 600, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QRectF box(10, 10, 40, 100);  // millimetres, at 10 px per mm
    double used = 0;
    {
        QPainter p(&image);
        p.scale(10, 10);
        used = drawWrapped(p, TextStyle{3}, box, Qt::AlignLeft, kNote);
    }
    EXPECT_NEAR(used, wrappedHeight(TextStyle{3}, kNote, 40), 0.01);
    EXPECT_GE(used, 4 * lineSpacing(TextStyle{3}));
    int inkOutside = 0, inkInside = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).lightness() > 200) continue;
            // Inside the box, a hanging full stop's width past its right edge aside.
            const bool inside = x >= 98 && x <= 502 + 30 && y >= 98 && y <= 100 + used * 10 + 2;
            (inside ? inkInside : inkOutside)++;
        }
    EXPECT_GT(inkInside, 500);
    EXPECT_EQ(inkOutside, 0);
}

TEST(SheetText, TextTooWideIsShrunkToFit) {
    const TextStyle style{5};
    const QString title = QStringLiteral("友好社区第十二网格网格责任区公示牌");
    const TextStyle fitted = shrunkToFit(style, title, 40, 1);
    EXPECT_LT(fitted.size, style.size);
    EXPECT_LE(textWidth(fitted, title), 40.01);
    EXPECT_EQ(shrunkToFit(style, QStringLiteral("短"), 40, 1).size, style.size);
}
