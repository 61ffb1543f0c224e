#include "model/map_model.h"

#include <gtest/gtest.h>

#include "map_test_project.h"
#include "store/map_style_store.h"

using namespace ga;
using ga::testing::kX0;
using ga::testing::kY0;
using ga::testing::MapTestProject;

namespace {

model::MapModel loaded(MapTestProject& t) {
    auto m = model::MapModel::load(*t.project);
    EXPECT_TRUE(m) << (m ? "" : m.error().message);
    return std::move(*m);
}

}  // namespace

TEST(MapModel, LoadsEveryDrawnLayer) {
    MapTestProject t("layers");
    t.createSample();
    const auto m = loaded(t);
    EXPECT_EQ(m.communities().size(), 1u);
    EXPECT_EQ(m.grids().size(), 3u);
    EXPECT_EQ(m.compounds().size(), 1u);
    EXPECT_EQ(m.buildings().size(), 12u);
    EXPECT_EQ(m.roads().size(), 5u);
    EXPECT_EQ(m.water().size(), 1u);
    EXPECT_EQ(m.organisations().size(), 1u);
    EXPECT_EQ(m.info().name, "测试社区");
    EXPECT_EQ(m.info().srid, 4549);
}

TEST(MapModel, ReportsEachLayerBeforeReadingIt) {
    MapTestProject t("progress");
    t.createSample();
    std::vector<std::pair<store::Layer, int>> seen;
    int total = 0;
    auto m = model::MapModel::load(*t.project, [&](store::Layer l, int done, int of) {
        seen.emplace_back(l, done);
        total = of;
    });
    ASSERT_TRUE(m) << m.error().message;
    ASSERT_EQ(static_cast<int>(seen.size()), total);
    EXPECT_EQ(seen.front().first, store::Layer::Communities);
    EXPECT_EQ(seen[3].first, store::Layer::Buildings);
    for (int i = 0; i < total; ++i) EXPECT_EQ(seen[static_cast<size_t>(i)].second, i);
}

TEST(MapModel, GridsCarryHouseholdCountsAndStatusFromTheStore) {
    MapTestProject t("counts");
    t.createSample();
    const auto m = loaded(t);
    const auto a = m.gridByCode("320623001001001"), b = m.gridByCode("320623001001002"),
               c = m.gridByCode("320623001001003");
    ASSERT_TRUE(a && b && c);
    EXPECT_EQ(m.grids().features[*a].households, 100);
    EXPECT_EQ(m.grids().features[*a].status, RangeStatus::Under);
    EXPECT_EQ(m.grids().features[*b].households, 400);
    EXPECT_EQ(m.grids().features[*b].status, RangeStatus::In);
    EXPECT_EQ(m.grids().features[*c].households, 600);
    EXPECT_EQ(m.grids().features[*c].status, RangeStatus::Over);
    EXPECT_FALSE(m.gridByCode("320623001001009"));
}

TEST(MapModel, BuildingsKnowTheirGridAndCompound) {
    MapTestProject t("links");
    t.createSample();
    const auto m = loaded(t);
    const auto b = m.buildingAt({kX0 + 20, kY0 + 250});
    ASSERT_TRUE(b);
    const model::Building& building = m.buildings().features[*b];
    EXPECT_EQ(building.number, "1");
    EXPECT_EQ(building.households, 50);
    ASSERT_NE(building.grid, model::kNone);
    EXPECT_EQ(m.grids().features[building.grid].code, "320623001001001");
    ASSERT_NE(building.compound, model::kNone);
    EXPECT_EQ(m.compoundNames()[building.compound], "华荣上海城");
}

TEST(MapModel, BuildingsOutsideCompoundsAreNumberedByTheirDoor) {
    MapTestProject t("doors");
    t.createSample();
    t.write(store::Layer::Buildings, {std::nullopt, std::nullopt, "学院路", "58", "12"},
            ga::testing::rectangle(520, 100, 30, 20));
    const auto m = loaded(t);
    const auto b = m.buildingAt({kX0 + 535, kY0 + 110});
    ASSERT_TRUE(b);
    EXPECT_EQ(m.buildings().features[*b].number, "58号");
}

TEST(MapModel, IdentifyFindsTheGridAndBuildingUnderAPoint) {
    MapTestProject t("identify");
    t.createSample();
    const auto m = loaded(t);
    const auto g = m.gridAt({kX0 + 300, kY0 + 50});
    ASSERT_TRUE(g);
    EXPECT_EQ(m.grids().features[*g].name, "二网格");
    EXPECT_FALSE(m.gridAt({kX0 + 700, kY0 + 50}));
    // Between buildings: nothing without tolerance, the nearest one within 10 m.
    EXPECT_FALSE(m.buildingAt({kX0 + 50, kY0 + 250}));
    const auto near = m.buildingAt({kX0 + 50, kY0 + 250}, 10);
    ASSERT_TRUE(near);
    EXPECT_EQ(m.buildings().features[*near].number, "1");
    const auto inC = m.buildingAt({kX0 + 420, kY0 + 315});
    ASSERT_TRUE(inC);
    EXPECT_EQ(m.buildings().features[*inC].number, "24");
}

