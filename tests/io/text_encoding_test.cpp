#include "io/text_encoding.h"

#include <gtest/gtest.h>

using namespace ga::io;

TEST(TextEncoding, ValidatesUtf8) {
    EXPECT_TRUE(isValidUtf8("友好社区 12号楼"));
    EXPECT_FALSE(isValidUtf8("\xD3\xD1\xBA\xC3"));  // 友好 in GBK
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));          // overlong '/'
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));      // a surrogate
    EXPECT_FALSE(isValidUtf8("\xE5\x8F"));          // cut in half
}

TEST(TextEncoding, DecodesGbkToUtf8) {
    auto d = TextDecoder::create("GBK");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->encoding(), "GB18030");
    std::string out;
    ASSERT_TRUE(d->decode("\xD3\xD1\xBA\xC3\xC9\xE7\xC7\xF8 12", out));
    EXPECT_EQ(out, "友好社区 12");
}

TEST(TextEncoding, Utf8DecoderRefusesGbkBytes) {
    auto d = TextDecoder::create("UTF-8");
    ASSERT_TRUE(d);
    std::string out;
    EXPECT_FALSE(d->decode("\xD3\xD1\xBA\xC3", out));
}

TEST(TextEncoding, KnowsTheSpellingsOfCpgFiles) {
    for (const char* gbk : {"936", "GBK", "gb2312", "CP936", "GB18030"})
        EXPECT_EQ(*canonicalEncoding(gbk), "GB18030") << gbk;
    for (const char* utf8 : {"UTF-8", "utf8", "65001"}) EXPECT_EQ(*canonicalEncoding(utf8), "UTF-8") << utf8;
    EXPECT_FALSE(canonicalEncoding("klingon"));
}

TEST(TextEncoding, GuessesGbkWhenTextIsNotUtf8) {
    EXPECT_EQ(guessEncoding("户编号,住址"), "UTF-8");
    EXPECT_EQ(guessEncoding("\xBB\xA7\xB1\xE0\xBA\xC5"), "GB18030");
}

TEST(TextEncoding, RefusesGbkDeclarationOnUtf8ChineseText) {
    EXPECT_FALSE(checkEncodingFits("户编号,住址", "GB18030"));
    EXPECT_TRUE(checkEncodingFits("H1,12", "GB18030"));
    EXPECT_FALSE(checkEncodingFits("\xBB\xA7", "UTF-8"));
}
