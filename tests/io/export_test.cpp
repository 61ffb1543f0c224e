// Export by extension, masking, the unmasked-export log entry, and the round trip.
#include "geo/wkb.h"
#include "io/exporter.h"
#include "io_test_support.h"

using namespace ga;
using namespace ga::test;
using store::Layer;

namespace {

class Export : public IoTest {
protected:
    void SetUp() override {
        IoTest::SetUp();
        newProject();
        const auto b = write(
            "b.geojson", featureCollection(
                             {{R"({"小区":"华荣上海城","楼号":"1","户数":"24","用途":"住宅"})", squareJson(kLon, kLat)},
                              {R"({"小区":"华荣上海城","楼号":"2","户数":"36"})", squareJson(kLon + 0.001, kLat)}}));
        ASSERT_TRUE(import(Layer::Buildings, b).result);
        const auto hh = write("hh.csv",
                              "户编号,户主姓名,身份证号,联系电话,家庭人口,住址\n"
                              "H1,张三丰,320623196604022235,13812345678,3,华荣上海城1号楼101室\n"
                              "H2,李四,,13900001111,2,华荣上海城2号楼201室\n");
        ASSERT_TRUE(import(Layer::Households, hh).result);
    }
    Result<io::ExportSummary> exportTo(Layer layer, const std::string& name, bool unmasked = false,
                                       std::optional<int> epsg = std::nullopt) {
        io::ExportOptions o;
        o.layer = layer;
        o.out = path(name);
        o.unmasked = unmasked;
        o.epsg = epsg;
        o.operatorName = "tester";
        return io::exportLayer(*project, o);
    }
    // Reads a written file back: field names and all rows as text.
    struct Table {
        std::vector<std::string> fields;
        std::vector<io::SourceFeature> rows;
        std::optional<io::SourceCrs> crs;
    };
    Table readBack(const std::string& name) {
        Table t;
        auto src = io::VectorSource::open(path(name), name);
        EXPECT_TRUE(src) << src.error().message;
        if (!src) return t;
        EXPECT_TRUE(src->selectLayer(0));
        t.fields = src->fieldNames();
        if (auto crs = src->crs()) t.crs = *crs;
        io::SourceFeature f;
        while (*src->next(f)) t.rows.push_back(f);
        return t;
    }
    static int column(const Table& t, std::string_view name) {
        for (size_t i = 0; i < t.fields.size(); ++i)
            if (t.fields[i] == name) return static_cast<int>(i);
        return -1;
    }
};

}  // namespace

TEST_F(Export, WritesEveryFormatByExtension) {
    for (const char* name : {"b.gpkg", "b.shp", "b.geojson", "b.kml", "b.csv"}) {
        auto s = exportTo(Layer::Buildings, name);
        ASSERT_TRUE(s) << name << ": " << s.error().message;
        EXPECT_EQ(s->rows, 2) << name;
        const Table t = readBack(name);
        EXPECT_EQ(t.rows.size(), 2u) << name;
        EXPECT_GE(column(t, "id"), 0) << name;
        EXPECT_GE(column(t, "number"), 0) << name;
        EXPECT_GE(column(t, "compound"), 0) << name;
        EXPECT_GE(column(t, "grid"), 0) << name;
    }
}

TEST_F(Export, WritesGeoJsonAndKmlInWgs84AndGeoPackageInTheProjectCrs) {
    ASSERT_TRUE(exportTo(Layer::Buildings, "b.geojson"));
    ASSERT_TRUE(exportTo(Layer::Buildings, "b.gpkg"));
    const Table json = readBack("b.geojson");
    ASSERT_TRUE(json.crs);
    EXPECT_EQ(json.crs->definition, "EPSG:4326");
    auto g = geo::fromWkb(json.rows[0].wkb);
    ASSERT_TRUE(g);
    EXPECT_NEAR(g->bounds().minx, kLon, 1e-6);
    EXPECT_NEAR(g->bounds().miny, kLat, 1e-6);
    const Table gpkg = readBack("b.gpkg");
    ASSERT_TRUE(gpkg.crs);
    EXPECT_EQ(gpkg.crs->definition, "EPSG:4549");
    auto other = exportTo(Layer::Buildings, "b.kml", false, 4549);
    EXPECT_FALSE(other);
    EXPECT_FALSE(fs::exists(path("b.kml")));
}

TEST_F(Export, WritesAnotherCrsWhenAsked) {
    ASSERT_TRUE(exportTo(Layer::Buildings, "b.gpkg", false, 4490));
    const Table t = readBack("b.gpkg");
    ASSERT_TRUE(t.crs);
    EXPECT_EQ(t.crs->definition, "EPSG:4490");
}

