// gridatlas-cli and the issue ledger end to end: a ledger with bad rows imported into the sample
// community's map, then stats, heatmap (GeoTIFF read back through GDAL, PNG) and the workflow.
#include "../support/run_program.h"
#include <fcntl.h>
#include <fmt/format.h>
#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_srs_api.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "store/project.h"

namespace {

namespace fs = std::filesystem;

using ga::test::Ran;

using ga::test::slurp;

// L1–L7: a dispute, an unknown category, a report in the future, a day that does not exist, an
// address the geocoder places, one it cannot, and an issue outside every grid.
constexpr std::string_view kLedger =
    "issue_id,category,subcategory,severity,title,reported_at,address,state,deadline,closed_at,x,y\n"
    "L1,矛盾纠纷,邻里纠纷,一般,漏水,2026-03-01 09:00,,处置,2026-03-08 09:00,,121.1888279,32.3059224\n"
    "L2,卫生死角,,一般,楼道堆物,2026-03-02 09:00,,上报,,,121.1912488,32.3139038\n"
    "L3,民生诉求,,紧急,补贴咨询,2030-01-01 09:00,,上报,,,121.1926087,32.3067077\n"
    "L4,市政设施,,一般,路灯,2026-02-30 09:00,,上报,,,121.1900000,32.3060000\n"
    "L5,环境卫生,,一般,垃圾,2026-03-03 09:00,友好社区华荣上海城13号楼,处置,2026-03-10 09:00,,,\n"
    "L6,环境卫生,,一般,污水,2026-03-03 10:00,友好社区友好巷沿线,处置,2026-03-10 10:00,,,\n"
    "L7,治安隐患,,一般,可疑人员,2026-03-04 09:00,,办结,2026-03-11 09:00,2026-03-05 09:00,121.3000000,32.4000000\n";

class LedgerCli : public ::testing::Test {
protected:
    fs::path dir;
    std::string project;

