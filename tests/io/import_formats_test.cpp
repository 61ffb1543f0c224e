// Every format the importer reads, each from a small fixture, plus the real OSM extracts.
#include <gdal.h>
#include <iconv.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "geo/wkb.h"
#include "io_test_support.h"

using namespace ga;
using namespace ga::test;
using store::Layer;

namespace {

std::string toGbk(std::string_view utf8) {
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    std::string out(utf8.size() * 2, '\0');
    char* in = const_cast<char*>(utf8.data());
    size_t inLeft = utf8.size(), outLeft = out.size();
    char* o = out.data();
    iconv(cd, &in, &inLeft, &o, &outLeft);
    iconv_close(cd);
    out.resize(out.size() - outLeft);
    return out;
}

class ImportFormats : public IoTest {
protected:
    // Three buildings of 华荣上海城 near the sample community, in lon/lat.
    std::vector<FixtureRow> buildingRows() const {
        return {{{"华荣上海城", "1", "6"}, lonLatSquare(kLon, kLat)},
                {{"华荣上海城", "2", "11"}, lonLatSquare(kLon + 0.001, kLat)},
                {{"华荣上海城", "3", "18"}, lonLatSquare(kLon + 0.002, kLat)}};
    }
    void expectThreeBuildings(const Run& r) {
        ASSERT_TRUE(r.result) << r.result.error().message;
        EXPECT_EQ(r.result->inserted, 3);
        EXPECT_EQ(count("buildings"), 3);
        EXPECT_EQ(text("SELECT group_concat(compound || number, ',') FROM (SELECT * FROM buildings ORDER BY number)"),
                  "华荣上海城1,华荣上海城2,华荣上海城3");
        EXPECT_EQ(scalar("SELECT floors FROM buildings WHERE number = '3'"), 18);
    }
};

}  // namespace

TEST_F(ImportFormats, ReadsGeoJsonAndPicksTheGaussKrugerZone) {
    newProject();
    const auto file = write(
        "b.geojson",
        featureCollection({{R"({"小区名称":"华荣上海城","楼栋号":"1","层数":"6"})", squareJson(kLon, kLat)},
                           {R"({"小区名称":"华荣上海城","楼栋号":"2","层数":"11"})", squareJson(kLon + 0.001, kLat)},
                           {R"({"小区名称":"华荣上海城","楼栋号":"3","层数":"18"})", squareJson(kLon + 0.002, kLat)}}));
    auto r = import(Layer::Buildings, file);
    expectThreeBuildings(r);
    EXPECT_EQ(r.result->projectSridChosen, 4549);  // 121.19°E → zone with central meridian 120°E
    EXPECT_EQ(project->settings().srid, 4549);
    EXPECT_EQ(scalar("SELECT srid FROM geometry_columns WHERE f_table_name = 'buildings'"), 4549);
    // About 47 m × 55 m in Gauss–Krüger metres.
    EXPECT_NEAR(scalar("SELECT CAST(ST_Area(geom) AS INTEGER) FROM buildings WHERE number = '1'"), 2600, 200);
}

TEST_F(ImportFormats, ReadsProjectedShapefileWithPrj) {
    newProject(4549);
    auto t = geo::Transformer::create("EPSG:4326", 4549);
    ASSERT_TRUE(t);
    auto rows = buildingRows();
    for (auto& row : rows) ASSERT_TRUE(t->apply(*row.geometry));
    const auto file = writeLayer("b.shp", "ESRI Shapefile", geo::GeomType::Polygon, 4549, {"小区", "楼号", "层数"},
                                 rows, {"ENCODING=UTF-8"});
    auto r = import(Layer::Buildings, file);
    expectThreeBuildings(r);
    EXPECT_EQ(r.result->encoding, "UTF-8 (.cpg)");
    EXPECT_TRUE(r.result->crs.starts_with("EPSG:4549")) << r.result->crs;
    // Same coordinates in and out: no transformation between equal CRSs.
    EXPECT_NEAR(scalar("SELECT CAST(MbrMinX(geom) AS INTEGER) FROM buildings WHERE number = '1'"),
                static_cast<long long>(rows[0].geometry->bounds().minx), 1);
}

