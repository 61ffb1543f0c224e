#include "store/basemap_settings.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

using namespace ga::store;
namespace fs = std::filesystem;

namespace {

class BasemapSettingsTest : public ::testing::Test {
protected:
    fs::path dir = fs::temp_directory_path() / ("ga_basemaps_" + std::to_string(::getpid()) + "_" +
                                                ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::optional<Project> project;

    void SetUp() override {
        fs::create_directories(dir);
        ProjectSettings s;
        s.srid = 4549;
        auto p = Project::create((dir / "p.sqlite").string(), s);
        ASSERT_TRUE(p) << p.error().message;
        project.emplace(std::move(*p));
    }
    void TearDown() override {
        project.reset();
        fs::remove_all(dir);
    }

    static BasemapSetting ortho() { return {"正射影像 2023", "/data/影像/ortho.tif", 0.8, true, "© 如东县自然资源局"}; }
    static BasemapSetting tianditu() {
        return {"天地图影像", "http://t0.tianditu.gov.cn/img_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=k", 1,
                false, "© 天地图"};
    }

    long long logged(const char* action) {
        auto st = project->db().prepare("SELECT count(*) FROM edit_log WHERE action = ?");
        st->bind(1, action);
        (void)st->step();
        return st->integer(0);
    }
};

}  // namespace

TEST_F(BasemapSettingsTest, ANewProjectHasNone) {
    auto list = loadBasemaps(*project);
    ASSERT_TRUE(list) << list.error().message;
    EXPECT_TRUE(list->empty());
}

TEST_F(BasemapSettingsTest, TheListComesBackInOrderWithEveryField) {
    const std::vector<BasemapSetting> saved{ortho(), tianditu()};
    ASSERT_TRUE(saveBasemaps(*project, saved));
    project.reset();
    auto reopened = Project::open((dir / "p.sqlite").string());
    ASSERT_TRUE(reopened);
    auto list = loadBasemaps(*reopened);
    ASSERT_TRUE(list) << list.error().message;
    EXPECT_EQ(*list, saved);
}

TEST_F(BasemapSettingsTest, AddingPutsTheBasemapOnTopAndLogsIt) {
    ASSERT_TRUE(addBasemap(*project, ortho(), "王测绘"));
    ASSERT_TRUE(addBasemap(*project, tianditu(), "王测绘"));
    auto list = loadBasemaps(*project);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ(list->back().name, "天地图影像");
    EXPECT_EQ(logged("basemap"), 2);
}

TEST_F(BasemapSettingsTest, AddingANameInUseChangesNothing) {
    ASSERT_TRUE(addBasemap(*project, ortho(), "王测绘"));
    BasemapSetting again = tianditu();
    again.name = ortho().name;
    auto r = addBasemap(*project, again, "王测绘");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("'正射影像 2023' exists already"), std::string::npos) << r.error().message;
    EXPECT_EQ(loadBasemaps(*project)->size(), 1u);
    EXPECT_EQ(logged("basemap"), 1);
}

TEST_F(BasemapSettingsTest, RemovingTakesOnlyTheNamedOne) {
    ASSERT_TRUE(saveBasemaps(*project, std::vector{ortho(), tianditu()}));
    ASSERT_TRUE(removeBasemap(*project, "正射影像 2023", "王测绘"));
    auto list = loadBasemaps(*project);
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ(list->front().name, "天地图影像");
    auto missing = removeBasemap(*project, "没有这个底图", "王测绘");
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message.find("no basemap called '没有这个底图'"), std::string::npos);
}

TEST_F(BasemapSettingsTest, RefusesDuplicateNamesAndOpacityOutOfRange) {
    EXPECT_FALSE(saveBasemaps(*project, std::vector{ortho(), ortho()}));
    BasemapSetting bad = ortho();
    bad.opacity = 1.5;
    EXPECT_FALSE(saveBasemaps(*project, std::vector{bad}));
    EXPECT_TRUE(loadBasemaps(*project)->empty());
}

TEST_F(BasemapSettingsTest, ADamagedListIsReportedNotGuessed) {
    ASSERT_TRUE(project->db().exec("INSERT INTO settings(key, value) VALUES ('basemaps', '[{\"name\": ')"));
    auto list = loadBasemaps(*project);
    ASSERT_FALSE(list);
    EXPECT_NE(list.error().message.find("settings key 'basemaps'"), std::string::npos) << list.error().message;
}

TEST_F(BasemapSettingsTest, AReadOnlyProjectRefusesChanges) {
    project.reset();
    auto ro = Project::open((dir / "p.sqlite").string(), true);
    ASSERT_TRUE(ro);
    auto r = addBasemap(*ro, ortho(), "王测绘");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("read-only"), std::string::npos);
}
