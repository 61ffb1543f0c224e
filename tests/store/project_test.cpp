#include "store/project.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "store/summary.h"

using namespace ga::store;
namespace fs = std::filesystem;

namespace {
class ProjectTest : public ::testing::Test {
protected:
    fs::path dir = fs::temp_directory_path() / ("ga_store_" + std::to_string(::getpid()) + "_" +
                                                ::testing::UnitTest::GetInstance()->current_test_info()->name());
    void SetUp() override { fs::create_directories(dir); }
    void TearDown() override { fs::remove_all(dir); }
    std::string file(const char* name) { return (dir / name).string(); }
};
}  // namespace

TEST_F(ProjectTest, CreatesOwnerOnlyFileWithRegisteredLayers) {
    ProjectSettings s;
    s.srid = 4549;
    s.division = "320623001001";
    auto p = Project::create(file("a.sqlite"), s);
    ASSERT_TRUE(p) << p.error().message;
    struct stat st {};
    ASSERT_EQ(::stat(file("a.sqlite").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600);
    auto n = p->db().scalarInt("SELECT count(*) FROM geometry_columns");
    ASSERT_TRUE(n);
    EXPECT_EQ(n->value_or(0), 9);  // every layer but staff
    auto personal = p->db().scalarInt("SELECT count(*) FROM geometry_columns WHERE f_table_name LIKE '%personal%'");
    EXPECT_EQ(personal->value_or(-1), 0);
}

TEST_F(ProjectTest, ReopensWithSettings) {
    ProjectSettings s;
    s.srid = 4549;
    s.name = "友好社区";
    s.range = {200, 450};
    ASSERT_TRUE(Project::create(file("b.sqlite"), s));
    auto p = Project::open(file("b.sqlite"));
    ASSERT_TRUE(p) << p.error().message;
    EXPECT_EQ(p->settings().name, "友好社区");
    EXPECT_EQ(p->settings().range.min, 200);
    EXPECT_EQ(p->settings().srid, 4549);
}

TEST_F(ProjectTest, RefusesExistingFile) {
    ASSERT_TRUE(Project::create(file("c.sqlite"), {}));
    EXPECT_FALSE(Project::create(file("c.sqlite"), {}));
}

TEST_F(ProjectTest, RefusesFileThatIsNotAProject) {
    {
        auto db = Database::open(file("other.sqlite"), Database::Mode::Create);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec("CREATE TABLE t(x)"));
    }
    auto p = Project::open(file("other.sqlite"));
    ASSERT_FALSE(p);
    EXPECT_NE(p.error().message.find("not a GridAtlas project"), std::string::npos);
}

TEST_F(ProjectTest, RefusesTextFileAsProject) {
    { std::ofstream(file("notes.sqlite")) << "hello, this is not a database at all............................"; }
    EXPECT_FALSE(Project::open(file("notes.sqlite")));
}

TEST_F(ProjectTest, RefusesNewerSchema) {
    ASSERT_TRUE(Project::create(file("d.sqlite"), {}));
    {
        auto db = Database::open(file("d.sqlite"), Database::Mode::ReadWrite);
        ASSERT_TRUE(db->exec("PRAGMA user_version = 99"));
    }
    auto p = Project::open(file("d.sqlite"));
    ASSERT_FALSE(p);
    EXPECT_NE(p.error().message.find("newer"), std::string::npos);
}

// A project of the first release (schema 1) kept each household's link in the households row.
TEST_F(ProjectTest, UpgradesAFirstReleaseProjectMovingItsLinksOut) {
    ProjectSettings s;
    s.srid = 4549;
    ASSERT_TRUE(Project::create(file("v1.sqlite"), s));
    {
        auto db = Database::open(file("v1.sqlite"), Database::Mode::ReadWrite);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(R"sql(
            INSERT INTO buildings (id, number) VALUES (7, '1');
            INSERT INTO households (id, household_id, address) VALUES (1, 'H1', '1号楼'), (2, 'H2', '9号楼');
            DROP TABLE household_links;
            ALTER TABLE households ADD COLUMN building_id INTEGER REFERENCES buildings(id) ON DELETE SET NULL;
            ALTER TABLE households ADD COLUMN match_level TEXT;
            ALTER TABLE households ADD COLUMN confidence REAL;
            ALTER TABLE households ADD COLUMN match_reason TEXT;
            ALTER TABLE households ADD COLUMN link_method TEXT;
            CREATE INDEX households_building ON households(building_id);
            UPDATE households SET building_id = 7, match_level = 'building', confidence = 0.93,
              match_reason = 'compound_name', link_method = 'address' WHERE id = 1;
            UPDATE households SET match_reason = 'building_not_found' WHERE id = 2;
            PRAGMA user_version = 1;)sql"));
    }
    // Read-only, it cannot be upgraded: said so, file untouched.
    auto ro = Project::open(file("v1.sqlite"), true);
    ASSERT_FALSE(ro);
    EXPECT_NE(ro.error().message.find("upgraded the first time it is opened for writing"), std::string::npos)
        << ro.error().message;

    auto p = Project::open(file("v1.sqlite"));
    ASSERT_TRUE(p) << p.error().message;
    EXPECT_EQ(p->db().scalarInt("PRAGMA user_version")->value_or(0), kSchemaVersion);
    const auto text = [&](const char* sql) {
        auto v = p->db().scalarText(sql);
        return v && *v ? **v : std::string("(null)");
    };
    EXPECT_EQ(text("SELECT household || ' ' || building || ' ' || level || ' ' || confidence || ' ' || reason || ' ' || "
                   "method FROM household_links WHERE household = 1"),
              "1 7 building 0.93 compound_name address");
    EXPECT_EQ(text("SELECT coalesce(building, 0) || ' ' || reason FROM household_links WHERE household = 2"),
              "0 building_not_found");
    EXPECT_EQ(text("SELECT count(*) FROM households WHERE building_id IS NOT NULL OR match_reason IS NOT NULL"), "0");
    EXPECT_EQ(text("SELECT count(*) FROM sqlite_master WHERE name = 'households_building'"), "0");
    auto grids = summarize(*p);
    EXPECT_TRUE(grids) << grids.error().message;
}

TEST_F(ProjectTest, UpgradesASchemaOneFileThatHasTheLinkTableAlready) {
    ASSERT_TRUE(Project::create(file("dev.sqlite"), {}));
    {
        auto db = Database::open(file("dev.sqlite"), Database::Mode::ReadWrite);
        ASSERT_TRUE(db->exec("PRAGMA user_version = 1"));
    }
    auto p = Project::open(file("dev.sqlite"));
    ASSERT_TRUE(p) << p.error().message;
    EXPECT_EQ(p->db().scalarInt("PRAGMA user_version")->value_or(0), kSchemaVersion);
}

TEST_F(ProjectTest, RefusesUnknownDivisionCode) {
    ProjectSettings s;
    s.division = "12345";
    EXPECT_FALSE(Project::create(file("e.sqlite"), s));
    EXPECT_FALSE(fs::exists(file("e.sqlite")));
}

TEST_F(ProjectTest, RegistersGeometryOnceCrsIsKnown) {
    auto p = Project::create(file("f.sqlite"), {});
    ASSERT_TRUE(p);
    auto s = summarize(*p);
    ASSERT_TRUE(s) << s.error().message;
    EXPECT_EQ(s->count("buildings"), 0);
}
