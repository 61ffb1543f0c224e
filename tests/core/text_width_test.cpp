#include "core/text_width.h"

#include <gtest/gtest.h>

TEST(TextWidth, CountsCjkAsTwoColumnsAndAsciiAsOne) {
    EXPECT_EQ(ga::displayWidth("abc"), 3u);
    EXPECT_EQ(ga::displayWidth("网格a"), 5u);
    EXPECT_EQ(ga::displayWidth("１２"), 4u);
}

TEST(TextWidth, PadsToColumnsNotBytes) {
    EXPECT_EQ(ga::padRight("网格", 6), "网格  ");
    EXPECT_EQ(ga::padLeft("7", 3), "  7");
    EXPECT_EQ(ga::padRight("网格网格", 2), "网格网格");
}
