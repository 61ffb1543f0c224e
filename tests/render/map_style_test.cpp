#include "render/map_style.h"

#include <gtest/gtest.h>

#include "../model/map_test_project.h"

using namespace ga;
using render::MapStyle;

TEST(MapStyle, JsonRoundTripKeepsEveryChange) {
    MapStyle s = MapStyle::defaults();
    s.layer(store::Layer::Buildings).fill = QColor(10, 20, 30, 40);
    s.layer(store::Layer::Buildings).labelField = "households";
    s.layer(store::Layer::Roads).visible = false;
    s.layer(store::Layer::Grids).opacity = 0.6;
    s.layer(store::Layer::Organisations).maxMetresPerPixel = 3;
    s.statusFill[2] = QColor(200, 0, 0);
    s.order = {store::Layer::Buildings, store::Layer::Grids};
    s.dataSource = QStringLiteral("如东县测绘院");
    auto back = MapStyle::fromJson(s.toJson());
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->layer(store::Layer::Buildings).fill, QColor(10, 20, 30, 40));
    EXPECT_EQ(back->layer(store::Layer::Buildings).labelField, "households");
    EXPECT_FALSE(back->layer(store::Layer::Roads).visible);
    EXPECT_DOUBLE_EQ(back->layer(store::Layer::Grids).opacity, 0.6);
    EXPECT_DOUBLE_EQ(back->layer(store::Layer::Organisations).maxMetresPerPixel, 3);
    EXPECT_TRUE(std::isinf(back->layer(store::Layer::Buildings).maxMetresPerPixel));
    EXPECT_EQ(back->statusFill[2], QColor(200, 0, 0));
    EXPECT_EQ(back->order, s.order);
    EXPECT_EQ(back->dataSource, s.dataSource);
    EXPECT_EQ(back->toJson(), s.toJson());
}

TEST(MapStyle, RefusesBadJsonNamingTheKey) {
    EXPECT_FALSE(MapStyle::fromJson("not json"));
    auto colour = MapStyle::fromJson(R"({"layers":{"grids":{"stroke":"no-such-colour"}}})");
    ASSERT_FALSE(colour);
    EXPECT_NE(colour.error().message.find("layers.grids.stroke"), std::string::npos);
    auto field = MapStyle::fromJson(R"({"layers":{"buildings":{"label_field":"id_number"}}})");
    ASSERT_FALSE(field);
    EXPECT_NE(field.error().message.find("label_field"), std::string::npos);
    auto opacity = MapStyle::fromJson(R"({"layers":{"water":{"opacity":3}}})");
    ASSERT_FALSE(opacity);
    EXPECT_NE(opacity.error().message.find("layers.water.opacity"), std::string::npos);
    EXPECT_FALSE(MapStyle::fromJson(R"({"order":["households"]})"));
    EXPECT_FALSE(MapStyle::fromJson(R"({"version":99})"));
}

TEST(MapStyle, PartialJsonKeepsTheDefaults) {
    auto s = MapStyle::fromJson(R"({"layers":{"water":{"visible":false}}})");
    ASSERT_TRUE(s);
    EXPECT_FALSE(s->layer(store::Layer::Water).visible);
    EXPECT_EQ(s->layer(store::Layer::Buildings).fill, MapStyle::defaults().layer(store::Layer::Buildings).fill);
}

TEST(MapStyle, IsKeptInTheProject) {
    ga::testing::MapTestProject t("style");
    t.createEmpty();
    auto fresh = render::loadMapStyle(*t.project);
    ASSERT_TRUE(fresh);
    EXPECT_EQ(fresh->toJson(), MapStyle::defaults().toJson());
    MapStyle s = MapStyle::defaults();
    s.layer(store::Layer::Compounds).visible = false;
    ASSERT_TRUE(render::saveMapStyle(*t.project, s));
    t.project.reset();
    auto p = store::Project::open(t.path());
    ASSERT_TRUE(p);
    auto loaded = render::loadMapStyle(*p);
    ASSERT_TRUE(loaded) << loaded.error().message;
    EXPECT_FALSE(loaded->layer(store::Layer::Compounds).visible);
}
