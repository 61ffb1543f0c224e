#include "store/attribute_edits.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "store/layer_writer.h"

using namespace ga::store;
namespace fs = std::filesystem;

namespace {

ga::geo::Geometry square(double x, double y, double size) {
    const std::vector<std::vector<ga::geo::Point>> rings{{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}}};
    return ga::geo::Geometry::polygon(rings);
}

class AttributeEditsTest : public ::testing::Test {
protected:
    fs::path dir = fs::temp_directory_path() / ("ga_edits_" + std::to_string(::getpid()) + "_" +
                                                ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::optional<Project> project;
    int64_t gridId = 0, staffId = 0;

    void SetUp() override {
        fs::create_directories(dir);
        ProjectSettings s;
        s.srid = 4549;
        auto p = Project::create((dir / "p.sqlite").string(), s);
        ASSERT_TRUE(p) << p.error().message;
        project.emplace(std::move(*p));
        auto grids = LayerWriter::create(*project, Layer::Grids, WriteMode::Insert);
        ASSERT_TRUE(grids);
        auto g = grids->write(
            {{"320623001001001", "一网格", "友好社区", "900", std::nullopt, std::nullopt}, square(0, 0, 100), "test"});
        ASSERT_TRUE(g) << g.error().message;
        gridId = *g;
        auto staff = LayerWriter::create(*project, Layer::Staff, WriteMode::Insert);
        ASSERT_TRUE(staff);
        auto s1 =
            staff->write({{"王芳", "网格长", "0513-1234", "320623001001001", std::nullopt}, std::nullopt, "test"});
        ASSERT_TRUE(s1) << s1.error().message;
        staffId = *s1;
    }
    void TearDown() override {
        project.reset();
        fs::remove_all(dir);
    }
    long long logCount() { return project->db().scalarInt("SELECT count(*) FROM edit_log")->value_or(-1); }
};

}  // namespace

TEST_F(AttributeEditsTest, SavesChangedFieldsWithOneLogEntry) {
    auto a = readAttributes(*project, Layer::Grids, gridId);
    ASSERT_TRUE(a) << a.error().message;
    EXPECT_EQ(a->values[1], "一网格");
    a->values[1] = "华荣一网格";
    a->values[3] = "950";
    auto logged = saveAttributes(*project, *a, "tester");
    ASSERT_TRUE(logged) << logged.error().message;
    EXPECT_GT(*logged, 0);
    auto again = readAttributes(*project, Layer::Grids, gridId);
    EXPECT_EQ(again->values[1], "华荣一网格");
    EXPECT_EQ(again->values[3], "950");
    EXPECT_EQ(logCount(), 1);
    auto detail = project->db().scalarText("SELECT detail FROM edit_log");
    EXPECT_NE(detail->value_or("").find("\"before\":{\"name\":\"一网格\""), std::string::npos) << detail->value_or("");
}

TEST_F(AttributeEditsTest, WritesNothingWhenNothingChanged) {
    auto a = readAttributes(*project, Layer::Grids, gridId);
    auto logged = saveAttributes(*project, *a, "tester");
    ASSERT_TRUE(logged);
    EXPECT_EQ(*logged, 0);
    EXPECT_EQ(logCount(), 0);
}

TEST_F(AttributeEditsTest, RefusesAChangedGridCodeAndLeavesTheProjectAsItWas) {
    auto a = readAttributes(*project, Layer::Grids, gridId);
    a->values[0] = "320623001001009";
    a->values[1] = "改名";
    EXPECT_FALSE(saveAttributes(*project, *a, "tester"));
    EXPECT_EQ(readAttributes(*project, Layer::Grids, gridId)->values[1], "一网格");
    EXPECT_EQ(logCount(), 0);
}

TEST_F(AttributeEditsTest, RefusesTextInAnIntegerField) {
    auto a = readAttributes(*project, Layer::Grids, gridId);
    a->values[3] = "九百";
    auto r = saveAttributes(*project, *a, "tester");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("population"), std::string::npos);
}

TEST_F(AttributeEditsTest, StoresAStaffPhotoAsBytes) {
    auto a = readAttributes(*project, Layer::Staff, staffId);
    const std::string png("\x89PNG\r\n\x1a\n\0\0", 10);
    a->values[4] = png;
    ASSERT_TRUE(saveAttributes(*project, *a, "tester"));
    EXPECT_EQ(readAttributes(*project, Layer::Staff, staffId)->values[4], png);
}

TEST_F(AttributeEditsTest, AddsStaffWithALogEntry) {
    FeatureAttributes row{Layer::Staff, 0, {"李强", "专职网格员", "0513-5678", "320623001001001", std::nullopt}};
    auto id = insertAttributes(*project, row, "tester");
    ASSERT_TRUE(id) << id.error().message;
    EXPECT_EQ(readAttributes(*project, Layer::Staff, *id)->values[0], "李强");
    EXPECT_EQ(logCount(), 1);
}

TEST_F(AttributeEditsTest, RefusesToWriteAReadOnlyProject) {
    project.reset();
    auto ro = Project::open((dir / "p.sqlite").string(), true);
    ASSERT_TRUE(ro) << ro.error().message;
    auto a = readAttributes(*ro, Layer::Grids, gridId);
    ASSERT_TRUE(a);
    a->values[1] = "只读";
    EXPECT_FALSE(saveAttributes(*ro, *a, "tester"));
}
