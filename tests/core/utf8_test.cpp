#include "core/utf8.h"

#include <gtest/gtest.h>

TEST(Utf8, RoundTripsChineseAndCountsBrokenBytes) {
    size_t invalid = 0;
    const std::u32string s = ga::decodeUtf8("网格\xC0\xAF" "A\xFF", invalid);
    EXPECT_EQ(s, U"网格A");
    EXPECT_EQ(invalid, 3u);  // overlong '/' (2 bytes) and a stray 0xFF
    EXPECT_EQ(ga::toUtf8(U"华荣上海城"), "华荣上海城");
}

TEST(Utf8, SplitsIntoCharactersAndCountsThem) {
    const auto chars = ga::utf8Chars("12号楼");
    ASSERT_EQ(chars.size(), 4u);
    EXPECT_EQ(chars[2], "号");
    EXPECT_EQ(ga::utf8Length("友好社区"), 4u);
}
