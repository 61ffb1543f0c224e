// Bad input (issue 2): each refused with a message naming the file and the place, and the
// project byte-for-byte as it was.
#include "io_test_support.h"

using namespace ga;
using namespace ga::test;
using store::Layer;

namespace {

class BadInput : public IoTest {
protected:
    void SetUp() override {
        IoTest::SetUp();
        newProject();
        // Something in the project already, so "unchanged" means more than an empty file.
        const auto seed = write("seed.geojson", featureCollection({{R"({"number":"1"})", squareJson(kLon, kLat)}}));
        auto r = import(Layer::Buildings, seed);
        ASSERT_TRUE(r.result) << r.result.error().message;
    }
    static void expectMentions(const std::string& message, std::initializer_list<std::string_view> parts) {
        for (auto part : parts)
            EXPECT_NE(message.find(part), std::string::npos) << "'" << part << "' not in: " << message;
    }
};

}  // namespace

TEST_F(BadInput, RefusesTruncatedGeoJson) {
    std::string text = featureCollection({{R"({"number":"2"})", squareJson(kLon, kLat)}});
    const auto file = write("cut.geojson", text.substr(0, text.size() / 2));
    expectMentions(expectRefusedUnchanged(Layer::Buildings, file), {"cut.geojson"});
}

TEST_F(BadInput, RefusesEmptyFile) {
    const auto file = write("empty.geojson", "");
    expectMentions(expectRefusedUnchanged(Layer::Buildings, file), {"empty.geojson", "empty"});
}

TEST_F(BadInput, RefusesFileWithoutFeatures) {
    const auto file = write("none.geojson", featureCollection({}));
    expectMentions(expectRefusedUnchanged(Layer::Buildings, file), {"none.geojson", "no rows"});
}

TEST_F(BadInput, RefusesShapefileWithoutShx) {
    const auto file = writeLayer("noshx.shp", "ESRI Shapefile", geo::GeomType::Polygon, 4326, {"number"},
                                 {{{"1"}, lonLatSquare(kLon, kLat)}});
    fs::remove(path("noshx.shx"));
    expectMentions(expectRefusedUnchanged(Layer::Buildings, file), {"noshx.shp", ".shx"});
}

TEST_F(BadInput, RefusesShapefileWithoutDbf) {
    const auto file = writeLayer("nodbf.shp", "ESRI Shapefile", geo::GeomType::Polygon, 4326, {"number"},
                                 {{{"1"}, lonLatSquare(kLon, kLat)}});
    fs::remove(path("nodbf.dbf"));
    expectMentions(expectRefusedUnchanged(Layer::Buildings, file), {"nodbf.shp", ".dbf"});
}

TEST_F(BadInput, RefusesTruncatedShapefile) {
    std::vector<FixtureRow> rows;
    for (int i = 0; i < 50; ++i) rows.push_back({{std::to_string(i)}, lonLatSquare(kLon + i * 0.001, kLat)});
    const auto file = writeLayer("cut.shp", "ESRI Shapefile", geo::GeomType::Polygon, 4326, {"number"}, rows);
    fs::resize_file(file, fs::file_size(file) / 2);
    expectMentions(expectRefusedUnchanged(Layer::Buildings, file), {"cut.shp"});
}

TEST_F(BadInput, RefusesUnknownCrs) {
    const auto file = writeLayer("local.shp", "ESRI Shapefile", geo::GeomType::Polygon, 0, {"number"},
                                 {{{"1"}, lonLatSquare(500000, 3500000, 20)}});
    write("local.prj", R"(LOCAL_CS["城建坐标系",UNIT["metre",1]])");
    expectMentions(expectRefusedUnchanged(Layer::Buildings, file), {"local.shp"});
}

TEST_F(BadInput, RefusesProjectedCoordinatesWithoutCrs) {
    const auto file = writeLayer("nocrs.shp", "ESRI Shapefile", geo::GeomType::Polygon, 0, {"number"},
                                 {{{"1"}, lonLatSquare(500000, 3500000, 20)}});
    expectMentions(expectRefusedUnchanged(Layer::Buildings, file), {"nocrs.shp", "--crs"});
}

TEST_F(BadInput, RefusesCrsCodeProjDoesNotKnow) {
    const auto file = write("b.geojson", featureCollection({{R"({"number":"2"})", squareJson(kLon, kLat)}}));
    expectRefusedUnchanged(Layer::Buildings, file, [](io::ImportOptions& o) {
        o.crs = io::CrsOption{999999, std::nullopt};
    });
}