TEST_F(Export, ShapefileGetsUtf8CpgAndTheShortFieldMap) {
    ASSERT_TRUE(exportTo(Layer::Households, "hh.shp"));
    EXPECT_EQ(bytes(path("hh.cpg")), "UTF-8");
    const std::string map = bytes(path("hh.fields.txt"));
    EXPECT_NE(map.find("hh_id\thousehold_id\n"), std::string::npos);
    EXPECT_NE(map.find("bldg_id\tbuilding_id\n"), std::string::npos);
    EXPECT_NE(map.find("match_lvl\tmatch_level\n"), std::string::npos);
    const Table t = readBack("hh.shp");
    const int id = column(t, "hh_id");
    ASSERT_GE(id, 0);
    EXPECT_EQ(t.rows[0].values[static_cast<size_t>(id)].value_or(""), "H1");
    const int address = column(t, "address");
    ASSERT_GE(address, 0);
    EXPECT_EQ(t.rows[0].values[static_cast<size_t>(address)].value_or(""), "华荣上海城1号楼101室");
}

TEST_F(Export, CsvStartsWithByteOrderMarkForExcel) {
    ASSERT_TRUE(exportTo(Layer::Households, "hh.csv"));
    const std::string csv = bytes(path("hh.csv"));
    EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBF")) << csv.substr(0, 20);
    EXPECT_NE(csv.find("household_id"), std::string::npos);
    EXPECT_NE(csv.find("building_id"), std::string::npos);
    EXPECT_NE(csv.find("confidence"), std::string::npos);
}

TEST_F(Export, MasksPersonalFieldsUnlessUnmasked) {
    ASSERT_TRUE(exportTo(Layer::Households, "masked.csv"));
    const std::string masked = bytes(path("masked.csv"));
    EXPECT_EQ(masked.find("张三丰"), std::string::npos);
    EXPECT_EQ(masked.find("13812345678"), std::string::npos);
    EXPECT_NE(masked.find("138****5678"), std::string::npos);
    EXPECT_NE(masked.find("320***********2235"), std::string::npos);
    EXPECT_EQ(count("edit_log WHERE action = 'export_unmasked'"), 0);

    auto s = exportTo(Layer::Households, "clear.csv", true);
    ASSERT_TRUE(s) << s.error().message;
    const std::string clear = bytes(path("clear.csv"));
    EXPECT_NE(clear.find("张三丰"), std::string::npos);
    EXPECT_NE(clear.find("13812345678"), std::string::npos);
    EXPECT_EQ(count("edit_log WHERE action = 'export_unmasked'"), 1);
    EXPECT_EQ(text("SELECT operator FROM edit_log WHERE action = 'export_unmasked'"), "tester");
    EXPECT_EQ(text("SELECT target FROM edit_log WHERE action = 'export_unmasked'"), "households");
    const std::string detail = text("SELECT detail FROM edit_log WHERE action = 'export_unmasked'");
    EXPECT_NE(detail.find("\"rows\":2"), std::string::npos);
    EXPECT_NE(detail.find("clear.csv"), std::string::npos);
    EXPECT_EQ(s->editId, scalar("SELECT id FROM edit_log WHERE action = 'export_unmasked'"));
}

TEST_F(Export, LeavesNothingBehindWhenItFails) {
    auto s = exportTo(Layer::Buildings, "b.xyz");
    EXPECT_FALSE(s);
    std::vector<std::string> left;
    for (const auto& e : fs::directory_iterator(dir)) left.push_back(e.path().filename().string());
    for (const auto& name : left) EXPECT_FALSE(name.starts_with(".")) << name;
}

TEST_F(Export, RoundTripsThroughGeoPackage) {
    ASSERT_TRUE(exportTo(Layer::Buildings, "b.gpkg"));
    ASSERT_TRUE(exportTo(Layer::Households, "hh.gpkg", true));
    const std::string first = path("project.sqlite");
    closeProject();
    fs::rename(first, path("first.sqlite"));
    newProject(4549);
    auto b = import(Layer::Buildings, path("b.gpkg"));
    ASSERT_TRUE(b.result) << b.result.error().message;
    EXPECT_EQ(b.result->inserted, 2);
    auto h = import(Layer::Households, path("hh.gpkg"));
    ASSERT_TRUE(h.result) << h.result.error().message;
    EXPECT_EQ(h.result->inserted, 2);
    EXPECT_EQ(text("SELECT group_concat(compound || number || '/' || households, ',') FROM buildings"),
              "华荣上海城1/24,华荣上海城2/36");
    EXPECT_EQ(text("SELECT use FROM buildings WHERE number = '1'"), "住宅");
    EXPECT_EQ(text("SELECT name || phone FROM household_personal p JOIN households h ON h.id = p.household "
                   "WHERE h.household_id = 'H1'"),
              "张三丰13812345678");
    EXPECT_NEAR(std::stod(text("SELECT sum(ST_Area(geom)) FROM buildings")), 2 * 2600.0, 400.0);
}
