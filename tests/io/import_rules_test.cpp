// What an import does with rows: rejects and repairs with reasons, updates registers, links
// buildings and issues to grids, reads photos, converts GCJ-02, logs the import.
#include <cmath>

#include "geo/china_offset.h"
#include "io_test_support.h"

using namespace ga;
using namespace ga::test;
using store::Layer;

namespace {

class ImportRules : public IoTest {
protected:
    // Two grids side by side, each 0.002° square, west one 001.
    void importGrids() {
        const auto file =
            write("grids.geojson",
                  featureCollection(
                      {{R"({"code":"320623001001001","name":"第一网格"})", squareJson(kLon, kLat, 0.002)},
                       {R"({"code":"320623001001002","name":"第二网格"})", squareJson(kLon + 0.002, kLat, 0.002)}}));
        auto r = import(Layer::Grids, file);
        ASSERT_TRUE(r.result) << r.result.error().message;
    }
    std::string householdCsv(const std::string& name, const std::vector<std::string>& ids) {
        std::string text = "户编号,住址,家庭人口\n";
        for (const auto& id : ids) text += id + ",育才路77号," + std::to_string(id.size()) + "\n";
        return write(name, text);
    }
};

}  // namespace

TEST_F(ImportRules, RejectsBadRowsWithReasonsAndKeepsTheRest) {
    newProject(4549);
    const auto file = write(
        "b.geojson", featureCollection(
                         {{R"({"number":"1","floors":"6"})", squareJson(kLon, kLat)},
                          {R"({"number":"2","floors":"abc"})", squareJson(kLon + 0.001, kLat)},
                          {R"({"number":"3"})", "null"},
                          {R"({"number":"4"})", fmt::format(R"({{"type":"Point","coordinates":[{},{}]}})", kLon, kLat)},
                          {R"({"number":"5","floors":"7"})", squareJson(kLon + 0.003, kLat)}}));
    auto r = import(Layer::Buildings, file);
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->read, 5);
    EXPECT_EQ(r.result->inserted, 2);
    EXPECT_EQ(r.result->rejected, 3);
    EXPECT_EQ(r.report.count(io::Outcome::Rejected, io::Reason::BadValue), 1u);
    EXPECT_EQ(r.report.count(io::Outcome::Rejected, io::Reason::EmptyGeometry), 1u);
    EXPECT_EQ(r.report.count(io::Outcome::Rejected, io::Reason::WrongGeometryType), 1u);
    const io::Problem& first = r.report.problems().front();
    EXPECT_EQ(first.file, file);
    EXPECT_EQ(first.place, "feature 1");
    EXPECT_EQ(first.field, "floors");
    EXPECT_EQ(text("SELECT group_concat(number) FROM buildings"), "1,5");

    ASSERT_TRUE(r.report.writeCsv(path("report.csv")));
    const std::string csv = bytes(path("report.csv"));
    EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBFoutcome,reason,file,place,field,detail\n"));
    EXPECT_NE(csv.find("rejected,bad_value," + file + ",feature 1,floors,"), std::string::npos);
}

TEST_F(ImportRules, RepairsSelfIntersectingPolygonAndSaysSo) {
    newProject(4549);
    const double a = kLon, b = kLat, s = 0.0005;
    const auto bowtie =
        fmt::format(R"({{"type":"Polygon","coordinates":[[[{0},{1}],[{2},{3}],[{2},{1}],[{0},{3}],[{0},{1}]]]}})", a, b,
                    a + s, b + s);
    const auto file = write("bowtie.geojson", featureCollection({{R"({"number":"1"})", bowtie}}));
    auto r = import(Layer::Buildings, file);
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->inserted, 1);
    EXPECT_EQ(r.result->repaired, 1);
    EXPECT_EQ(r.report.count(io::Outcome::Repaired, io::Reason::InvalidGeometry), 1u);
    EXPECT_EQ(scalar("SELECT ST_IsValid(geom) FROM buildings"), 1);
}

TEST_F(ImportRules, RejectsDuplicateHouseholdIdsInOneRegister) {
    newProject(4549);
    auto r = import(Layer::Households, householdCsv("hh.csv", {"H1", "H2", "H1"}));
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->inserted, 2);
    EXPECT_EQ(r.result->rejected, 1);
    ASSERT_EQ(r.report.problems().size(), 1u);
    EXPECT_EQ(r.report.problems()[0].reason, io::Reason::DuplicateKey);
    EXPECT_EQ(r.report.problems()[0].place, "line 4");
    EXPECT_NE(r.report.problems()[0].detail.find("line 2"), std::string::npos);
}

