#include "store/map_reader.h"

#include <gtest/gtest.h>

#include "geo/wkb.h"
#include "map_test_project.h"

using namespace ga;

TEST(MapReader, ReadsTheColumnsAskedForAndTheGeometry) {
    ga::testing::MapTestProject t("reader");
    t.createSample();
    const std::string_view cols[] = {"id", "number", "households", "grid"};
    auto r = store::MapReader::create(*t.project, store::Layer::Buildings, cols);
    ASSERT_TRUE(r) << r.error().message;
    ASSERT_TRUE(r->next().value_or(false));
    EXPECT_EQ(r->integer(0), 1);
    EXPECT_EQ(r->text(1), "1");
    EXPECT_EQ(r->integer(2), 50);
    EXPECT_EQ(r->text(3), "320623001001001");
    auto g = geo::fromSpatialiteBlob(r->geometry());
    ASSERT_TRUE(g) << g.error().message;
    EXPECT_EQ(g->type, geo::GeomType::MultiPolygon);
    int rows = 1;
    while (r->next().value_or(false)) ++rows;
    EXPECT_EQ(rows, 12);
}

TEST(MapReader, LeavesOutRowsWithoutGeometry) {
    ga::testing::MapTestProject t("nogeom");
    t.createSample();
    t.write(store::Layer::Issues, {"E1", "环境卫生", std::nullopt, "一般", std::nullopt, std::nullopt, "2024-03-05"},
            geo::Geometry{});
    t.write(store::Layer::Issues, {"E2", "环境卫生", std::nullopt, "一般", std::nullopt, std::nullopt, "2024-03-06"},
            geo::Geometry::point({ga::testing::kX0, ga::testing::kY0}));
    const std::string_view cols[] = {"issue_id", "reported_at"};
    auto r = store::MapReader::create(*t.project, store::Layer::Issues, cols);
    ASSERT_TRUE(r);
    ASSERT_TRUE(r->next().value_or(false));
    EXPECT_EQ(r->text(0), "E2");
    EXPECT_FALSE(r->next().value_or(true));
}

TEST(MapReader, RefusesPersonalAndUnknownColumns) {
    ga::testing::MapTestProject t("refuse");
    t.createSample();
    const std::string_view personal[] = {"name"};
    auto households = store::MapReader::create(*t.project, store::Layer::Households, personal);
    ASSERT_FALSE(households);
    EXPECT_NE(households.error().message.find("personal"), std::string::npos);
    const std::string_view unknown[] = {"colour"};
    auto roads = store::MapReader::create(*t.project, store::Layer::Roads, unknown);
    ASSERT_FALSE(roads);
    EXPECT_NE(roads.error().message.find("colour"), std::string::npos);
    const std::string_view none[] = {"name"};
    EXPECT_FALSE(store::MapReader::create(*t.project, store::Layer::Staff, none));
}
