#include "store/feature_search.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "store/grid_staff.h"
#include "store/layer_writer.h"

using namespace ga::store;
namespace fs = std::filesystem;

namespace {

ga::geo::Geometry square(double x, double y, double size) {
    const std::vector<std::vector<ga::geo::Point>> rings{{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}}};
    return ga::geo::Geometry::polygon(rings);
}

class FeatureSearchTest : public ::testing::Test {
protected:
    fs::path dir = fs::temp_directory_path() / ("ga_search_" + std::to_string(::getpid()) + "_" +
                                                ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::optional<Project> project;
    int64_t buildingId = 0;

    void SetUp() override {
        fs::create_directories(dir);
        ProjectSettings s;
        s.srid = 4549;
        auto p = Project::create((dir / "p.sqlite").string(), s);
        ASSERT_TRUE(p) << p.error().message;
        project.emplace(std::move(*p));
        auto grids = LayerWriter::create(*project, Layer::Grids, WriteMode::Insert);
        ASSERT_TRUE(grids->write({{"320623001001001", "一网格", "友好社区", std::nullopt, std::nullopt, std::nullopt},
                                  square(0, 0, 100),
                                  "t"}));
        ASSERT_TRUE(grids->write({{"320623001001002", "二网格", "友好社区", std::nullopt, std::nullopt, std::nullopt},
                                  square(100, 0, 100),
                                  "t"}));
        auto buildings = LayerWriter::create(*project, Layer::Buildings, WriteMode::Insert);
        auto b = buildings->write(
            {{"华荣上海城", "12号楼", std::nullopt, std::nullopt, "48", "11", "2", std::nullopt, std::nullopt},
             square(110, 10, 20),
             "t"});
        ASSERT_TRUE(b) << b.error().message;
        buildingId = *b;
        ASSERT_TRUE(project->db().exec("UPDATE buildings SET grid = '320623001001002'"));
        auto roads = LayerWriter::create(*project, Layer::Roads, WriteMode::Insert);
        const std::vector<ga::geo::Point> a{{0, -5}, {100, -5}}, c{{100, -5}, {250, -5}};
        ASSERT_TRUE(roads->write({{"青园北路", "主干路"}, ga::geo::Geometry::lineString(a), "t"}));
        ASSERT_TRUE(roads->write({{"青园北路", "主干路"}, ga::geo::Geometry::lineString(c), "t"}));
        auto staff = LayerWriter::create(*project, Layer::Staff, WriteMode::Insert);
        ASSERT_TRUE(staff->write({{"赵兼职", "兼职网格员", "1", "320623001001002", std::nullopt}, std::nullopt, "t"}));
        ASSERT_TRUE(staff->write({{"钱网格长", "网格长", "2", "320623001001002", std::nullopt}, std::nullopt, "t"}));
    }
    void TearDown() override {
        project.reset();
        fs::remove_all(dir);
    }
};

}  // namespace

TEST(SplitCompoundBuilding, SeparatesTheTrailingBuildingNumber) {
    EXPECT_EQ(splitCompoundBuilding("华荣上海城12号楼").compound, "华荣上海城");
    EXPECT_EQ(splitCompoundBuilding("华荣上海城12号楼").number, "12");
    EXPECT_EQ(splitCompoundBuilding("和盛 3#").number, "3");
    EXPECT_EQ(splitCompoundBuilding("文峰财富广场 A座").number, "A");
    EXPECT_EQ(splitCompoundBuilding("华荣上海城").number, "");
    EXPECT_EQ(splitCompoundBuilding("12").compound, "");
}

TEST_F(FeatureSearchTest, FindsAGridByCodePrefix) {
    auto hits = searchFeatures(*project, "320623001001002");
    ASSERT_TRUE(hits) << hits.error().message;
    ASSERT_FALSE(hits->empty());
    EXPECT_EQ((*hits)[0].layer, Layer::Grids);
    EXPECT_DOUBLE_EQ((*hits)[0].box.minx, 100);
}

TEST_F(FeatureSearchTest, FindsABuildingByCompoundAndNumber) {
    auto hits = searchFeatures(*project, "华荣上海城12栋");
    ASSERT_TRUE(hits) << hits.error().message;
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ((*hits)[0].layer, Layer::Buildings);
    EXPECT_EQ((*hits)[0].id, buildingId);
    EXPECT_DOUBLE_EQ((*hits)[0].box.maxx, 130);
}

TEST_F(FeatureSearchTest, FindsARoadOnceWithTheExtentOfAllItsSegments) {
    auto hits = searchFeatures(*project, "青园");
    ASSERT_TRUE(hits) << hits.error().message;
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ((*hits)[0].layer, Layer::Roads);
    EXPECT_DOUBLE_EQ((*hits)[0].box.minx, 0);
    EXPECT_DOUBLE_EQ((*hits)[0].box.maxx, 250);
}

TEST_F(FeatureSearchTest, FindsNothingForBlankText) {
    auto hits = searchFeatures(*project, "  ");
    ASSERT_TRUE(hits);
    EXPECT_TRUE(hits->empty());
}

TEST_F(FeatureSearchTest, PutsTheGridLeaderFirst) {
    auto staff = staffOfGrid(*project, "320623001001002");
    ASSERT_TRUE(staff) << staff.error().message;
    ASSERT_EQ(staff->size(), 2u);
    EXPECT_EQ((*staff)[0].name, "钱网格长");
    EXPECT_EQ(gridLeaders(*project)->at("320623001001002"), "钱网格长");
    EXPECT_EQ(*gridOfBuilding(*project, buildingId), "320623001001002");
}
