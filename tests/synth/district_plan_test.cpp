#include "synth/district_plan.h"

#include <gtest/gtest.h>

#include <set>

#include "core/grid_code.h"

using namespace ga::synth;

TEST(DistrictPlan, HouseholdTargetsAddUpExactly) {
    for (long long n : {1LL, 299LL, 4101LL, 20000LL, 123457LL}) {
        NamePool names(1);
        auto plan = planDistrict(n, 3, {440000, 4430000}, names);
        ASSERT_TRUE(plan) << plan.error().message;
        long long total = 0;
        for (const CommunityPlan& c : plan->communities) total += c.households();
        EXPECT_EQ(total, n);
    }
}

TEST(DistrictPlan, IssuesAreHalfTheHouseholds) {
    NamePool names(1);
    auto plan = planDistrict(20001, 3, {440000, 4430000}, names);
    ASSERT_TRUE(plan);
    long long issues = 0;
    for (const CommunityPlan& c : plan->communities)
        for (const GridPlan& g : c.grids) issues += g.issues;
    EXPECT_EQ(issues, 10001);
    EXPECT_EQ(plan->issues, 10001);
}

TEST(DistrictPlan, CodesFollowTheNationalStructure) {
    NamePool names(1);
    auto plan = planDistrict(600000, 9, {440000, 4430000}, names);
    ASSERT_TRUE(plan);
    EXPECT_GT(plan->streets.size(), 8u);
    EXPECT_EQ(plan->streets[9].name, "中关村街道");  // the real 110108011
    std::set<std::string> codes;
    for (const CommunityPlan& c : plan->communities) {
        EXPECT_TRUE(ga::isCommunityCode(c.code)) << c.code;
        EXPECT_TRUE(c.code.starts_with(plan->streets[c.street].code));
        EXPECT_TRUE(codes.insert(c.code).second);
        EXPECT_TRUE(ga::GridCode::make(c.code, static_cast<int>(c.grids.size())));
    }
}

TEST(DistrictPlan, GridRectanglesTileTheirCommunity) {
    NamePool names(1);
    auto plan = planDistrict(50000, 4, {440000, 4430000}, names);
    ASSERT_TRUE(plan);
    const Lattice& l = plan->lattice;
    std::vector<int> owner(static_cast<size_t>(l.columns()) * l.rows(), 0);
    for (const CommunityPlan& c : plan->communities) {
        long long area = 0;
        for (const GridPlan& g : c.grids) {
            area += g.cells.area();
            for (int y = g.cells.y0; y < g.cells.y1; ++y)
                for (int x = g.cells.x0; x < g.cells.x1; ++x) {
                    EXPECT_TRUE(c.cells.contains(x, y));
                    ++owner[static_cast<size_t>(y) * l.columns() + x];
                }
        }
        EXPECT_EQ(area, c.cells.area());
    }
    for (int o : owner) EXPECT_EQ(o, 1);
}

TEST(DistrictPlan, RefusesAbsurdSizes) {
    NamePool names(1);
    EXPECT_FALSE(planDistrict(0, 1, {0, 0}, names));
    EXPECT_FALSE(planDistrict(-5, 1, {0, 0}, names));
}