    void SetUp() override {
        dir = fs::temp_directory_path() /
              fmt::format("ga_ledger_cli_{}_{}", ::getpid(), ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
        project = (dir / "p.sqlite").string();
        ASSERT_EQ(cli({"new", project, "--crs", "EPSG:4549", "--division", "320623001001"}).exit, 0);
        for (const char* layer : {"communities", "grids", "compounds", "buildings"}) {
            const std::string file = std::string(GA_SAMPLE_DATA "/youhao/") +
                                     (std::string_view(layer) == "communities" ? "community" : layer) + ".geojson";
            const Ran r = cli({"import", project, "--layer", layer, file});
            ASSERT_EQ(r.exit, 0) << r.err;
        }
        std::ofstream(dir / "ledger.csv", std::ios::binary) << kLedger;
        imported = cli({"import", project, "--layer", "issues", (dir / "ledger.csv").string(), "--report",
                        (dir / "report.csv").string()});
    }
    void TearDown() override { fs::remove_all(dir); }

    Ran imported;

    Ran cli(const std::vector<std::string>& args) const {
        return ga::test::runProgram(GA_CLI, args, dir);
    }
    std::string text(const std::string& sql) const {
        auto p = ga::store::Project::open(project, true);
        auto v = p->db().scalarText(sql);
        return v && *v ? **v : std::string();
    }
};

TEST_F(LedgerCli, ImportReportsEveryDoubtAndKeepsWhatItCan) {
    ASSERT_EQ(imported.exit, 0) << imported.err;
    const std::string report = slurp(dir / "report.csv");
    for (const char* want : {"issue L2", "unknown_category: category 卫生死角", "issue L3", "future_time", "issue L5",
                             "location_derived", "issue L6", "not_located", "issue L7", "outside_grids", "L3",
                             "category_mapped: category 民生诉求 taken as 民生诉求/服务"})
        EXPECT_NE(report.find(want), std::string::npos) << want << "\n" << report;
    // The day that does not exist is the one row refused, with the reason.
    EXPECT_NE(imported.out.find("rejected     1 (bad_value 1)"), std::string::npos) << imported.out;
    EXPECT_NE(report.find("2026-02-30"), std::string::npos) << report;
    EXPECT_EQ(text("SELECT count(*) FROM issues"), "6");
    EXPECT_EQ(text("SELECT category || '/' || subcategory FROM issues WHERE issue_id = 'L2'"), "其他/卫生死角");
    EXPECT_EQ(text("SELECT location_derived || ' ' || grid FROM issues WHERE issue_id = 'L5'"), "1 320623001001006");
    EXPECT_EQ(text("SELECT count(*) FROM issues WHERE issue_id = 'L6' AND geom IS NULL"), "1");
    EXPECT_EQ(text("SELECT coalesce(grid, 'none') FROM issues WHERE issue_id = 'L7'"), "none");
    EXPECT_EQ(text("SELECT count(*) FROM issue_events WHERE action = '登记'"), "6");
}

TEST_F(LedgerCli, StatsCountTheLedgerAsJson) {
    const Ran r = cli({"stats", project, "--by", "category", "--json"});
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_NE(r.out.find(R"("by":"category")"), std::string::npos);
    EXPECT_NE(r.out.find(R"("total":{"key":"","label":"合计","reported":6,"waiting":2,"accepted":4,"refused":0,"open":3,"closed":1)"),
              std::string::npos)
        << r.out;
    const Ran csv = cli({"stats", project, "--csv"});
    ASSERT_EQ(csv.exit, 0);
    EXPECT_EQ(csv.out.substr(0, csv.out.find('\n')),
              "key,label,households,reported,waiting,accepted,refused,open,closed,closed_on_time,overdue,disputes,"
              "mediated,closure_rate,on_time_rate,mediation_rate,per_100_households");
    const Ran xlsx = cli({"stats", project, "--by", "month", "--out", (dir / "s.xlsx").string()});
    ASSERT_EQ(xlsx.exit, 0) << xlsx.err;
    EXPECT_GT(fs::file_size(dir / "s.xlsx"), 1000u);
    EXPECT_EQ(cli({"stats", project, "--by", "street"}).exit, 2);
}

TEST_F(LedgerCli, HeatmapGeoTiffIsRawDensityInTheProjectCrs) {
    const std::string tif = (dir / "h.tif").string();
    const Ran r = cli({"heatmap", project, "--out", tif, "--radius", "120", "--pixel", "5"});
    ASSERT_EQ(r.exit, 0) << r.err;
    GDALAllRegister();
    GDALDatasetH ds = GDALOpen(tif.c_str(), GA_ReadOnly);
    ASSERT_NE(ds, nullptr);
    GDALRasterBandH band = GDALGetRasterBand(ds, 1);
    EXPECT_EQ(GDALGetRasterCount(ds), 1);
    EXPECT_EQ(GDALGetRasterDataType(band), GDT_Float32);
    double gt[6];
    ASSERT_EQ(GDALGetGeoTransform(ds, gt), CE_None);
    EXPECT_EQ(gt[1], 5);
    EXPECT_EQ(gt[5], -5);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(GDALGetProjectionRef(ds));
    EXPECT_STREQ(OSRGetAuthorityCode(srs, nullptr), "4549");
    OSRDestroySpatialReference(srs);
    // Every cell against the definition, from the issues' stored coordinates.
    auto p = ga::store::Project::open(project, true);
    auto st = p->db().prepare("SELECT X(geom), Y(geom) FROM issues WHERE geom IS NOT NULL");
    std::vector<std::pair<double, double>> pts;
    while (*st->step()) pts.emplace_back(st->real(0), st->real(1));
    ASSERT_EQ(pts.size(), 5u);  // L6 has no place
    const int w = GDALGetRasterXSize(ds), h = GDALGetRasterYSize(ds);
    std::vector<float> v(static_cast<size_t>(w) * static_cast<size_t>(h));
    ASSERT_EQ(GDALRasterIO(band, GF_Read, 0, 0, w, h, v.data(), w, h, GDT_Float32, 0, 0), CE_None);
    double peak = 0, worst = 0;
    for (int j = 0; j < h; ++j)
        for (int i = 0; i < w; ++i) {
            const double cx = gt[0] + (i + 0.5) * gt[1], cy = gt[3] + (j + 0.5) * gt[5];
            double sum = 0;
            for (const auto& [x, y] : pts) {
                const double d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
                if (d2 < 120.0 * 120) sum += std::pow(1 - d2 / (120.0 * 120), 2);
            }
            peak = std::max(peak, sum);
            worst = std::max(worst, std::abs(sum - v[static_cast<size_t>(j) * static_cast<size_t>(w) + static_cast<size_t>(i)]));
        }
    GDALClose(ds);
    EXPECT_GT(peak, 0.9);
    EXPECT_LT(worst / peak, 0.01);
}

TEST_F(LedgerCli, HeatmapPngHasAWorldFile) {
    const Ran r = cli({"heatmap", project, "--out", (dir / "h.png").string(), "--weight", "severity", "--max", "3"});
    ASSERT_EQ(r.exit, 0) << r.err;
    EXPECT_GT(fs::file_size(dir / "h.png"), 1000u);
    EXPECT_NE(slurp(dir / "h.pgw").find("10.000000\n0\n0\n-10.000000\n"), std::string::npos);
}

TEST_F(LedgerCli, SmallHeatmapPngIsEnlargedAndItsWorldFileSaysSo) {
    const Ran r = cli({"heatmap", project, "--out", (dir / "s.png").string(), "--pixel", "250"});
    ASSERT_EQ(r.exit, 0) << r.err;
    const std::string png = slurp(dir / "s.png");
    ASSERT_GT(png.size(), 24u);
    const auto be32 = [&](size_t at) {
        return (static_cast<uint32_t>(static_cast<unsigned char>(png[at])) << 24) |
               (static_cast<uint32_t>(static_cast<unsigned char>(png[at + 1])) << 16) |
               (static_cast<uint32_t>(static_cast<unsigned char>(png[at + 2])) << 8) |
               static_cast<uint32_t>(static_cast<unsigned char>(png[at + 3]));
    };
    const uint32_t width = be32(16), height = be32(20);  // the IHDR chunk
    EXPECT_GE(std::min(width, height), 800u);
    // Pixel size × pixels spans the same ground as 250 m cells × cells.
    const double pixel = std::stod(slurp(dir / "s.pgw"));
    EXPECT_LT(pixel, 250.0);
    const double cells = width * pixel / 250.0;
    EXPECT_NEAR(cells, std::round(cells), 1e-6);
}

TEST_F(LedgerCli, HeatmapRefusesBadInputWithClearMessages) {
    const std::string tif = (dir / "bad.tif").string();
    const std::pair<std::vector<std::string>, std::string> cases[] = {
        {{"--radius", "0"}, "--radius 0: the radius in metres must be greater than 0"},
        {{"--radius", "-5"}, "must be greater than 0"},
        {{"--radius", "abc"}, "give the radius in metres as a number"},
        {{"--pixel", "0"}, "--pixel 0"},
        {{"--weight", "loud"}, "--weight loud: give count or severity"},
        {{"--category", "卫生"}, "--category 卫生: no such category"},
        {{"--from", "2026-13-01"}, "--from 2026-13-01: give a date"},
        {{"--from", "2026-04-01", "--to", "2026-03-01"}, "is not before --to"},
        {{"--max", "5"}, "--max sets the colour ramp of a PNG"},
        {{"--from", "2031-01-01"}, "no issue with a location matches"},
    };
    for (const auto& [extra, message] : cases) {
        std::vector<std::string> args{"heatmap", project, "--out", tif};
        args.insert(args.end(), extra.begin(), extra.end());
        const Ran r = cli(args);
        EXPECT_EQ(r.exit, 2) << extra.front();
        EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
        EXPECT_FALSE(fs::exists(tif));
    }
    EXPECT_EQ(cli({"heatmap", project, "--out", (dir / "h.jpg").string()}).exit, 2);
}

TEST_F(LedgerCli, TransitionsFollowTheWorkflow) {
    const Ran refused = cli({"issue-transition", project, "L1", "--action", "close", "--operator", "王五"});
    EXPECT_EQ(refused.exit, 2);
    EXPECT_NE(refused.err.find("办结 (close) is not allowed from state 处置"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("反馈 (feedback)"), std::string::npos) << refused.err;
    const Ran ok = cli({"issue-transition", project, "L1", "--action", "feedback", "--note", "已调解", "--operator", "王五",
                        "--at", "2026-03-05 10:00"});
    ASSERT_EQ(ok.exit, 0) << ok.err;
    EXPECT_NE(ok.out.find("处置 → 反馈"), std::string::npos) << ok.out;
    const Ran shown = cli({"issue", project, "L1"});
    ASSERT_EQ(shown.exit, 0) << shown.err;
    EXPECT_NE(shown.out.find("处置 → 反馈  by 王五  · 已调解"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("(overdue)"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("核查 (verify)"), std::string::npos) << shown.out;
    const Ran future = cli({"issue-transition", project, "L1", "--action", "verify", "--at", "2099-01-01 00:00"});
    EXPECT_EQ(future.exit, 2);
    EXPECT_NE(future.err.find("is in the future"), std::string::npos);
    EXPECT_EQ(cli({"issue-transition", project, "L99", "--action", "accept"}).exit, 2);
    EXPECT_EQ(cli({"issue-transition", project, "L1", "--action", "approve"}).exit, 2);
}

}  // namespace
