#include "core/grid_code.h"

#include <gtest/gtest.h>

using ga::GridCode;

TEST(GridCode, MakesFifteenDigitsFromCommunityAndSequence) {
    auto c = GridCode::make("320623001001", 7);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->str(), "320623001001007");
    EXPECT_EQ(c->community(), "320623001001");
    EXPECT_EQ(c->sequence(), 7);
}

TEST(GridCode, RefusesWrongLengthAndNamesIt) {
    auto c = GridCode::parse("32062300100100");
    ASSERT_FALSE(c);
    EXPECT_NE(c.error().message.find("14 characters"), std::string::npos);
}

TEST(GridCode, RefusesNonDigitAndSaysWhere) {
    auto c = GridCode::parse("3206230010010A1");
    ASSERT_FALSE(c);
    EXPECT_NE(c.error().message.find("character 14"), std::string::npos);
}

TEST(GridCode, RefusesSequenceZeroAndOutOfRange) {
    EXPECT_FALSE(GridCode::parse("320623001001000"));
    EXPECT_FALSE(GridCode::make("320623001001", 1000));
    EXPECT_FALSE(GridCode::make("32062300100", 1));
}

TEST(DivisionCode, AcceptsCountyStreetAndCommunityLengths) {
    EXPECT_TRUE(ga::isDivisionCode("320623"));
    EXPECT_TRUE(ga::isDivisionCode("320623001"));
    EXPECT_TRUE(ga::isDivisionCode("320623001001"));
    EXPECT_FALSE(ga::isDivisionCode("3206230"));
    EXPECT_FALSE(ga::isDivisionCode("32062a"));
}
