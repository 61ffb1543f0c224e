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