TEST_F(ImportRules, RejectsHouseholdsAlreadyInTheProjectWithoutUpdate) {
    newProject(4549);
    ASSERT_TRUE(import(Layer::Households, householdCsv("a.csv", {"H1", "H2"})).result);
    auto r = import(Layer::Households, householdCsv("b.csv", {"H2", "H3"}));
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->inserted, 1);
    EXPECT_EQ(r.report.count(io::Outcome::Rejected, io::Reason::KeyExists), 1u);
    EXPECT_EQ(count("households"), 3);
}

TEST_F(ImportRules, UpdateUpsertsByHouseholdIdAndReportsTheMissing) {
    newProject(4549);
    ASSERT_TRUE(import(Layer::Households, householdCsv("a.csv", {"H1", "H2", "H3"})).result);
    const auto next = write("b.csv", "户编号,住址,家庭人口\nH2,育才路79号,6\nH4,育才路81号,1\n");
    auto r = import(Layer::Households, next, [](io::ImportOptions& o) { o.update = true; });
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->updated, 1);
    EXPECT_EQ(r.result->inserted, 1);
    EXPECT_EQ(r.result->missingFromRegister, 2);
    EXPECT_EQ(r.report.count(io::Outcome::Warning, io::Reason::MissingFromRegister), 2u);
    EXPECT_EQ(count("households"), 4);
    EXPECT_EQ(scalar("SELECT members FROM households WHERE household_id = 'H2'"), 6);
    EXPECT_EQ(text("SELECT address FROM households WHERE household_id = 'H2'"), "育才路79号");
    EXPECT_EQ(scalar("SELECT count(*) FROM households WHERE state = 'active'"), 4);
}

TEST_F(ImportRules, RetireMissingMarksHouseholdsMovedOut) {
    newProject(4549);
    ASSERT_TRUE(import(Layer::Households, householdCsv("a.csv", {"H1", "H2", "H3"})).result);
    auto r = import(Layer::Households, householdCsv("b.csv", {"H2"}), [](io::ImportOptions& o) {
        o.update = true;
        o.retireMissing = true;
    });
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->movedOut, 2);
    EXPECT_EQ(text("SELECT group_concat(household_id) FROM households WHERE state = 'moved_out' ORDER BY id"), "H1,H3");
    // H3 comes back in the next register: it lives here again.
    auto back =
        import(Layer::Households, householdCsv("c.csv", {"H2", "H3"}), [](io::ImportOptions& o) { o.update = true; });
    ASSERT_TRUE(back.result) << back.result.error().message;
    EXPECT_EQ(back.result->missingFromRegister, 0);
    EXPECT_EQ(text("SELECT state FROM households WHERE household_id = 'H3'"), "active");
    EXPECT_EQ(text("SELECT state FROM households WHERE household_id = 'H1'"), "moved_out");
}

TEST_F(ImportRules, LinksBuildingsToTheGridHoldingMostOfThem) {
    newProject(4549);
    importGrids();
    // Building 1 wholly in grid 001; building 2 straddles the line, two thirds in grid 002.
    const auto file = write(
        "b.geojson", featureCollection({{R"({"number":"1"})", squareJson(kLon + 0.0005, kLat + 0.0005, 0.0006)},
                                        {R"({"number":"2"})", squareJson(kLon + 0.0018, kLat + 0.0005, 0.0006)}}));
    ASSERT_TRUE(import(Layer::Buildings, file).result);
    EXPECT_EQ(text("SELECT grid FROM buildings WHERE number = '1'"), "320623001001001");
    EXPECT_EQ(text("SELECT grid FROM buildings WHERE number = '2'"), "320623001001002");
}

TEST_F(ImportRules, LinksExistingBuildingsWhenGridsArriveLater) {
    newProject(4549);
    const auto file = write(
        "b.geojson", featureCollection({{R"({"number":"1"})", squareJson(kLon + 0.0025, kLat + 0.0005, 0.0003)}}));
    ASSERT_TRUE(import(Layer::Buildings, file).result);
    EXPECT_EQ(text("SELECT coalesce(grid, '') FROM buildings"), "");
    importGrids();
    EXPECT_EQ(text("SELECT grid FROM buildings"), "320623001001002");
    EXPECT_EQ(scalar("SELECT count(*) FROM grid_codes"), 2);
}

