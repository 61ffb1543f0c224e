#include "store/layer_writer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "store/layer_reader.h"
#include "store/summary.h"

using namespace ga::store;
using ga::geo::Geometry;
using ga::geo::Point;
namespace fs = std::filesystem;

namespace {
class LayerWriterTest : public ::testing::Test {
protected:
    fs::path path = fs::temp_directory_path() /
                    ("ga_writer_" + std::to_string(::getpid()) + "_" +
                     ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".sqlite");
    std::optional<Project> project;
    void SetUp() override {
        fs::remove(path);
        ProjectSettings s;
        s.srid = 4549;
        auto p = Project::create(path.string(), s);
        ASSERT_TRUE(p) << p.error().message;
        project.emplace(std::move(*p));
    }
    void TearDown() override {
        project.reset();
        fs::remove(path);
        fs::remove(path.string() + "-wal");
        fs::remove(path.string() + "-shm");
    }
    static Geometry square(double x, double y, double s) {
        std::vector<std::vector<Point>> r{{{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}}};
        return Geometry::polygon(r);
    }
    Row building(const char* number, int households, double x) {
        Row r;
        r.values.resize(layerDef(Layer::Buildings).fields.size());
        r.values[1] = number;
        r.values[4] = std::to_string(households);
        r.geometry = square(x, 0, 10);
        r.source = std::string("test:") + number;
        return r;
    }
    Row household(const char* id, const char* name, const char* idNumber) {
        Row r;
        r.values.resize(layerDef(Layer::Households).fields.size());
        r.values[0] = id;
        r.values[1] = "华荣上海城12号楼2单元301室";
        r.values[3] = name;
        r.values[4] = idNumber;
        r.values[5] = "13812345678";
        r.source = std::string("register.csv:") + id;
        return r;
    }
};
}  // namespace

TEST_F(LayerWriterTest, StoresPolygonsSpatialiteAndGdalCanRead) {
    auto w = LayerWriter::create(*project, Layer::Buildings, WriteMode::Insert);
    ASSERT_TRUE(w);
    ASSERT_TRUE(w->write(building("1", 40, 0)));
    auto area = project->db().scalarText("SELECT ST_Area(geom) || ' ' || GeometryType(geom) FROM buildings");
    ASSERT_TRUE(area);
    EXPECT_EQ(**area, "100.0 MULTIPOLYGON");
    auto indexed = project->db().scalarInt(
        "SELECT count(*) FROM SpatialIndex WHERE f_table_name = 'buildings' AND search_frame = BuildMbr(-1,-1,1,1)");
    ASSERT_TRUE(indexed) << indexed.error().message;
    EXPECT_EQ(indexed->value_or(0), 1);
}

TEST_F(LayerWriterTest, RefusesPointInPolygonLayerNamingTheRow) {
    auto w = LayerWriter::create(*project, Layer::Buildings, WriteMode::Insert);
    Row r = building("7", 1, 0);
    r.geometry = Geometry::point({1, 2});
    auto id = w->write(r);
    ASSERT_FALSE(id);
    EXPECT_NE(id.error().message.find("test:7"), std::string::npos);
}

TEST_F(LayerWriterTest, KeepsPersonalDataApartAndMasksItOnRead) {
    auto w = LayerWriter::create(*project, Layer::Households, WriteMode::Insert);
    ASSERT_TRUE(w->write(household("H1", "张三", "11010519491231002X")));
    ASSERT_TRUE(w->write(household("H2", "李四", "110105194912310021")));
    auto cols = project->db().scalarInt("SELECT count(*) FROM pragma_table_info('households') WHERE name = 'name'");
    EXPECT_EQ(cols->value_or(-1), 0);
    auto valid = project->db().scalarInt("SELECT sum(id_valid) FROM household_personal");
    EXPECT_EQ(valid->value_or(-1), 1);

    auto r = LayerReader::create(*project, Layer::Households, Masking::Masked);
    ASSERT_TRUE(r);
    ReadRow row;
    ASSERT_TRUE(*r->next(row));
    const auto& cols2 = r->columns();
    auto at = [&](std::string_view c) { return *row.values[std::find(cols2.begin(), cols2.end(), c) - cols2.begin()]; };
    EXPECT_EQ(at("name"), "张*");
    EXPECT_EQ(at("id_number"), "110***********002X");
    EXPECT_EQ(at("phone"), "138****5678");
}

TEST_F(LayerWriterTest, DuplicateKeyFailsInsertButUpdatesInUpsert) {
    auto w = LayerWriter::create(*project, Layer::Households, WriteMode::Insert);
    ASSERT_TRUE(w->write(household("H1", "张三", "")));
    EXPECT_FALSE(w->write(household("H1", "王五", "")));
    auto u = LayerWriter::create(*project, Layer::Households, WriteMode::Upsert);
    ASSERT_TRUE(u->write(household("H1", "王五", "")));
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM households")->value_or(0), 1);
    EXPECT_EQ(project->db().scalarText("SELECT name FROM household_personal")->value_or(""), "王五");
}

TEST_F(LayerWriterTest, RollsBackEverythingWhenTransactionIsNotCommitted) {
    {
        auto tx = Transaction::begin(project->db());
        ASSERT_TRUE(tx);
        auto w = LayerWriter::create(*project, Layer::Buildings, WriteMode::Insert);
        ASSERT_TRUE(w->write(building("1", 10, 0)));
        ASSERT_TRUE(w->write(building("2", 10, 20)));
    }
    EXPECT_EQ(project->db().scalarInt("SELECT count(*) FROM buildings")->value_or(-1), 0);
}

TEST_F(LayerWriterTest, GridCountsUseLinksBeforeBuildingAttribute) {
    ASSERT_TRUE(project->db().exec(
        "INSERT INTO grids(code, name, geom) VALUES ('320623001001001', '一网格', "
        "CastToMulti(GeomFromText('POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))', 4549)))"));
    auto w = LayerWriter::create(*project, Layer::Buildings, WriteMode::Insert);
    ASSERT_TRUE(w->write(building("1", 40, 0)));
    ASSERT_TRUE(w->write(building("2", 60, 20)));
    ASSERT_TRUE(project->db().exec("UPDATE buildings SET grid = '320623001001001'"));
    auto hw = LayerWriter::create(*project, Layer::Households, WriteMode::Insert);
    ASSERT_TRUE(hw->write(household("H1", "张三", "")));
    ASSERT_TRUE(project->db().exec("INSERT INTO household_links(household, building) SELECT id, 1 FROM households"));
    auto g = gridCounts(*project);
    ASSERT_TRUE(g) << g.error().message;
    ASSERT_EQ(g->size(), 1u);
    EXPECT_EQ((*g)[0].households, 61);  // 1 linked in building 1, attribute 60 in building 2
    EXPECT_EQ((*g)[0].source, HouseholdSource::Mixed);
    EXPECT_EQ((*g)[0].status, ga::RangeStatus::Under);
    EXPECT_NEAR((*g)[0].areaM2, 10000.0, 1e-6);
}
