// Basemap sources: a GeoTIFF in the project CRS and in EPSG:4326, an MBTiles file and XYZ tiles
// behind a file:// URL template, each drawn at its place; overviews picked by scale; concurrent
// reads; and every kind of bad input refused with the source named.
#include "io/basemap_source.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "basemap_fixtures.h"
#include "geo/crs.h"

using namespace ga;
using namespace ga::testing;
namespace fs = std::filesystem;

namespace {

constexpr int kProjectSrid = 4549;  // CGCS2000 / 3-degree Gauss-Kruger CM 120E
// The line between red (west) and blue (east) of the geographic fixtures.
constexpr double kSplitLon = 120.005, kMidLat = 31.607;

class BasemapSourceTest : public ::testing::Test {
protected:
    fs::path dir;

    void SetUp() override {
        dir = fs::temp_directory_path() / ("ga_basemap_" + std::to_string(::getpid()) + "_" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }

    static Rgb westRedEastBlue(double lon, double) { return lon < kSplitLon ? kRed : kBlue; }

    // A 4326 GeoTIFF around (120.005°E, 31.607°N): 2 km × 1.7 km, 2e-5° cells.
    fs::path geographicTiff() {
        const fs::path p = dir / "ortho4326.tif";
        writeGeoTiff(p, {119.995, 31.615, 2e-5, 1000, 750, 4326}, westRedEastBlue);
        return p;
    }

    // Where the split line crosses the middle latitude, in the project CRS.
    static geo::Point splitInProject() {
        auto t = geo::Transformer::create("EPSG:4326", kProjectSrid);
        EXPECT_TRUE(t) << t.error().message;
        auto p = t->apply(geo::Point{kSplitLon, kMidLat});
        EXPECT_TRUE(p);
        return *p;
    }

    struct Drawn {
        int width = 0, height = 0;
        std::vector<uint32_t> pixels;
        uint32_t at(int x, int y) const { return pixels[static_cast<size_t>(y) * width + x]; }
    };

    static Drawn draw(const io::BasemapSource& s, const geo::Box& box, int w, int h) {
        Drawn d{w, h, std::vector<uint32_t>(static_cast<size_t>(w) * h, 0x12345678u)};
        auto r = s.read(box, w, h, d.pixels);
        EXPECT_TRUE(r) << (r ? "" : r.error().message);
        if (r) {
            EXPECT_TRUE(*r) << "nothing of the raster was in the box";
        }
        return d;
    }

    static std::unique_ptr<io::BasemapSource> open(const std::string& source) {
        auto s = io::BasemapSource::open(source, kProjectSrid);
        EXPECT_TRUE(s) << (s ? "" : s.error().message);
        return s ? std::move(*s) : nullptr;
    }

    // Checks the west/east colours 40 px either side of the split in a 2 m/px, 300 px view.
    static void expectSplitDrawn(const io::BasemapSource& s) {
        const geo::Point c = splitInProject();
        const Drawn d = draw(s, {c.x - 300, c.y - 300, c.x + 300, c.y + 300}, 300, 300);
        expectColour(d.at(110, 150), kRed, "20 px west of the split line");
        expectColour(d.at(190, 150), kBlue, "20 px east of the split line");
    }

    static void expectColour(uint32_t argb, Rgb want, const char* where) {
        EXPECT_EQ(argb >> 24, 255u) << where;
        EXPECT_NEAR(static_cast<int>((argb >> 16) & 0xFF), want[0], 6) << where;
        EXPECT_NEAR(static_cast<int>((argb >> 8) & 0xFF), want[1], 6) << where;
        EXPECT_NEAR(static_cast<int>(argb & 0xFF), want[2], 6) << where;
    }

    std::string openError(const std::string& source, int srid = kProjectSrid) {
        auto s = io::BasemapSource::open(source, srid);
        EXPECT_FALSE(s) << source << " opened";
        return s ? std::string() : s.error().message;
    }

    fs::path writeText(const std::string& name, const std::string& text) {
        const fs::path p = dir / name;
        std::ofstream(p) << text;
        return p;
    }
};

}  // namespace

TEST_F(BasemapSourceTest, GeoTiffInTheProjectCrsIsDrawnAtItsPlace) {
    const fs::path p = dir / "ortho4549.tif";
    // 1 km square at (500000, 3500000), west half red, east half blue.
    writeGeoTiff(p, {500000, 3501000, 10, 100, 100, kProjectSrid},
                 [](double x, double) { return x < 500500 ? kRed : kBlue; });
    auto s = open(p.string());
    ASSERT_TRUE(s);
    EXPECT_EQ(s->info().driver, "GTiff");
    EXPECT_NEAR(s->info().extent.minx, 500000, 1e-6);
    EXPECT_NEAR(s->info().extent.maxy, 3501000, 1e-6);
    // 10 m per pixel over 1.4 km: the raster starts 20 px in from the top left.
    const Drawn d = draw(*s, {499800, 3499800, 501200, 3501200}, 140, 140);
    expectColour(d.at(45, 70), kRed, "x 500250");
    expectColour(d.at(95, 70), kBlue, "x 500750");
    EXPECT_EQ(d.at(10, 70), 0u) << "west of the raster: transparent";
    EXPECT_EQ(d.at(70, 130), 0u) << "south of the raster: transparent";
}

TEST_F(BasemapSourceTest, GeographicGeoTiffIsReprojectedIntoTheProjectCrs) {
    auto s = open(geographicTiff().string());
    ASSERT_TRUE(s);
    EXPECT_EQ(s->info().crsName, "WGS 84");
    EXPECT_FALSE(s->info().remote);
    expectSplitDrawn(*s);
}

TEST_F(BasemapSourceTest, MbtilesFileIsDrawnAtItsPlace) {
    const fs::path tiles = dir / "ortho.mbtiles";
    writeMbtiles(geographicTiff(), tiles);
    auto s = open(tiles.string());
    ASSERT_TRUE(s);
    EXPECT_EQ(s->info().driver, "MBTiles");
    expectSplitDrawn(*s);
}

TEST_F(BasemapSourceTest, XyzTilesFromAFileUrlTemplateAreDrawnAtTheirPlace) {
    const int n = writeXyzTiles(dir / "xyz", 119.99, 31.595, 120.02, 31.62, 12, 17, westRedEastBlue);
    ASSERT_GT(n, 20);
    auto s = open("file://" + (dir / "xyz").string() + "/{z}/{x}/{y}.png");
    ASSERT_TRUE(s);
    EXPECT_TRUE(s->info().remote);
    EXPECT_EQ(s->info().driver, "WMS");
    EXPECT_TRUE(s->probe()) << "a zoom level without tiles reads as empty, not as an error";
    expectSplitDrawn(*s);
}

TEST_F(BasemapSourceTest, ReadsTheOverviewThatSuitsTheScale) {
    const fs::path p = dir / "big.tif";
    // Full resolution red/blue, every overview green: the colour tells which level was read.
    writeGeoTiff(
        p, {500000, 3501024, 1, 1024, 1024, kProjectSrid}, [](double x, double) { return x < 500512 ? kRed : kBlue; },
        kGreen);
    auto s = open(p.string());
    ASSERT_TRUE(s);
    EXPECT_EQ(s->info().overviews, 3);
    const geo::Box all{500000, 3500000, 501024, 3501024};
    expectColour(draw(*s, all, 1024, 1024).at(100, 500), kRed, "1 m per pixel: full resolution");
    expectColour(draw(*s, all, 128, 128).at(10, 60), kGreen, "8 m per pixel: an overview");
    expectColour(draw(*s, all, 512, 512).at(50, 250), kGreen, "2 m per pixel: the first overview");
}

TEST_F(BasemapSourceTest, ConcurrentReadsGiveTheSamePixelsAsOneAtATime) {
    auto s = open(geographicTiff().string());
    ASSERT_TRUE(s);
    const geo::Point c = splitInProject();
    const geo::Box boxes[] = {{c.x - 300, c.y - 300, c.x + 300, c.y + 300},
                              {c.x - 500, c.y - 200, c.x + 100, c.y + 400}};
    const Drawn expected[] = {draw(*s, boxes[0], 256, 256), draw(*s, boxes[1], 256, 256)};
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            std::vector<uint32_t> px(256 * 256);
            for (int i = 0; i < 10; ++i) {
                if (!s->read(boxes[t % 2], 256, 256, px) || px != expected[t % 2].pixels) ++mismatches;
            }
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(mismatches.load(), 0);
}

TEST_F(BasemapSourceTest, ABoxOutsideTheRasterDrawsNothing) {
    auto s = open(geographicTiff().string());
    ASSERT_TRUE(s);
    std::vector<uint32_t> px(64 * 64, 7);
    auto r = s->read({600000, 3600000, 601000, 3601000}, 64, 64, px);
    ASSERT_TRUE(r);
    EXPECT_FALSE(*r);
    EXPECT_TRUE(std::all_of(px.begin(), px.end(), [](uint32_t v) { return v == 0; }));
}

TEST_F(BasemapSourceTest, RefusesAVectorFileNamingIt) {
    const fs::path p = writeText("grids.geojson", R"({"type":"FeatureCollection","features":[]})");
    const std::string e = openError(p.string());
    EXPECT_NE(e.find(p.string()), std::string::npos) << e;
    EXPECT_NE(e.find("vector file"), std::string::npos) << e;
}

TEST_F(BasemapSourceTest, RefusesATextFileNamingIt) {
    const fs::path p = writeText("notes.txt", "友好社区 网格 底图\nnot a raster\n");
    const std::string e = openError(p.string());
    EXPECT_NE(e.find(p.string()), std::string::npos) << e;
    EXPECT_NE(e.find("not a raster"), std::string::npos) << e;
}

TEST_F(BasemapSourceTest, RefusesAMissingFile) {
    const std::string e = openError((dir / "missing.tif").string());
    EXPECT_NE(e.find("missing.tif: file not found"), std::string::npos) << e;
}

TEST_F(BasemapSourceTest, RefusesARasterWithoutCrs) {
    const fs::path p = dir / "nocrs.tif";
    writeGeoTiff(p, {500000, 3501000, 10, 50, 50, 0}, [](double, double) { return kRed; });
    const std::string e = openError(p.string());
    EXPECT_NE(e.find("nocrs.tif: has no coordinate reference system"), std::string::npos) << e;
}

TEST_F(BasemapSourceTest, RefusesAUrlThatIsNoTileTemplate) {
    const std::string e = openError("http://intranet.example/basemap");
    EXPECT_NE(e.find("http://intranet.example/basemap: a basemap URL must be an XYZ tile template"), std::string::npos)
        << e;
}

TEST_F(BasemapSourceTest, AnUnreachableTileServiceFailsItsProbeAndItsReads) {
    // Port 9 (discard) on the loopback: nothing listens, the connection is refused at once.
    const std::string url = "http://127.0.0.1:9/tiles/{z}/{x}/{y}.png";
    auto s = open(url);
    ASSERT_TRUE(s) << "opening a tile template fetches nothing yet";
    auto probe = s->probe();
    ASSERT_FALSE(probe);
    EXPECT_NE(probe.error().message.find(url + ": the tile service does not answer"), std::string::npos)
        << probe.error().message;
    std::vector<uint32_t> px(64 * 64);
    auto r = s->read({500000, 3500000, 500640, 3500640}, 64, 64, px);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find(url), std::string::npos) << r.error().message;
}