TEST_F(ImportRules, AssignsIssuesToTheGridContainingThem) {
    newProject(4549);
    importGrids();
    const auto file = write("issues.csv", fmt::format("类别,上报时间,描述,x,y\n"
                                                      "环境卫生,2025-11-01 09:07,垃圾堆放,{},{}\n"
                                                      "安全隐患,2025/11/2,楼道堆物,{},{}\n"
                                                      "民生诉求,2025年11月3日,补贴咨询,,\n",
                                                      kLon + 0.001, kLat + 0.001, kLon + 0.003, kLat + 0.001));
    auto r = import(Layer::Issues, file);
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->inserted, 3);
    EXPECT_EQ(text("SELECT grid FROM issues WHERE description = '垃圾堆放'"), "320623001001001");
    EXPECT_EQ(text("SELECT grid FROM issues WHERE description = '楼道堆物'"), "320623001001002");
    EXPECT_EQ(text("SELECT reported_at FROM issues WHERE description = '楼道堆物'"), "2025-11-02");
    EXPECT_EQ(text("SELECT reported_at FROM issues WHERE description = '垃圾堆放'"), "2025-11-01T09:07:00");
    EXPECT_EQ(scalar("SELECT count(*) FROM issues WHERE geom IS NULL AND grid IS NULL"), 1);
}

TEST_F(ImportRules, ValidatesGridCodesAndFillsTheCommunity) {
    newProject(4549);
    const auto file =
        write("g.geojson", featureCollection({{R"({"code":"320623001001001"})", squareJson(kLon, kLat, 0.002)},
                                              {R"({"code":"32062300100100X"})", squareJson(kLon + 0.002, kLat, 0.002)},
                                              {R"({"code":"320623001001003","community":"320623001002"})",
                                               squareJson(kLon + 0.004, kLat, 0.002)}}));
    auto r = import(Layer::Grids, file);
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->inserted, 1);
    EXPECT_EQ(r.report.count(io::Outcome::Rejected, io::Reason::BadGridCode), 2u);
    EXPECT_EQ(text("SELECT community FROM grids"), "320623001001");
}

TEST_F(ImportRules, ReadsStaffPhotosRelativeToTheFileAndWarnsOfMissingOnes) {
    newProject(4549);
    fs::create_directories(dir / "photos");
    write("photos/a.png", std::string("\x89PNG\r\n\x1a\n fake", 13));
    const auto file = write("staff.csv",
                            "姓名,职务,电话,网格,照片\n缪亮杰,网格长,13900006107,320623001001001,photos/a.png\n"
                            "丁保,网格员,13900001410,320623001001001,photos/gone.png\n");
    auto r = import(Layer::Staff, file);
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->inserted, 2);
    EXPECT_EQ(r.report.count(io::Outcome::Warning, io::Reason::MissingPhoto), 1u);
    EXPECT_EQ(scalar("SELECT length(photo) FROM staff WHERE name = '缪亮杰'"), 13);
    EXPECT_EQ(scalar("SELECT photo IS NULL FROM staff WHERE name = '丁保'"), 1);
}

TEST_F(ImportRules, ConvertsGcj02PointsToWgs84) {
    newProject(4549);
    const geo::Point wgs{kLon + 0.0012, kLat + 0.0034};
    const geo::Point gcj = geo::wgs84ToGcj02(wgs);
    const auto truth = write("wgs.csv", fmt::format("名称,经度,纬度\n真值,{:.10f},{:.10f}\n", wgs.x, wgs.y));
    const auto offset = write("gcj.csv", fmt::format("名称,经度,纬度\n高德,{:.10f},{:.10f}\n", gcj.x, gcj.y));
    ASSERT_TRUE(import(Layer::Organisations, truth).result);
    auto r = import(Layer::Organisations, offset, [](io::ImportOptions& o) {
        o.crs = io::CrsOption{0, geo::ChinaOffset::Gcj02};
    });
    ASSERT_TRUE(r.result) << r.result.error().message;
    const double dx =
        std::abs(std::stod(text("SELECT (SELECT X(geom) FROM organisations WHERE name = '真值') - "
                                "(SELECT X(geom) FROM organisations WHERE name = '高德')")));
    const double dy =
        std::abs(std::stod(text("SELECT (SELECT Y(geom) FROM organisations WHERE name = '真值') - "
                                "(SELECT Y(geom) FROM organisations WHERE name = '高德')")));
    EXPECT_LT(std::hypot(dx, dy), 0.01);
}

