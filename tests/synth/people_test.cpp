#include "synth/people.h"

#include <gtest/gtest.h>

#include "core/privacy.h"

using namespace ga::synth;

TEST(People, IdNumbersCarryAValidCheckDigit) {
    Rng rng(3);
    for (int i = 0; i < 1000; ++i) {
        const std::string id = idNumber(rng, 1935, 2004);
        ASSERT_EQ(id.size(), 18u);
        EXPECT_TRUE(ga::isValidIdNumber(id)) << id;
    }
}

TEST(People, InvalidIdNumbersFailTheCheck) {
    Rng rng(3);
    for (int i = 0; i < 200; ++i) EXPECT_FALSE(ga::isValidIdNumber(idNumber(rng, 1935, 2004, false)));
}

TEST(People, MobilePhonesHaveElevenDigits) {
    Rng rng(5);
    for (int i = 0; i < 100; ++i) {
        const std::string p = mobilePhone(rng);
        ASSERT_EQ(p.size(), 11u);
        EXPECT_EQ(p[0], '1');
        EXPECT_EQ(p.find_first_not_of("0123456789"), std::string::npos);
    }
}

TEST(People, HouseholdsHaveOneToSevenMembers) {
    Rng rng(9);
    for (int i = 0; i < 1000; ++i) {
        const int m = householdMembers(rng);
        EXPECT_GE(m, 1);
        EXPECT_LE(m, 7);
    }
}