TEST_F(ImportFormats, DetectsGbkInDbfWithoutCpg) {
    newProject(4549);
    std::vector<FixtureRow> rows = buildingRows();
    for (auto& r : rows) r.values[0] = toGbk(*r.values[0]);
    const auto file = writeLayer("gbk.shp", "ESRI Shapefile", geo::GeomType::Polygon, 4326, {"XQMC", "LH", "CS"}, rows,
                                 {"ENCODING="});
    fs::remove(path("gbk.cpg"));
    auto r = import(Layer::Buildings, file, [](io::ImportOptions& o) {
        o.fields = {"compound=XQMC", "number=LH", "floors=CS"};
    });
    expectThreeBuildings(r);
    EXPECT_EQ(r.result->encoding, "GB18030 (detected)");
}

TEST_F(ImportFormats, HonoursCpgDeclaringGbk) {
    newProject(4549);
    std::vector<FixtureRow> rows = buildingRows();
    for (auto& r : rows) r.values[0] = toGbk(*r.values[0]);
    const auto file =
        writeLayer("cp.shp", "ESRI Shapefile", geo::GeomType::Polygon, 4326, {"XQMC", "LH", "CS"}, rows, {"ENCODING="});
    write("cp.cpg", "936");
    auto r = import(Layer::Buildings, file, [](io::ImportOptions& o) {
        o.fields = {"compound=XQMC", "number=LH", "floors=CS"};
    });
    expectThreeBuildings(r);
    EXPECT_EQ(r.result->encoding, "GB18030 (.cpg)");
}

TEST_F(ImportFormats, ReadsTheMatchingLayerOfAGeoPackage) {
    newProject(4549);
    writeLayer("d.gpkg", "GPKG", geo::GeomType::Point, 4326, {"name"},
               {{{"不是楼"}, geo::Geometry::point({kLon, kLat})}});
    // A second layer in the same GeoPackage, named like the target (written with GDAL itself:
    // VectorSink only makes new files).
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(path("d.gpkg").c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
    ASSERT_NE(ds, nullptr);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "buildings", srs, wkbPolygon, nullptr);
    OSRRelease(srs);
    ASSERT_NE(layer, nullptr);
    for (const char* name : {"compound", "number", "floors"}) {
        OGRFieldDefnH f = OGR_Fld_Create(name, OFTString);
        OGR_L_CreateField(layer, f, FALSE);
        OGR_Fld_Destroy(f);
    }
    for (const auto& row : buildingRows()) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        for (int i = 0; i < 3; ++i) OGR_F_SetFieldString(f, i, row.values[static_cast<size_t>(i)]->c_str());
        const auto wkb = geo::toWkb(*row.geometry);
        OGRGeometryH g = nullptr;
        OGR_G_CreateFromWkb(wkb.data(), nullptr, &g, static_cast<int>(wkb.size()));
        OGR_F_SetGeometryDirectly(f, g);
        EXPECT_EQ(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    auto r = import(Layer::Buildings, path("d.gpkg"));
    expectThreeBuildings(r);
    EXPECT_EQ(r.result->layerRead, "buildings");
    EXPECT_EQ(r.result->layersInFile, 2);
}

TEST_F(ImportFormats, ReadsKml) {
    newProject(4549);
    const auto file =
        writeLayer("b.kml", "KML", geo::GeomType::Polygon, 4326, {"compound", "number", "floors"}, buildingRows());
    expectThreeBuildings(import(Layer::Buildings, file));
}

TEST_F(ImportFormats, ReadsGml) {
    newProject(4549);
    const auto file =
        writeLayer("b.gml", "GML", geo::GeomType::Polygon, 4326, {"compound", "number", "floors"}, buildingRows());
    expectThreeBuildings(import(Layer::Buildings, file));
}

TEST_F(ImportFormats, ReadsFlatGeobuf) {
    newProject(4549);
    const auto file = writeLayer("b.fgb", "FlatGeobuf", geo::GeomType::Polygon, 4326, {"compound", "number", "floors"},
                                 buildingRows());
    expectThreeBuildings(import(Layer::Buildings, file));
}

TEST_F(ImportFormats, ReadsClosedDxfPolylinesAsBuildingPolygons) {
    newProject(4549);
    auto t = geo::Transformer::create("EPSG:4326", 4549);
    ASSERT_TRUE(t);
    std::vector<FixtureRow> rows;
    for (auto row : buildingRows()) {
        ASSERT_TRUE(t->apply(*row.geometry));
        // CAD draws outlines as closed polylines.
        row.geometry = geo::Geometry::lineString(row.geometry->points);
        row.values = {};
        rows.push_back(std::move(row));
    }
    const auto file = writeLayer("b.dxf", "DXF", geo::GeomType::LineString, 0, {}, rows);
    auto r = import(Layer::Buildings, file, [](io::ImportOptions& o) { o.crs = io::CrsOption{4549, std::nullopt}; });
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->inserted, 3);
    EXPECT_EQ(scalar("SELECT count(*) FROM buildings WHERE GeometryType(geom) = 'MULTIPOLYGON'"), 3);
}