TEST_F(ImportRules, GivesHouseholdsWithCoordinatesTheirPoint) {
    newProject(4549);
    const auto file = write("hh.csv", fmt::format("户号,住址,x,y\nP1,育才路77号,{},{}\nP2,育才路79号,,\n", kLon, kLat));
    auto r = import(Layer::Households, file);
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(scalar("SELECT count(*) FROM households WHERE geom IS NOT NULL"), 1);
}

TEST_F(ImportRules, LogsOneImportEntryWithCounts) {
    newProject(4549);
    auto r = import(Layer::Households, householdCsv("a.csv", {"H1", "H2"}));
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(scalar("SELECT count(*) FROM edit_log WHERE action = 'import'"), 1);
    EXPECT_EQ(text("SELECT operator FROM edit_log"), "tester");
    EXPECT_EQ(text("SELECT target FROM edit_log"), "households");
    EXPECT_NE(text("SELECT detail FROM edit_log").find("\"inserted\":2"), std::string::npos);
}

TEST_F(ImportRules, RollsBackEverythingWhenTheFileFailsHalfWay) {
    newProject();
    // The first import would pick the project CRS; the duplicate code fails the file after rows
    // were written, so neither the rows nor the CRS may stay.
    const auto file = write(
        "grids.geojson", featureCollection({{R"({"code":"320623001001001"})", squareJson(kLon, kLat, 0.002)},
                                            {R"({"code":"320623001001001"})", squareJson(kLon + 0.002, kLat, 0.002)}}));
    auto r = import(Layer::Grids, file);
    ASSERT_FALSE(r.result);
    EXPECT_EQ(project->settings().srid, 0);
    closeProject();
    reopenProject();
    EXPECT_EQ(project->settings().srid, 0);
    EXPECT_EQ(count("grids"), 0);
    EXPECT_EQ(count("edit_log"), 0);
}

TEST_F(ImportRules, LoadsLargeFilesInBulkAndRebuildsTheSpatialIndex) {
    newProject(4549);
    std::vector<FixtureRow> rows;
    for (int i = 0; i < 20000; ++i)
        rows.push_back(
            {{std::to_string(i + 1)}, lonLatSquare(kLon + (i % 200) * 0.0003, kLat + (i / 200) * 0.0002, 0.0001)});
    const auto file = writeLayer("many.gpkg", "GPKG", geo::GeomType::Polygon, 4326, {"number"}, rows);
    auto r = import(Layer::Buildings, file);
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->inserted, 20000);
    EXPECT_EQ(count("buildings"), 20000);
    EXPECT_EQ(count("idx_buildings_geom"), 20000);
    EXPECT_EQ(scalar("SELECT count(*) FROM geometry_columns WHERE f_table_name = 'buildings' AND srid = 4549"), 1);
    // The per-row triggers are back for the edits that follow.
    EXPECT_EQ(scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'gii_buildings_geom'"), 1);
}

TEST_F(ImportRules, LeavesTheProjectUnchangedWhenABulkLoadFails) {
    newProject(4549);
    std::vector<FixtureRow> rows;
    for (int i = 0; i < 20000; ++i) {
        const std::string code = fmt::format("320623{:06}{:03}", i / 999, i % 999 + 1);
        rows.push_back({{code}, lonLatSquare(kLon + (i % 200) * 0.0003, kLat + (i / 200) * 0.0002, 0.0002)});
    }
    rows.push_back(rows.front());  // a duplicate code at the very end
    const auto file = writeLayer("grids.gpkg", "GPKG", geo::GeomType::Polygon, 4326, {"code"}, rows);
    const std::string message = expectRefusedUnchanged(Layer::Grids, file, {}, true);
    EXPECT_NE(message.find("appears twice"), std::string::npos) << message;
    EXPECT_EQ(count("grids"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM geometry_columns WHERE f_table_name = 'grids'"), 1);
}

TEST_F(ImportRules, FlagsIdNumbersFailingTheCheckDigitWithoutDroppingOrPrintingThem) {
    newProject(4549);
    const auto csv = write("ids.csv", "户编号,户主姓名,身份证号\nH1,张三,11010519491231002X\nH2,李四,110105194912310021\n");
    auto r = import(Layer::Households, csv);
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->inserted, 2);
    ASSERT_EQ(r.report.count(io::Outcome::Warning, io::Reason::InvalidIdNumber), 1u);
    const auto& p = r.report.problems().back();
    EXPECT_NE(p.place.find('3'), std::string::npos) << p.place;  // line 3 of the file
    EXPECT_EQ(p.detail.find("110105"), std::string::npos);       // the report names no digits
    EXPECT_EQ(scalar("SELECT count(*) FROM household_personal WHERE id_valid = 0"), 1);
}
