#include "geo/crs.h"

#include <gtest/gtest.h>

using namespace ga::geo;

TEST(Crs, PicksCgcs2000ZoneByCentralMeridian) {
    EXPECT_EQ(cgcs2000GaussKrugerEpsg(121.18), 4549);  // Rudong, CM 120°E
    EXPECT_EQ(cgcs2000GaussKrugerEpsg(116.35), 4548);  // Beijing, CM 117°E
    EXPECT_EQ(cgcs2000GaussKrugerEpsg(113.6), 4547);   // Zhengzhou, CM 114°E
}

TEST(Crs, ParsesEpsgCodes) {
    EXPECT_EQ(*parseEpsg("EPSG:4549"), 4549);
    EXPECT_EQ(*parseEpsg("4326"), 4326);
    EXPECT_FALSE(parseEpsg("EPSG:abc"));
}

TEST(Crs, RefusesGeographicProjectCrs) {
    EXPECT_FALSE(requireMetricProjectCrs(4326));
    EXPECT_FALSE(requireMetricProjectCrs(4490));
    EXPECT_TRUE(requireMetricProjectCrs(4549));
}

TEST(Crs, TransformsWgs84LonLatToGaussKrugerMetres) {
    auto t = Transformer::create("EPSG:4326", 4549);
    ASSERT_TRUE(t) << t.error().message;
    auto p = t->apply(Point{120.0, 32.0});
    ASSERT_TRUE(p);
    EXPECT_NEAR(p->x, 500000.0, 0.01);  // on the central meridian
    EXPECT_NEAR(p->y, 3542000.0, 2000.0);
}

TEST(Crs, RefusesBallparkBeijing1954WithoutParameters) {
    auto t = Transformer::create("EPSG:4214", 4549);
    ASSERT_FALSE(t);
    EXPECT_NE(t.error().message.find("--towgs84"), std::string::npos);
}

TEST(Crs, AcceptsBeijing1954WithHelmertParameters) {
    auto t = Transformer::create("EPSG:4214", 4549, "15.8,-154.4,-82.3");
    ASSERT_TRUE(t) << t.error().message;
}