TEST_F(ImportFormats, ReadsOsmXmlBuildings) {
    newProject(4549);
    const auto file = write("map.osm", R"(<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="test">
  <node id="1" lat="32.3050" lon="121.1900"/>
  <node id="2" lat="32.3050" lon="121.1905"/>
  <node id="3" lat="32.3055" lon="121.1905"/>
  <node id="4" lat="32.3055" lon="121.1900"/>
  <node id="5" lat="32.3060" lon="121.1900"><tag k="amenity" v="bench"/></node>
  <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/>
    <tag k="building" v="residential"/><tag k="name" v="12号楼"/></way>
</osm>)");
    auto r = import(Layer::Buildings, file);
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->layerRead, "multipolygons");
    EXPECT_EQ(r.result->inserted, 1);
    EXPECT_EQ(text("SELECT name FROM buildings"), "12号楼");
}

TEST_F(ImportFormats, ReadsGbkCsvRegisterWithoutBom) {
    newProject(4549);
    const auto file =
        write("hh.csv", toGbk("户编号,户主姓名,身份证号,联系电话,家庭人口,住址\n"
                              "YH001,范保宇,320623196604022235,13800005252,3,育才路77号1单元101室\n"
                              "YH002,王明兵,321324195006114179,13800009673,5,友好社区育才路77号1单元102室\n"));
    auto r = import(Layer::Households, file);
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->inserted, 2);
    EXPECT_EQ(r.result->encoding, "GB18030 (detected)");
    EXPECT_EQ(text("SELECT address FROM households WHERE household_id = 'YH002'"), "友好社区育才路77号1单元102室");
    EXPECT_EQ(text("SELECT name FROM household_personal p JOIN households h ON h.id = p.household "
                   "WHERE h.household_id = 'YH001'"),
              "范保宇");
    EXPECT_EQ(scalar("SELECT members FROM households WHERE household_id = 'YH002'"), 5);
}

TEST_F(ImportFormats, FindsCsvHeaderBelowTitleLine) {
    newProject(4549);
    const auto file =
        write("hh.csv", "友好社区住户登记表\n户号,住址,人口数\nA1,华荣上海城1号楼101室,2\nA2,华荣上海城1号楼102室,4\n");
    auto r = import(Layer::Households, file);
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(count("households"), 2);
    EXPECT_EQ(scalar("SELECT members FROM households WHERE household_id = 'A2'"), 4);
}

TEST_F(ImportFormats, ReadsCsvWithWktAndWithXyColumns) {
    newProject(4549);
    const auto wkt =
        write("org.csv", fmt::format("名称,类型,WKT\n友好社区居委会,机关,\"POINT ({} {})\"\n", kLon, kLat));
    auto a = import(Layer::Organisations, wkt);
    ASSERT_TRUE(a.result) << a.result.error().message;
    const auto xy = write("org2.csv", fmt::format("名称,类型,经度,纬度\n友好小学,学校,{},{}\n", kLon + 0.001, kLat));
    auto b = import(Layer::Organisations, xy);
    ASSERT_TRUE(b.result) << b.result.error().message;
    EXPECT_EQ(scalar("SELECT count(*) FROM organisations WHERE geom IS NOT NULL"), 2);
    EXPECT_NE(b.result->crs.find("assumed"), std::string::npos);
}

