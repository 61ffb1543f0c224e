#include "store/bulk_load.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "geo/wkb.h"
#include "store/grid_link_writer.h"
#include "store/layer_writer.h"

using namespace ga::store;
using ga::geo::Geometry;
using ga::geo::Point;
namespace fs = std::filesystem;

namespace {

class BulkLoadTest : public ::testing::Test {
protected:
    fs::path path = fs::temp_directory_path() /
                    ("ga_bulk_" + std::to_string(::getpid()) + "_" +
                     ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".sqlite");
    std::optional<Project> project;
    void SetUp() override {
        fs::remove(path);
        ProjectSettings s;
        s.srid = 4548;
        auto p = Project::create(path.string(), s);
        ASSERT_TRUE(p) << p.error().message;
        project.emplace(std::move(*p));
    }
    void TearDown() override {
        project.reset();
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
    }
    long long count(const std::string& sql) { return project->db().scalarInt(sql)->value_or(-1); }
    Row building(int i) {
        Row r;
        r.values.resize(layerDef(Layer::Buildings).fields.size());
        r.values[1] = std::to_string(i);
        const double x = 440000 + 20.0 * i;
        std::vector<std::vector<Point>> ring{{{x, 4430000}, {x + 10, 4430000}, {x + 10, 4430010}, {x, 4430010}}};
        r.geometry = Geometry::polygon(ring);
        r.source = "test";
        return r;
    }
};

}  // namespace

TEST_F(BulkLoadTest, LoadsRowsAndRebuildsTheSpatialIndex) {
    const Layer layers[] = {Layer::Buildings};
    auto load = BulkLoad::begin(*project, layers);
    ASSERT_TRUE(load) << load.error().message;
    auto writer = LayerWriter::create(*project, Layer::Buildings, WriteMode::Insert);
    ASSERT_TRUE(writer);
    for (int i = 0; i < 100; ++i) ASSERT_TRUE(writer->write(building(i)));
    ASSERT_TRUE(load->commit());
    EXPECT_EQ(project->db().scalarText("PRAGMA journal_mode")->value_or(""), "wal");
    EXPECT_EQ(count("SELECT count(*) FROM buildings"), 100);
    EXPECT_EQ(count("SELECT count(*) FROM geometry_columns WHERE f_table_name = 'buildings' AND srid = 4548 "
                    "AND spatial_index_enabled = 1"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM idx_buildings_geom"), 100);
    // The triggers are back: a later single insert is indexed too.
    ASSERT_TRUE(writer->write(building(100)));
    EXPECT_EQ(count("SELECT count(*) FROM idx_buildings_geom"), 101);
}

TEST_F(BulkLoadTest, LeavesTheProjectAsItWasWithoutCommit) {
    {
        const Layer layers[] = {Layer::Buildings, Layer::Issues};
        auto load = BulkLoad::begin(*project, layers);
        ASSERT_TRUE(load);
        auto writer = LayerWriter::create(*project, Layer::Buildings, WriteMode::Insert);
        ASSERT_TRUE(writer);
        ASSERT_TRUE(writer->write(building(0)));
    }
    EXPECT_EQ(count("SELECT count(*) FROM buildings"), 0);
    EXPECT_EQ(project->db().scalarText("PRAGMA journal_mode")->value_or(""), "wal");
    EXPECT_EQ(count("SELECT count(*) FROM geometry_columns WHERE f_table_name IN ('buildings', 'issues') "
                    "AND spatial_index_enabled = 1"),
              2);
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_master WHERE name = 'gii_buildings_geom'"), 1);
}

TEST_F(BulkLoadTest, RefusesAGeometryOfTheWrongType) {
    const Layer layers[] = {Layer::Buildings};
    auto load = BulkLoad::begin(*project, layers);
    ASSERT_TRUE(load);
    // Without triggers nothing checks rows on the way in; the check comes when the column is restored.
    auto bad = ga::geo::toSpatialiteBlob(Geometry::point({440000, 4430000}), 4548);
    auto st = project->db().prepare("INSERT INTO buildings(geom) VALUES (?)");
    ASSERT_TRUE(st);
    st->bindBlob(1, bad);
    ASSERT_TRUE(st->run());
    auto r = load->commit();
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("buildings"), std::string::npos) << r.error().message;
}

TEST_F(BulkLoadTest, GridLinkWriterSetsTheGridOfAKnownFeature) {
    auto writer = LayerWriter::create(*project, Layer::Buildings, WriteMode::Insert);
    ASSERT_TRUE(writer);
    auto id = writer->write(building(0));
    ASSERT_TRUE(id);
    auto links = GridLinkWriter::create(*project, Layer::Buildings);
    ASSERT_TRUE(links);
    ASSERT_TRUE(links->set(*id, "110108001001001"));
    EXPECT_EQ(count("SELECT count(*) FROM buildings WHERE grid = '110108001001001'"), 1);
    EXPECT_FALSE(links->set(*id + 1000, "110108001001001"));
    EXPECT_FALSE(GridLinkWriter::create(*project, Layer::Roads));
}
