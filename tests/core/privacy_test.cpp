#include "core/privacy.h"

#include <gtest/gtest.h>

TEST(Privacy, MasksNameKeepingFirstCharacter) {
    EXPECT_EQ(ga::maskName("张三"), "张*");
    EXPECT_EQ(ga::maskName("欧阳修文"), "欧***");
    EXPECT_EQ(ga::maskName("李"), "李*");
}

TEST(Privacy, MasksPhoneAndIdNumberAsTheStandardShows) {
    EXPECT_EQ(ga::maskPhone("13812345678"), "138****5678");
    EXPECT_EQ(ga::maskIdNumber("110101199003071234"), "110***********1234");
}

TEST(Privacy, MasksPhonesWrittenWithSeparatorsByTheirDigits) {
    EXPECT_EQ(ga::maskPhone("138-0000-5164"), "138****5164");
    EXPECT_EQ(ga::maskPhone("138 0000 5164"), "138****5164");
    EXPECT_EQ(ga::maskPhone("0513-84561234"), "05********34");
    EXPECT_EQ(ga::maskPhone("110"), "***");
}

TEST(Privacy, ValidatesGb11643CheckDigit) {
    EXPECT_TRUE(ga::isValidIdNumber("11010519491231002X"));
    EXPECT_TRUE(ga::isValidIdNumber("11010519491231002x"));
    EXPECT_FALSE(ga::isValidIdNumber("110105194912310021"));
    EXPECT_FALSE(ga::isValidIdNumber("1101051949123100"));
}
