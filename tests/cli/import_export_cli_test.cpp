// gridatlas-cli import/export end to end: the built binary run as a user runs it (output piped).
#include "../support/run_program.h"
#include <fcntl.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "store/project.h"

namespace {

namespace fs = std::filesystem;

using ga::test::Ran;

using ga::test::slurp;

class CliImportExport : public ::testing::Test {
protected:
    fs::path dir;
    std::string project;

    void SetUp() override {
        dir = fs::temp_directory_path() /
              fmt::format("ga_cli_{}_{}", ::getpid(), ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
        project = (dir / "p.sqlite").string();
    }
    void TearDown() override { fs::remove_all(dir); }

    std::string path(const std::string& name) const { return (dir / name).string(); }
    std::string write(const std::string& name, std::string_view text) const {
        std::ofstream(path(name), std::ios::binary) << text;
        return path(name);
    }

    /// Runs `program args...` with stdout and stderr going to files (so not a terminal).
    Ran run(const std::string& program, const std::vector<std::string>& args) const {
        return ga::test::runProgram(program, args, dir);
    }
    Ran cli(const std::vector<std::string>& args) const { return run(GA_CLI, args); }

    void newProject(const std::vector<std::string>& extra = {}) {
        std::vector<std::string> args{"new", project};
        args.insert(args.end(), extra.begin(), extra.end());
        const Ran r = cli(args);
        ASSERT_EQ(r.exit, 0) << r.err;
    }
    long long scalar(const std::string& sql) const {
        auto p = ga::store::Project::open(project, true);
        EXPECT_TRUE(p) << p.error().message;
        if (!p) return -1;
        auto v = p->db().scalarInt(sql);
        EXPECT_TRUE(v) << v.error().message;
        return v ? v->value_or(-1) : -1;
    }
};

}  // namespace

TEST_F(CliImportExport, ImportsTheRealOsmDataAndOgrinfoOpensTheProject) {
    newProject();
    const std::string data = GA_TEST_DATA "/osm-xueyuanlu/";
    const Ran b = cli({"import", project, "--layer", "buildings", data + "buildings.geojson"});
    ASSERT_EQ(b.exit, 0) << b.err;
    EXPECT_NE(b.out.find("new          257"), std::string::npos) << b.out;
    EXPECT_NE(b.out.find("EPSG:4548"), std::string::npos) << b.out;
    EXPECT_EQ(b.err, "");  // quiet when not on a terminal
    const Ran r = cli({"import", project, "--layer", "roads", data + "roads.geojson"});
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_NE(r.out.find("new          302"), std::string::npos) << r.out;
    const Ran c = cli({"import", project, "--layer", "compounds", data + "residential_areas.geojson"});
    ASSERT_EQ(c.exit, 0) << c.err;
    EXPECT_NE(c.out.find("rows read    10"), std::string::npos) << c.out;
    EXPECT_NE(c.out.find("rejected     1 (missing_value 1)"), std::string::npos) << c.out;

    const Ran info = run("ogrinfo", {"-ro", "-so", project, "buildings"});
    ASSERT_EQ(info.exit, 0) << info.err;
    EXPECT_NE(info.out.find("Feature Count: 257"), std::string::npos) << info.out;
    const Ran roads = run("ogrinfo", {"-ro", "-so", project, "roads"});
    EXPECT_NE(roads.out.find("Feature Count: 302"), std::string::npos) << roads.out;
}

TEST_F(CliImportExport, BadInputExitsTwoNamingTheFileAndLeavesTheProjectAsItWas) {
    newProject({"--crs", "EPSG:4549"});
    const std::string seed = write("seed.csv", "户编号,住址\nH1,育才路77号\n");
    ASSERT_EQ(cli({"import", project, "--layer", "households", seed}).exit, 0);
    const std::string points =
        write("points.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature",)"
                                R"("properties":{},"geometry":{"type":"Point","coordinates":[121.19,32.3]}}]})");
    const std::string cut = write("cut.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature","prop)");
    const std::string grids =
        write("grids.csv",
              "网格编码,WKT\n320623001001001,\"POLYGON((121.19 32.3,121.2 32.3,121.2 32.31,121.19 32.3))\"\n"
              "320623001001001,\"POLYGON((121.2 32.3,121.21 32.3,121.21 32.31,121.2 32.3))\"\n");
    const std::string noKey = write("nokey.csv", "住址,人口数\n育才路77号,3\n");
    const std::string shp = write("lonely.shp", "not really a shapefile");
    const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
        {"points.geojson", {"--layer", "buildings", points}},
        {"cut.geojson", {"--layer", "buildings", cut}},
        {"grids.csv", {"--layer", "grids", grids}},
        {"nokey.csv", {"--layer", "households", noKey}},
        {"lonely.shp", {"--layer", "buildings", shp}},
        {"households_two_registers.xlsx",
         {"--layer", "households", GA_TEST_DATA "/registers/households_two_registers.xlsx"}},
        {"--layer", {"--layer", "parks", seed}},
    };
    const std::string before = slurp(project);
    for (const auto& [named, args] : cases) {
        std::vector<std::string> all{"import", project};
        all.insert(all.end(), args.begin(), args.end());
        const Ran r = cli(all);
        EXPECT_EQ(r.exit, 2) << named << ": " << r.out;
        EXPECT_NE(r.err.find(named), std::string::npos) << r.err;
        EXPECT_EQ(r.out, "") << named;
        EXPECT_TRUE(slurp(project) == before) << named << " changed the project";
    }
}