TEST_F(ImportFormats, FindsXlsxHeaderBelowTitleRowAndIgnoresTheNotesSheet) {
    newProject(4549);
    auto r = import(Layer::Households, GA_TEST_DATA "/registers/households_title_row.xlsx");
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->layerRead, "住户登记");
    EXPECT_EQ(r.result->inserted, 3);
    EXPECT_EQ(r.result->rejected, 1);
    ASSERT_EQ(r.report.problems().size(), 1u);
    EXPECT_EQ(r.report.problems()[0].place, "sheet 住户登记 row 5");
    EXPECT_EQ(r.report.problems()[0].reason, io::Reason::BadValue);
    EXPECT_NE(r.report.problems()[0].detail.find("'abc'"), std::string::npos);
    EXPECT_EQ(text("SELECT phone FROM household_personal p JOIN households h ON h.id = p.household "
                   "WHERE h.household_id = 'H001'"),
              "13800005252");
}

TEST_F(ImportFormats, ReadsTheSheetNamedWithSheetOption) {
    newProject(4549);
    auto r = import(Layer::Households, GA_TEST_DATA "/registers/households_two_registers.xlsx",
                    [](io::ImportOptions& o) { o.sheet = "二组"; });
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(text("SELECT household_id FROM households"), "G2001");
}

TEST_F(ImportFormats, ImportsTheXueyuanluOsmExtract) {
    newProject();
    const std::string dataDir = GA_TEST_DATA "/osm-xueyuanlu/";
    auto b = import(Layer::Buildings, dataDir + "buildings.geojson");
    ASSERT_TRUE(b.result) << b.result.error().message;
    EXPECT_EQ(b.result->read, 257);
    EXPECT_EQ(b.result->inserted, 257);
    EXPECT_EQ(project->settings().srid, 4548);  // 116.35°E → central meridian 117°E
    auto r = import(Layer::Roads, dataDir + "roads.geojson");
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->inserted, 302);
    auto c = import(Layer::Compounds, dataDir + "residential_areas.geojson");
    ASSERT_TRUE(c.result) << c.result.error().message;
    EXPECT_EQ(c.result->read, 10);
    EXPECT_EQ(c.result->inserted, 9);  // one residential area has no name, and a compound needs one
    EXPECT_EQ(c.result->rejected, 1);
    EXPECT_EQ(c.report.count(io::Outcome::Rejected, io::Reason::MissingValue), 1u);
    EXPECT_EQ(count("buildings"), 257);
    EXPECT_EQ(count("roads"), 302);
    EXPECT_EQ(text("SELECT name FROM compounds WHERE name = '静淑苑'"), "静淑苑");
    closeProject();
    // GDAL opens the project as it is, every layer registered.
    auto opened = io::VectorSource::open(path("project.sqlite"), "project");
    ASSERT_TRUE(opened) << opened.error().message;
    bool sawBuildings = false;
    for (const auto& l : opened->layers())
        if (l.name == "buildings") {
            sawBuildings = true;
            EXPECT_EQ(l.featureCount, 257);
        }
    EXPECT_TRUE(sawBuildings);
}

TEST_F(ImportFormats, ImportsTheZhongguancunOsmExtract) {
    newProject();
    auto b = import(Layer::Buildings, GA_TEST_DATA "/osm-zhongguancun/zgc_buildings.geojson");
    ASSERT_TRUE(b.result) << b.result.error().message;
    EXPECT_EQ(b.result->inserted, 697);
    auto r = import(Layer::Roads, GA_TEST_DATA "/osm-zhongguancun/zgc_roads.geojson");
    ASSERT_TRUE(r.result) << r.result.error().message;
    EXPECT_EQ(r.result->inserted, 645);
    EXPECT_EQ(text("SELECT class FROM roads WHERE name = '中关村大街' LIMIT 1").empty(), false);
}
