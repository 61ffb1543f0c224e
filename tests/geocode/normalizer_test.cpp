#include "geocode/normalizer.h"

#include <gtest/gtest.h>

#include "geocode/unicode.h"

using namespace ga::geocode;
using ga::decodeUtf8;
using ga::toUtf8;

namespace {

std::string normalized(std::string_view address) { return toUtf8(normalizeAddress(address).text); }

TEST(Normalizer, FoldsFullWidthFormsAndLetters) {
    EXPECT_EQ(normalized("华荣上海城１２号楼２单元３０１室"), "华荣上海城12号楼2单元301室");
    EXPECT_EQ(normalized("文峰财富广场ａ座１０１"), "文峰财富广场A座101");
    EXPECT_EQ(normalized("１２＃２－３０１"), "12#2-301");
}

TEST(Normalizer, TurnsChineseNumeralsIntoDigitsOnlyBeforeUnitWords) {
    EXPECT_EQ(normalized("华荣上海城十二幢二单元三〇一室"), "华荣上海城12幢2单元301室");
    EXPECT_EQ(normalized("和盛世华城两单元"), "和盛世华城2单元");
    EXPECT_EQ(normalized("第十二栋"), "第12栋");
    EXPECT_EQ(normalized("八一路58号"), "八一路58号");
    EXPECT_EQ(normalized("二七区人民路"), "二七区人民路");
    EXPECT_EQ(normalized("王各庄十八巷5号"), "王各庄十八巷5号");
    EXPECT_EQ(normalized("保利尚城一期"), "保利尚城1期");
}

TEST(Normalizer, KeepsPartsApartWhereWhitespaceSeparatedThem) {
    EXPECT_EQ(normalized(" 友好社区　和盛世华城  5栋 "), "友好社区 和盛世华城 5栋");
}

TEST(Normalizer, RemovesBracketedNotesButKeepsABracketedPhase) {
    const NormalizedAddress n = normalizeAddress("翠微小区（B区）1号楼(东门)3单元");
    EXPECT_EQ(toUtf8(n.text), "翠微小区B区1号楼 3单元");
    ASSERT_EQ(n.removed.size(), 1u);
    EXPECT_EQ(n.removed[0], "(东门)");
    EXPECT_EQ(normalized("馨苑花苑（二期）3栋"), "馨苑花苑2期3栋");
}

TEST(Normalizer, RemovesTrailingPhoneNumbersButNotRoomNumbers) {
    EXPECT_EQ(normalized("华荣上海城12-2-301 13812345678"), "华荣上海城12-2-301");
    EXPECT_EQ(normalized("育才路77号101室电话13812345678"), "育才路77号101室");
    EXPECT_EQ(normalized("育才路77号101室（0513-80001234）"), "育才路77号101室");
    EXPECT_EQ(normalized("和盛世华城3-1-1002"), "和盛世华城3-1-1002");
    EXPECT_EQ(normalized("和盛世华城 12-2-1201"), "和盛世华城 12-2-1201");
}

TEST(Normalizer, RemovesNearbyAsNoise) { EXPECT_EQ(normalized("西苑路附近上林上海城3号楼"), "西苑路 上林上海城3号楼"); }

TEST(Normalizer, CountsBrokenBytesAndControlCharactersWithoutKeepingThem) {
    const NormalizedAddress n = normalizeAddress(std::string("华荣\xFF\xFE上海城\x01\x02") + "12号楼");
    EXPECT_EQ(toUtf8(n.text), "华荣上海城12号楼");
    EXPECT_EQ(n.invalidBytes, 2u);
    EXPECT_EQ(n.controlChars, 2u);
}

TEST(Normalizer, NormalisesNamesWithoutBreaks) {
    EXPECT_EQ(normalizeName(" 华荣 上海城 "), "华荣上海城");
    EXPECT_EQ(normalizeName("馨苑花苑二期"), "馨苑花苑2期");
}

}  // namespace
