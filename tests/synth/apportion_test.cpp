#include "synth/apportion.h"

#include <gtest/gtest.h>

#include <numeric>

using namespace ga::synth;

TEST(Apportion, PartsAddUpToTheTotal) {
    const std::vector<double> w = {0.3, 1.7, 2.2, 0.01, 5};
    for (long long total : {0LL, 1LL, 7LL, 1000LL, 123457LL}) {
        const auto parts = apportion(total, w);
        EXPECT_EQ(std::accumulate(parts.begin(), parts.end(), 0LL), total);
    }
}

TEST(Apportion, FollowsTheWeights) {
    const std::vector<double> w = {1, 2, 3, 4};
    EXPECT_EQ(apportion(10, w), (std::vector<int>{1, 2, 3, 4}));
    EXPECT_EQ(apportion(11, w), (std::vector<int>{1, 2, 3, 5}));
}

TEST(Apportion, SharesEquallyWhenAllWeightsAreZero) {
    const std::vector<double> w = {0, 0, 0};
    EXPECT_EQ(apportion(7, w), (std::vector<int>{3, 2, 2}));
}
