// gridatlas-cli basemap and render end to end: add an orthophoto made with GDAL, list it, draw it
// through `render`, remove it; bad basemaps are refused with the file named and the project untouched.
#include "../support/run_program.h"
#include <fcntl.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../io/basemap_fixtures.h"
#include "store/basemap_settings.h"

namespace {

namespace fs = std::filesystem;
using namespace ga::testing;

using ga::test::Ran;

class CliBasemap : public ::testing::Test {
protected:
    fs::path dir;
    std::string project;

    void SetUp() override {
        dir = fs::temp_directory_path() / fmt::format("ga_cli_basemap_{}_{}", ::getpid(),
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
        project = (dir / "p.sqlite").string();
        const Ran r = cli({"new", project, "--crs", "EPSG:4549", "--name", "底图测试"});
        ASSERT_EQ(r.exit, 0) << r.err;
    }
    void TearDown() override { fs::remove_all(dir); }

    static std::string slurp(const fs::path& p) {
        std::ifstream in(p, std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }

    /// Runs gridatlas-cli with stdout and stderr going to files.
    Ran cli(const std::vector<std::string>& args) const {
        return ga::test::runProgram(GA_CLI, args, dir);
    }

    // 1 km orthophoto at (500000, 3500000) in the project CRS: west half red, east half blue.
    std::string ortho() const {
        const fs::path p = dir / "正射影像.tif";
        writeGeoTiff(p, {500000, 3501000, 10, 100, 100, 4549},
                     [](double x, double) { return x < 500500 ? kRed : kBlue; });
        return p.string();
    }

    std::vector<ga::store::BasemapSetting> saved() const {
        auto p = ga::store::Project::open(project, true);
        EXPECT_TRUE(p);
        auto list = ga::store::loadBasemaps(*p);
        EXPECT_TRUE(list);
        return list ? *list : std::vector<ga::store::BasemapSetting>{};
    }

    // The colour of pixel (x, y) of a PNG, read back with GDAL.
    static Rgb pixel(const std::string& png, int x, int y) {
        registerGdal();
        GDALDatasetH ds = GDALOpen(png.c_str(), GA_ReadOnly);
        Rgb out{};
        if (!ds) return out;
        for (int b = 0; b < 3; ++b)
            EXPECT_EQ(GDALRasterIO(GDALGetRasterBand(ds, b + 1), GF_Read, x, y, 1, 1, &out[static_cast<size_t>(b)], 1,
                                   1, GDT_Byte, 0, 0),
                      CE_None);
        GDALClose(ds);
        return out;
    }
};

}  // namespace

TEST_F(CliBasemap, AddListRenderAndRemoveAnOrthophoto) {
    const std::string tif = ortho();
    Ran r = cli({"basemap", project, "--add", tif, "--attribution", "© 如东县自然资源局", "--operator", "王测绘"});
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_NE(r.out.find("added basemap 正射影像: GTiff 100x100 px"), std::string::npos) << r.out;
    ASSERT_EQ(saved().size(), 1u);
    EXPECT_EQ(saved().front().source, tif);

    r = cli({"basemap", project, "--list"});
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_NE(r.out.find("正射影像  shown  100%  " + tif + "  (© 如东县自然资源局)"), std::string::npos) << r.out;

    // 200 x 100 px over the raster's middle: left half red, right half blue.
    const std::string png = (dir / "map.png").string();
    r = cli({"render", project, "--out", png, "--size", "200x100", "--extent", "500000,3500250,501000,3500750"});
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
    const Rgb west = pixel(png, 40, 50), east = pixel(png, 160, 50);
    EXPECT_NEAR(west[0], kRed[0], 8);
    EXPECT_NEAR(west[2], kRed[2], 8);
    EXPECT_NEAR(east[0], kBlue[0], 8);
    EXPECT_NEAR(east[2], kBlue[2], 8);

    r = cli({"basemap", project, "--remove", "正射影像"});
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_TRUE(saved().empty());
}

// Cron jobs and CI shells have no XDG_RUNTIME_DIR; Qt would warn about it on every run.
TEST_F(CliBasemap, RenderOutsideALoginSessionKeepsStderrQuiet) {
    const char* had = std::getenv("XDG_RUNTIME_DIR");
    const std::string saved = had ? had : "";
    unsetenv("XDG_RUNTIME_DIR");
    const Ran r = cli({"render", project, "--out", (dir / "quiet.png").string(), "--size", "64x64"});
    if (!saved.empty()) setenv("XDG_RUNTIME_DIR", saved.c_str(), 1);
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_EQ(r.err, "");
}

TEST_F(CliBasemap, RefusesWhatIsNoUsableBasemapAndLeavesTheProjectAlone) {
    const std::string text = (dir / "说明.txt").string();
    std::ofstream(text) << "这不是影像\n";
    const std::string geojson = (dir / "grids.geojson").string();
    std::ofstream(geojson) << R"({"type":"FeatureCollection","features":[]})";
    const fs::path noCrs = dir / "nocrs.tif";
    writeGeoTiff(noCrs, {500000, 3501000, 10, 20, 20, 0}, [](double, double) { return kRed; });
    const std::string before = slurp(project);
    const std::pair<std::string, std::string> cases[] = {
        {text, "说明.txt: not a raster"},
        {geojson, "grids.geojson: is a vector file"},
        {(dir / "missing.tif").string(), "missing.tif: file not found"},
        {noCrs.string(), "nocrs.tif: has no coordinate reference system"},
        {"http://127.0.0.1:9/{z}/{x}/{y}.png", "http://127.0.0.1:9/{z}/{x}/{y}.png: the tile service does not answer"},
    };
    for (const auto& [source, message] : cases) {
        const Ran r = cli({"basemap", project, "--add", source});
        EXPECT_EQ(r.exit, 2) << source;
        EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
    }
    EXPECT_TRUE(saved().empty());
    EXPECT_EQ(slurp(project), before) << "the project file is unchanged";
}

TEST_F(CliBasemap, RefusesADuplicateNameAndAnUnknownOne) {
    const std::string tif = ortho();
    ASSERT_EQ(cli({"basemap", project, "--add", tif, "--name", "影像"}).exit, 0);
    Ran r = cli({"basemap", project, "--add", tif, "--name", "影像"});
    EXPECT_EQ(r.exit, 2);
    EXPECT_NE(r.err.find("a basemap called '影像' exists already"), std::string::npos) << r.err;
    r = cli({"basemap", project, "--remove", "没有"});
    EXPECT_EQ(r.exit, 2);
    EXPECT_NE(r.err.find("no basemap called '没有'"), std::string::npos) << r.err;
    r = cli({"basemap", project});
    EXPECT_EQ(r.exit, 2);
}

TEST_F(CliBasemap, RenderNamesABasemapThatWentMissingAndDrawsTheRest) {
    const std::string tif = ortho();
    ASSERT_EQ(cli({"basemap", project, "--add", tif}).exit, 0);
    fs::remove(tif);
    const Ran r = cli({"render", project, "--out", (dir / "map.png").string(), "--size", "64x64", "--extent",
                       "500000,3500000,501000,3501000"});
    EXPECT_EQ(r.exit, 0) << r.err;
    EXPECT_NE(r.err.find("warning: basemap 正射影像: " + tif + ": file not found"), std::string::npos) << r.err;
}
