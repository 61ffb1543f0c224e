#include "geocode/chinese_numerals.h"

#include <gtest/gtest.h>

#include "geocode/unicode.h"

using namespace ga::geocode;
using ga::decodeUtf8;
using ga::toUtf8;

namespace {

std::string digits(std::u32string_view run) {
    const auto d = chineseNumeralDigits(run);
    return d ? toUtf8(*d) : "none";
}

TEST(ChineseNumerals, ReadsPositionalNumbers) {
    EXPECT_EQ(digits(U"十二"), "12");
    EXPECT_EQ(digits(U"二十"), "20");
    EXPECT_EQ(digits(U"十"), "10");
    EXPECT_EQ(digits(U"一百零五"), "105");
    EXPECT_EQ(digits(U"一百一十"), "110");
    EXPECT_EQ(digits(U"两千零三"), "2003");
}

TEST(ChineseNumerals, ReadsRoomNumbersDigitByDigit) {
    EXPECT_EQ(digits(U"三〇一"), "301");
    EXPECT_EQ(digits(U"三零零三"), "3003");
    EXPECT_EQ(digits(U"两"), "2");
}

TEST(ChineseNumerals, RefusesRunsThatAreNoNumber) {
    EXPECT_EQ(digits(U"十十"), "none");
    EXPECT_EQ(digits(U"十百"), "none");
    EXPECT_EQ(digits(U"华"), "none");
    EXPECT_EQ(digits(U""), "none");
}

TEST(ChineseNumerals, RecognisesUnitWords) {
    const std::u32string_view s = U"3单元5号楼6层";
    EXPECT_TRUE(unitWordAt(s, 1));
    EXPECT_FALSE(unitWordAt(s, 2));
    EXPECT_TRUE(unitWordAt(s, 4));
    EXPECT_TRUE(unitWordAt(s, 7));
    EXPECT_FALSE(unitWordAt(U"八一路", 2));
}

}  // namespace
