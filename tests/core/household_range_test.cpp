#include "core/household_range.h"

#include <gtest/gtest.h>

using ga::HouseholdRange;
using ga::RangeStatus;

TEST(HouseholdRange, ClassifiesInclusiveBounds) {
    HouseholdRange r;
    EXPECT_EQ(r.classify(299), RangeStatus::Under);
    EXPECT_EQ(r.classify(300), RangeStatus::In);
    EXPECT_EQ(r.classify(500), RangeStatus::In);
    EXPECT_EQ(r.classify(501), RangeStatus::Over);
}

TEST(HouseholdRange, ParsesMinDashMax) {
    auto r = HouseholdRange::parse("200-450");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->min, 200);
    EXPECT_EQ(r->max, 450);
}

TEST(HouseholdRange, RefusesReversedOrMalformed) {
    EXPECT_FALSE(HouseholdRange::parse("500-300"));
    EXPECT_FALSE(HouseholdRange::parse("300"));
    EXPECT_FALSE(HouseholdRange::parse("a-b"));
    EXPECT_FALSE(HouseholdRange::parse("0-10"));
}