TEST_F(BasemapSourceTest, RefusesAProjectWithoutCrs) {
    const std::string e = openError(geographicTiff().string(), 0);
    EXPECT_NE(e.find("the project has no CRS yet"), std::string::npos) << e;
}

TEST(XyzServiceXml, EscapesTheUrlAndCountsTmsRowsFromTheSouth) {
    const std::string xyz =
        io::xyzServiceXml("http://t0.tianditu.gov.cn/img_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}");
    EXPECT_NE(xyz.find("TILEMATRIX=${z}&amp;TILEROW=${y}&amp;TILECOL=${x}"), std::string::npos) << xyz;
    EXPECT_NE(xyz.find("<YOrigin>top</YOrigin>"), std::string::npos);
    const std::string tms = io::xyzServiceXml("http://tiles.local/{z}/{x}/{-y}.png");
    EXPECT_NE(tms.find("/${z}/${x}/${y}.png"), std::string::npos) << tms;
    EXPECT_NE(tms.find("<YOrigin>bottom</YOrigin>"), std::string::npos);
}

TEST(IsBasemapUrl, TellsServicesFromFiles) {
    EXPECT_TRUE(io::isBasemapUrl("http://t0.tianditu.gov.cn/img_w/wmts?TILEMATRIX={z}"));
    EXPECT_TRUE(io::isBasemapUrl("HTTPS://tiles.local/{z}/{x}/{y}.png"));
    EXPECT_TRUE(io::isBasemapUrl("WMTS:http://gis.local/wmts?SERVICE=WMTS&REQUEST=GetCapabilities"));
    EXPECT_TRUE(io::isBasemapUrl("file:///data/tiles/{z}/{x}/{y}.png"));
    EXPECT_FALSE(io::isBasemapUrl("/data/ortho.tif"));
    EXPECT_FALSE(io::isBasemapUrl("D:/影像/正射影像.tif"));
}

TEST(SuggestedBasemapName, IsTheFileStemOrTheServiceHost) {
    EXPECT_EQ(io::suggestedBasemapName("/data/影像/如东正射影像2023.tif"), "如东正射影像2023");
    EXPECT_EQ(io::suggestedBasemapName("http://t0.tianditu.gov.cn/img_w/wmts?TILEMATRIX={z}"), "t0.tianditu.gov.cn");
    EXPECT_EQ(io::suggestedBasemapName("WMTS:http://gis.local:8080/wmts?SERVICE=WMTS"), "gis.local");
    EXPECT_EQ(io::suggestedBasemapName("file:///srv/tiles/rudong/{z}/{x}/{y}.png"), "rudong");
    EXPECT_EQ(io::knownAttribution("http://t3.tianditu.gov.cn/vec_w/wmts"), "© 天地图");
    EXPECT_EQ(io::knownAttribution("/data/ortho.tif"), "");
}