TEST_F(CliImportExport, SummaryListsRejectedRowsAndTheReportHasThemAll) {
    newProject({"--crs", "EPSG:4549"});
    const Ran r = cli({"import", project, "--layer", "households", GA_TEST_DATA "/registers/households_title_row.xlsx",
                       "--report", path("report.csv")});
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_NE(r.out.find("layer/sheet  住户登记"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("new          3"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("rejected     1 (bad_value 1)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("sheet 住户登记 row 5: rejected (bad_value) members"), std::string::npos) << r.out;
    const std::string report = slurp(path("report.csv"));
    EXPECT_NE(report.find("rejected,bad_value,"), std::string::npos) << report;
    EXPECT_NE(report.find("sheet 住户登记 row 5,members"), std::string::npos) << report;
    EXPECT_EQ(scalar("SELECT count(*) FROM households"), 3);
    EXPECT_EQ(scalar("SELECT count(*) FROM edit_log WHERE action = 'import'"), 1);
}

TEST_F(CliImportExport, UpdateReportsAndRetiresHouseholdsMissingFromTheRegister) {
    newProject({"--crs", "EPSG:4549"});
    ASSERT_EQ(
        cli({"import", project, "--layer", "households", write("a.csv", "户号,住址\nH1,甲\nH2,乙\nH3,丙\n")}).exit, 0);
    const Ran r = cli({"import", project, "--layer", "households", write("b.csv", "户号,住址\nH2,乙二\n"), "--update",
                       "--retire-missing"});
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_NE(r.out.find("not in the new register  2 (2 marked moved out)"), std::string::npos) << r.out;
    EXPECT_EQ(scalar("SELECT count(*) FROM households WHERE state = 'moved_out'"), 2);
}

TEST_F(CliImportExport, ExportMasksByDefaultAndLogsAnUnmaskedExport) {
    newProject({"--crs", "EPSG:4549"});
    ASSERT_EQ(cli({"import", project, "--layer", "households",
                   write("hh.csv", "户编号,户主姓名,联系电话,住址\nH1,张三丰,13812345678,育才路77号\n")})
                  .exit,
              0);
    const Ran masked = cli({"export", project, "--layer", "households", path("masked.csv")});
    ASSERT_EQ(masked.exit, 0) << masked.err;
    const std::string m = slurp(path("masked.csv"));
    EXPECT_TRUE(m.starts_with("\xEF\xBB\xBF"));
    EXPECT_EQ(m.find("张三丰"), std::string::npos);
    EXPECT_NE(m.find("138****5678"), std::string::npos);
    EXPECT_EQ(scalar("SELECT count(*) FROM edit_log WHERE action = 'export_unmasked'"), 0);

    const Ran clear =
        cli({"export", project, "--layer", "households", path("clear.gpkg"), "--unmasked", "--operator", "王网格"});
    ASSERT_EQ(clear.exit, 0) << clear.err;
    EXPECT_NE(clear.out.find("export_unmasked"), std::string::npos) << clear.out;
    EXPECT_EQ(scalar("SELECT count(*) FROM edit_log WHERE action = 'export_unmasked' AND operator = '王网格' "
                     "AND target = 'households' AND detail LIKE '%clear.gpkg%' AND detail LIKE '%\"rows\":1%'"),
              1);
    const Ran info = run("ogrinfo", {"-ro", "-al", "-q", path("clear.gpkg")});
    EXPECT_NE(info.out.find("张三丰"), std::string::npos) << info.out;
}

TEST_F(CliImportExport, ExportWritesShapefileWithFieldMapAndRefusesUnknownFormats) {
    newProject();
    ASSERT_EQ(cli({"import", project, "--layer", "buildings", GA_TEST_DATA "/osm-xueyuanlu/buildings.geojson"}).exit,
              0);
    const Ran shp = cli({"export", project, "--layer", "buildings", path("b.shp")});
    ASSERT_EQ(shp.exit, 0) << shp.err;
    EXPECT_TRUE(fs::exists(path("b.dbf")));
    EXPECT_EQ(slurp(path("b.cpg")), "UTF-8");
    EXPECT_TRUE(fs::exists(path("b.fields.txt")));
    const Ran bad = cli({"export", project, "--layer", "buildings", path("b.dwg")});
    EXPECT_EQ(bad.exit, 2);
    EXPECT_NE(bad.err.find("b.dwg"), std::string::npos);
    EXPECT_FALSE(fs::exists(path("b.dwg")));
}

TEST_F(CliImportExport, ImportsGcj02WithCrsOption) {
    newProject({"--crs", "EPSG:4549"});
    const Ran r = cli({"import", project, "--layer", "organisations",
                       write("o.csv", "名称,经度,纬度\n友好小学,121.1947,32.3030\n"), "--crs", "GCJ02"});
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_NE(r.out.find("GCJ-02"), std::string::npos) << r.out;
    EXPECT_EQ(scalar("SELECT count(*) FROM organisations WHERE geom IS NOT NULL"), 1);
}
