#include "synth/numerals.h"

#include <gtest/gtest.h>

using namespace ga::synth;

TEST(ChineseNumber, WritesNumbersAsSpoken) {
    EXPECT_EQ(chineseNumber(0), "零");
    EXPECT_EQ(chineseNumber(2), "二");
    EXPECT_EQ(chineseNumber(10), "十");
    EXPECT_EQ(chineseNumber(12), "十二");
    EXPECT_EQ(chineseNumber(20), "二十");
    EXPECT_EQ(chineseNumber(21), "二十一");
    EXPECT_EQ(chineseNumber(105), "一百零五");
    EXPECT_EQ(chineseNumber(110), "一百一十");
    EXPECT_EQ(chineseNumber(1001), "一千零一");
}

TEST(ChineseNumber, WritesALoneTwoAsLiangWhenCounting) {
    EXPECT_EQ(chineseCount(2), "两");
    EXPECT_EQ(chineseCount(12), "十二");
}

TEST(ChineseDigits, WritesRoomNumbersDigitByDigit) {
    EXPECT_EQ(chineseDigits("301"), "三〇一");
    EXPECT_EQ(chineseDigits("301", true), "三零一");
    EXPECT_EQ(chineseDigits("1502"), "一五〇二");
}

TEST(FullWidth, ConvertsDigitsLettersAndMarks) {
    EXPECT_EQ(fullWidth("12"), "１２");
    EXPECT_EQ(fullWidth("A#3-1"), "Ａ＃３－１");
    EXPECT_EQ(fullWidth("楼12"), "楼１２");
}