TEST_F(BadInput, RefusesBeijing1954WithoutHelmertParameters) {
    const auto file = write("bj54.geojson", featureCollection({{R"({"number":"2"})", squareJson(kLon, kLat)}}));
    expectMentions(expectRefusedUnchanged(Layer::Buildings, file,
                                          [](io::ImportOptions& o) {
                                              o.crs = io::CrsOption{4214, std::nullopt};
                                          }),
                   {"--towgs84"});
    auto r = import(Layer::Buildings, file, [](io::ImportOptions& o) {
        o.crs = io::CrsOption{4214, std::nullopt};
        o.towgs84 = "15.8,-154.4,-82.3";
    });
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(count("buildings"), 2);
}

TEST_F(BadInput, RefusesWrongEncoding) {
    const auto file = write(
        "gbk.csv", std::string("\xBB\xA7\xB1\xE0\xBA\xC5,\xD7\xA1\xD6\xB7\nH1,\xD3\xFD\n"));  // 户编号,住址 in GBK
    expectMentions(expectRefusedUnchanged(Layer::Households, file, [](io::ImportOptions& o) { o.encoding = "UTF-8"; }),
                   {"gbk.csv", "UTF-8"});
}

TEST_F(BadInput, RefusesGbkDeclarationOnUtf8Text) {
    const auto file = write("utf8.csv", "户编号,住址\nH1,育才路77号\n");
    expectMentions(expectRefusedUnchanged(Layer::Households, file, [](io::ImportOptions& o) { o.encoding = "GBK"; }),
                   {"utf8.csv", "UTF-8"});
}

TEST_F(BadInput, RefusesMissingRequiredColumn) {
    const auto file = write("hh.csv", "地址,人口数\n育才路77号,3\n");
    expectMentions(expectRefusedUnchanged(Layer::Households, file), {"hh.csv", "household_id"});
}

TEST_F(BadInput, RefusesDuplicateGridCodes) {
    const auto file =
        write("grids.geojson",
              featureCollection({{R"({"网格编码":"320623001001001"})", squareJson(kLon, kLat, 0.002)},
                                 {R"({"网格编码":"320623001001002"})", squareJson(kLon + 0.002, kLat, 0.002)},
                                 {R"({"网格编码":"320623001001001"})", squareJson(kLon, kLat + 0.002, 0.002)}}));
    expectMentions(expectRefusedUnchanged(Layer::Grids, file),
                   {"grids.geojson", "320623001001001", "feature 0", "feature 2"});
}

TEST_F(BadInput, RefusesPointsWherePolygonsAreExpected) {
    const auto file = write(
        "pts.geojson", featureCollection({{R"({"number":"1"})",
                                           fmt::format(R"({{"type":"Point","coordinates":[{},{}]}})", kLon, kLat)}}));
    expectMentions(expectRefusedUnchanged(Layer::Buildings, file), {"pts.geojson", "Point", "polygons"});
}

TEST_F(BadInput, RefusesXlsxWithSeveralRegisterSheetsUnlessOneIsNamed) {
    expectMentions(expectRefusedUnchanged(Layer::Households, GA_TEST_DATA "/registers/households_two_registers.xlsx"),
                   {"households_two_registers.xlsx", "一组", "二组", "--sheet"});
}

TEST_F(BadInput, RefusesUnknownSheet) {
    expectMentions(expectRefusedUnchanged(Layer::Households, GA_TEST_DATA "/registers/households_title_row.xlsx",
                                          [](io::ImportOptions& o) { o.sheet = "三组"; }),
                   {"三组", "住户登记"});
}

TEST_F(BadInput, RefusesFileThatIsNotSpatialForALayerThatNeedsGeometry) {
    const auto file = write("b.csv", "小区,楼号\n华荣上海城,1\n");
    expectMentions(expectRefusedUnchanged(Layer::Buildings, file), {"b.csv", "not spatial"});
}

TEST_F(BadInput, RefusesFileGdalCannotRead) {
    const auto file = write("notes.txt.geojson", "这不是地理数据");
    expectMentions(expectRefusedUnchanged(Layer::Buildings, file), {"notes.txt.geojson"});
}