TEST(MapModel, ExtentsCoverTheirFeatures) {
    MapTestProject t("extents");
    t.createSample();
    const auto m = loaded(t);
    const geo::Box grid = m.gridExtent(*m.gridByCode("320623001001002"));
    EXPECT_NEAR(grid.minx, kX0 + 200, 0.01);
    EXPECT_NEAR(grid.maxx, kX0 + 400, 0.01);
    EXPECT_NEAR(grid.maxy, kY0 + 400, 0.01);
    const geo::Box all = m.fullExtent();
    EXPECT_NEAR(all.minx, kX0 - 50, 0.01);  // roads and river reach beyond the community
    EXPECT_NEAR(all.maxx, kX0 + 650, 0.01);
    EXPECT_NEAR(all.miny, kY0 - 20, 0.01);
    EXPECT_NEAR(all.maxy, kY0 + 420, 0.01);
    EXPECT_TRUE(m.layerExtent(store::Layer::Issues).isEmpty());
}

TEST(MapModel, GridLabelPointsLieInsideTheirGrids) {
    MapTestProject t("labels");
    t.createSample();
    const auto m = loaded(t);
    for (size_t i = 0; i < m.grids().size(); ++i)
        EXPECT_TRUE(m.grids().geometry.contains(i, m.grids().features[i].labelPoint)) << i;
}

TEST(MapModel, RoadPiecesOfOneNameAreChainedForLabels) {
    MapTestProject t("chains");
    t.createSample();
    const auto m = loaded(t);
    // 学院路 is stored as two pieces meeting at x = 300: one chain of 700 m for its label.
    const auto& chains = m.roadLabelLines();
    ASSERT_EQ(chains.lines.size(), 4u);
    bool found = false;
    for (size_t i = 0; i < chains.lines.size(); ++i) {
        if (m.roads().features[chains.source[i]].name != "学院路") continue;
        found = true;
        EXPECT_NEAR(chains.lines.bounds(i).width(), 700, 0.01);
    }
    EXPECT_TRUE(found);
}

TEST(MapModel, EmptyLayersAndAProjectWithoutCrsLoad) {
    MapTestProject empty("empty");
    empty.createEmpty();
    const auto m = loaded(empty);
    EXPECT_EQ(m.grids().size(), 0u);
    EXPECT_TRUE(m.fullExtent().isEmpty());
    EXPECT_FALSE(m.gridAt({kX0, kY0}));
    EXPECT_FALSE(m.buildingAt({kX0, kY0}, 100));

    MapTestProject noCrs("nocrs");
    noCrs.createEmpty(0);
    const auto n = loaded(noCrs);
    EXPECT_TRUE(n.fullExtent().isEmpty());
}

TEST(MapModel, LoadsFromAProjectOpenedReadOnly) {
    MapTestProject t("readonly");
    t.createSample();
    t.project.reset();
    auto p = store::Project::open(t.path(), true);
    ASSERT_TRUE(p) << p.error().message;
    auto m = model::MapModel::load(*p);
    ASSERT_TRUE(m) << m.error().message;
    EXPECT_EQ(m->buildings().size(), 12u);
}

TEST(MapModel, IssuesAreLoadedAsCompactPoints) {
    MapTestProject t("issues");
    t.createSample();
    t.write(store::Layer::Issues,
            {"E1", "环境卫生", std::nullopt, "一般", std::nullopt, std::nullopt, "2024-03-05T09:30:00"},
            geo::Geometry::point({kX0 + 10, kY0 + 20}));
    t.write(store::Layer::Issues, {"E2", "安全隐患", std::nullopt, "重大", std::nullopt, std::nullopt, "1970-01-02"},
            geo::Geometry::point({kX0 + 30, kY0 + 40}));
    const auto m = loaded(t);
    const auto& is = m.issues();
    ASSERT_EQ(is.size(), 2u);
    // Stored in spatial order: find each by its place.
    const size_t e1 = std::abs(is.points[0].x + m.origin().x - (kX0 + 10)) < 0.01 ? 0 : 1, e2 = 1 - e1;
    EXPECT_NEAR(is.points[e1].y + m.origin().y, kY0 + 20, 0.01);
    EXPECT_EQ(is.categories[is.category[e1]], "环境卫生");
    EXPECT_EQ(is.severities[is.severity[e2]], "重大");
    EXPECT_EQ(is.day[e2], 1);
    EXPECT_EQ(is.day[e1], 19787);  // 2024-03-05
    EXPECT_NEAR(m.layerExtent(store::Layer::Issues).maxy, kY0 + 40, 0.01);
}

TEST(MapModel, CreditsOpenStreetMapWhenAnImportNamedIt) {
    MapTestProject t("osm");
    t.createSample();
    EXPECT_TRUE(loaded(t).info().attributions.empty());
    store::EditLogEntry e;
    e.operatorName = "test";
    e.action = "import";
    e.target = "roads";
    e.summary = "roads: 10 new from /data/beijing-xueyuanlu-osm/roads.geojson";
    ASSERT_TRUE(t.project->logEdit(e));
    ASSERT_TRUE(store::saveAttribution(*t.project, "测绘院 2024"));
    const auto lines = loaded(t).info().attributions;
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "测绘院 2024");
    EXPECT_EQ(lines[1], "© OpenStreetMap contributors");
}

TEST(MapStyleStore, RecognisesOpenStreetMapOnlyAsAWord) {
    EXPECT_TRUE(store::mentionsOpenStreetMap("map.osm"));
    EXPECT_TRUE(store::mentionsOpenStreetMap("fields: osm_id, name"));
    EXPECT_TRUE(store::mentionsOpenStreetMap("© OpenStreetMap contributors"));
    EXPECT_FALSE(store::mentionsOpenStreetMap("cosmos.geojson"));
    EXPECT_FALSE(store::mentionsOpenStreetMap("buildings.shp"));
}
