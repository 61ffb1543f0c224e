// Basemaps under the map: drawn at their place in the project CRS whatever their own CRS, under
// translucent grid fills, credited in the corner, cached across pans, and a basemap that fails
// leaves the frame drawn with the failure named.
#include "render/basemap_layer.h"

#include <gtest/gtest.h>

#include "../io/basemap_fixtures.h"
#include "../model/map_test_project.h"
#include "geo/crs.h"
#include "render/map_renderer.h"

using namespace ga;
using ga::testing::kX0;
using ga::testing::kY0;
using render::MapView;

namespace {

class BasemapLayerTest : public ::testing::Test {
protected:
    std::unique_ptr<ga::testing::MapTestProject> t;
    std::shared_ptr<const model::MapModel> model;

    void SetUp() override {
        t = std::make_unique<ga::testing::MapTestProject>(
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        t->createSample();
        auto m = model::MapModel::load(*t->project);
        ASSERT_TRUE(m) << m.error().message;
        model = std::make_shared<const model::MapModel>(std::move(*m));
    }

    // A GeoTIFF in the project CRS over [-400, 1000] × [-400, 800] around the sample: red west of
    // x = 300, blue east of it, 5 m cells.
    std::string projectCrsOrtho() {
        const auto p = t->dir / "ortho4549.tif";
        ga::testing::writeGeoTiff(p, {kX0 - 400, kY0 + 800, 5, 280, 240, 4549}, [](double x, double) {
            return x < kX0 + 300 ? ga::testing::kRed : ga::testing::kBlue;
        });
        return p.string();
    }

    render::BasemapLayers layers(std::vector<store::BasemapSetting> settings) {
        std::vector<std::string> problems;
        auto out = render::openBasemaps(settings, 4549, problems);
        EXPECT_TRUE(problems.empty()) << problems.front();
        return out;
    }

    // The sample at 2 m per pixel, 800 × 600 px, centred on the middle grid.
    static MapView view() {
        MapView v;
        v.centre = {kX0 + 300, kY0 + 200};
        v.metresPerPixel = 2;
        v.size = {800, 600};
        return v;
    }

    QImage draw(const render::BasemapLayers& basemaps, const MapView& v = view(),
                render::RenderResult* result = nullptr) {
        render::MapRenderer r(model, render::MapStyle::defaults());
        r.setBasemaps(basemaps);
        auto img = r.renderImage(v);
        EXPECT_TRUE(img) << (img ? "" : img.error().message);
        if (!img) return {};
        if (result) *result = img->result;
        return img->image;
    }

    static void expectNear(QColor got, ga::testing::Rgb want, const char* where) {
        EXPECT_NEAR(got.red(), want[0], 8) << where;
        EXPECT_NEAR(got.green(), want[1], 8) << where;
        EXPECT_NEAR(got.blue(), want[2], 8) << where;
    }
};

}  // namespace

TEST_F(BasemapLayerTest, AnOrthophotoInTheProjectCrsIsDrawnAtItsPlace) {
    const QImage img = draw(layers({{"正射影像", projectCrsOrtho(), 1, true, "© 测绘院"}}));
    // x = -200 m and x = 800 m lie outside the community: only the basemap is there.
    expectNear(img.pixelColor(view().toScreen({kX0 - 200, kY0 + 600}).toPoint()), ga::testing::kRed, "west");
    expectNear(img.pixelColor(view().toScreen({kX0 + 800, kY0 + 600}).toPoint()), ga::testing::kBlue, "east");
    // Beyond the raster: the map's background.
    EXPECT_EQ(img.pixelColor(view().toScreen({kX0 - 500, kY0 + 200}).toPoint()),
              render::MapStyle::defaults().background);
}

TEST_F(BasemapLayerTest, AGeographicBasemapIsDrawnAtItsPlace) {
    // A 4326 raster split at the longitude of x = kX0 + 700 (west red, east blue).
    auto toLonLat = geo::Transformer::create("EPSG:4549", 4326);
    ASSERT_TRUE(toLonLat);
    const geo::Point split = *toLonLat->apply(geo::Point{kX0 + 700, kY0 + 200});
    const geo::Point sw = *toLonLat->apply(geo::Point{kX0 - 400, kY0 - 400});
    const auto p = t->dir / "ortho4326.tif";
    ga::testing::writeGeoTiff(p, {sw.x, sw.y + 0.012, 1e-5, 1500, 1200, 4326}, [&](double lon, double) {
        return lon < split.x ? ga::testing::kRed : ga::testing::kBlue;
    });
    const QImage img = draw(layers({{"影像", p.string(), 1, true, ""}}));
    expectNear(img.pixelColor(view().toScreen({kX0 + 680, kY0 + 500}).toPoint()), ga::testing::kRed, "20 m west");
    expectNear(img.pixelColor(view().toScreen({kX0 + 720, kY0 + 500}).toPoint()), ga::testing::kBlue, "20 m east");
}

TEST_F(BasemapLayerTest, GridFillsAreBlendedOverTheBasemap) {
    const QPoint gridA = view().toScreen({kX0 + 100, kY0 + 100}).toPoint();
    const QColor plain = draw({}).pixelColor(gridA);
    const QColor over = draw(layers({{"正射影像", projectCrsOrtho(), 1, true, ""}})).pixelColor(gridA);
    // Grid A (under range) is its status colour at the grids' opacity over whatever lies below.
    const render::MapStyle s = render::MapStyle::defaults();
    const QColor fill = s.statusColour(RangeStatus::Under);
    const double a = s.layer(store::Layer::Grids).opacity;
    const auto mix = [a](int f, int b) { return static_cast<int>(std::lround(f * a + b * (1 - a))); };
    expectNear(plain,
               {static_cast<uint8_t>(mix(fill.red(), s.background.red())),
                static_cast<uint8_t>(mix(fill.green(), s.background.green())),
                static_cast<uint8_t>(mix(fill.blue(), s.background.blue()))},
               "over the background");
    expectNear(over,
               {static_cast<uint8_t>(mix(fill.red(), ga::testing::kRed[0])),
                static_cast<uint8_t>(mix(fill.green(), ga::testing::kRed[1])),
                static_cast<uint8_t>(mix(fill.blue(), ga::testing::kRed[2]))},
               "over the red imagery");
}

TEST_F(BasemapLayerTest, OpacityAndVisibilityAreHonoured) {
    const QPoint west = view().toScreen({kX0 - 200, kY0 + 600}).toPoint();
    const std::string ortho = projectCrsOrtho();
    const QColor bg = render::MapStyle::defaults().background;
    const QColor half = draw(layers({{"半透明", ortho, 0.5, true, ""}})).pixelColor(west);
    EXPECT_NEAR(half.green(), (ga::testing::kRed[1] + bg.green()) / 2, 6);
    EXPECT_EQ(draw(layers({{"隐藏", ortho, 1, false, ""}})).pixelColor(west), bg);
}

TEST_F(BasemapLayerTest, TheAttributionCreditsVisibleBasemaps) {
    render::MapRenderer r(model, render::MapStyle::defaults());
    const std::string ortho = projectCrsOrtho();
    r.setBasemaps(
        layers({{"正射影像", ortho, 1, true, "© 如东县自然资源局"}, {"隐藏", ortho, 1, false, "© 隐藏的来源"}}));
    EXPECT_TRUE(r.attributionLine().contains(QStringLiteral("© 如东县自然资源局")));
    EXPECT_FALSE(r.attributionLine().contains(QStringLiteral("© 隐藏的来源")));
}

TEST_F(BasemapLayerTest, PanningReusesTheCachedTiles) {
    const auto basemaps = layers({{"正射影像", projectCrsOrtho(), 1, true, ""}});
    const auto& tiles = *basemaps.front()->tiles();
    (void)tiles.frame(view());
    const size_t first = tiles.cachedTiles();
    ASSERT_GT(first, 0u);
    (void)tiles.frame(view().pannedBy({60, -40}));
    // A pan of 60 px at 2 m per pixel stays within the 1 km tiles already made, or adds a row.
    EXPECT_LE(tiles.cachedTiles(), first + 3);
    // The same view again is the same image, not a new composition.
    const QImage a = tiles.frame(view()).image, b = tiles.frame(view()).image;
    EXPECT_EQ(a.cacheKey(), b.cacheKey());
}

TEST_F(BasemapLayerTest, TilesAreDrawnAtEveryScaleBetweenLevels) {
    const auto basemaps = layers({{"正射影像", projectCrsOrtho(), 1, true, ""}});
    for (double mpp : {1.0, 1.2, 1.41, 1.7, 2.9}) {
        MapView v = view();
        v.metresPerPixel = mpp;
        const QImage img = draw(basemaps, v);
        expectNear(img.pixelColor(v.toScreen({kX0 - 50, kY0 + 450}).toPoint()), ga::testing::kRed, "west");
        expectNear(img.pixelColor(v.toScreen({kX0 + 650, kY0 + 450}).toPoint()), ga::testing::kBlue, "east");
    }
}

TEST_F(BasemapLayerTest, AFailingTileServiceLeavesTheFrameDrawnAndSaysWhy) {
    render::RenderResult result;
    const QImage img =
        draw(layers({{"天地图", "http://127.0.0.1:9/{z}/{x}/{y}.png", 1, true, "© 天地图"}}), view(), &result);
    ASSERT_FALSE(img.isNull());
    ASSERT_FALSE(result.problems.empty());
    EXPECT_NE(result.problems.front().find("basemap 天地图: http://127.0.0.1:9/"), std::string::npos)
        << result.problems.front();
    EXPECT_GT(result.features, 0u) << "the map itself is drawn";
}

TEST_F(BasemapLayerTest, OpeningLeavesOutAMissingFileAndNamesIt) {
    std::vector<std::string> problems;
    const auto opened = render::openBasemaps(
        {{"旧影像", (t->dir / "moved.tif").string(), 1, true, ""}, {"正射影像", projectCrsOrtho(), 1, true, ""}}, 4549,
        problems);
    ASSERT_EQ(opened.size(), 1u);
    EXPECT_EQ(opened.front()->setting().name, "正射影像");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems.front().find("basemap 旧影像: "), std::string::npos);
    EXPECT_NE(problems.front().find("moved.tif: file not found"), std::string::npos) << problems.front();
}
