#include "store/household_links.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>

using namespace ga::store;
namespace fs = std::filesystem;

namespace {

class HouseholdLinks : public ::testing::Test {
protected:
    fs::path path =
        fs::temp_directory_path() / fmt::format("ga_links_{}_{}.sqlite", ::getpid(),
                                                ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::optional<Project> project;
    void SetUp() override {
        fs::remove(path);
        ProjectSettings s;
        s.srid = 4549;
        auto p = Project::create(path.string(), s);
        ASSERT_TRUE(p) << p.error().message;
        project.emplace(std::move(*p));
        ASSERT_TRUE(
            project->db().exec("INSERT INTO buildings(id, geom) VALUES "
                               "(1, CastToMulti(GeomFromText('POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))', 4549))), "
                               "(2, CastToMulti(GeomFromText('POLYGON((20 0, 30 0, 30 10, 20 10, 20 0))', 4549)))"));
    }
    void TearDown() override {
        project.reset();
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
    }
    // Households H1…Hn with ids 1…n, each at (i, 2i).
    void households(int n) {
        for (int i = 1; i <= n; ++i)
            ASSERT_TRUE(
                project->db().exec(fmt::format("INSERT INTO households(id, household_id, address, geom) VALUES "
                                               "({0}, 'H{0}', '地址{0}', MakePoint({0}, {1}, 4549))",
                                               i, 2 * i)));
    }
    long long count(const std::string& sql) { return project->db().scalarInt(sql)->value_or(-1); }
};

TEST_F(HouseholdLinks, WritesEveryLinkOfALongRunAndItsRemainder) {
    households(200);
    std::vector<HouseholdLink> links;
    for (int64_t i = 1; i <= 200; ++i)
        links.push_back(
            {i, i % 2 + 1, "room", 0.5 + static_cast<double>(i) / 1000, "compound_name", LinkMethod::Address});
    ASSERT_TRUE(writeHouseholdLinks(*project, links));
    EXPECT_EQ(count("SELECT count(*) FROM household_links"), 200);
    EXPECT_EQ(count("SELECT count(*) FROM household_links WHERE building = 2"), 100);
    auto last = readHouseholdLink(*project, 200);
    ASSERT_TRUE(last) << last.error().message;
    EXPECT_EQ(last->building, 1);
    EXPECT_EQ(last->level, "room");
    EXPECT_EQ(last->reason, "compound_name");
    EXPECT_NEAR(last->confidence.value_or(0), 0.7, 1e-12);
    EXPECT_EQ(last->method, LinkMethod::Address);
    // Written again: the rows are updated in place, not added.
    for (HouseholdLink& l : links) l.building = 2;
    ASSERT_TRUE(writeHouseholdLinks(*project, links));
    EXPECT_EQ(count("SELECT count(*) FROM household_links WHERE building = 2"), 200);
}

TEST_F(HouseholdLinks, AnUnlinkedHouseholdKeepsItsReasonWithoutABuilding) {
    households(1);
    const HouseholdLink queued{1, 0, "", 0.4, "building_not_found", LinkMethod::None};
    ASSERT_TRUE(writeHouseholdLinks(*project, std::span(&queued, 1)));
    auto stored = readHouseholdLink(*project, 1);
    ASSERT_TRUE(stored) << stored.error().message;
    EXPECT_FALSE(stored->building);
    EXPECT_FALSE(stored->confidence);
    EXPECT_EQ(stored->reason, "building_not_found");
}

TEST_F(HouseholdLinks, SettingBackALinkReadBeforeRestoresItExactly) {
    households(1);
    auto before = readHouseholdLink(*project, 1);
    ASSERT_TRUE(before) << before.error().message;
    EXPECT_FALSE(before->building);
    ASSERT_TRUE(setHouseholdLink(*project, 1, StoredLink{2, "building", "manual", 1.0, LinkMethod::Manual}));
    EXPECT_EQ(count("SELECT building FROM household_links WHERE household = 1"), 2);
    // The household had no row: setting back its empty link removes the row again.
    ASSERT_TRUE(setHouseholdLink(*project, 1, *before));
    EXPECT_EQ(count("SELECT count(*) FROM household_links"), 0);
    EXPECT_FALSE(readHouseholdLink(*project, 99));
}

TEST_F(HouseholdLinks, AreReadBesideTheirHouseholdsInOrder) {
    households(5);
    ASSERT_TRUE(project->db().exec("UPDATE households SET state = 'retired' WHERE id = 3"));
    ASSERT_TRUE(project->db().exec("UPDATE households SET geom = NULL WHERE id = 5"));
    const HouseholdLink links[] = {{2, 1, "building", 0.95, "point_in_building", LinkMethod::Point},
                                   {3, 2, "room", 0.9, "compound_name", LinkMethod::Address},
                                   {4, 2, "unit", 0.85, "compound_alias", LinkMethod::Manual}};
    ASSERT_TRUE(writeHouseholdLinks(*project, links));
    auto h = readHouseholdsToGeocode(*project);
    ASSERT_TRUE(h) << h.error().message;
    ASSERT_EQ(h->ids, (std::vector<int64_t>{1, 2, 4, 5}));
    EXPECT_EQ(h->buildings, (std::vector<int64_t>{0, 1, 2, 0}));
    EXPECT_EQ(h->methods,
              (std::vector<LinkMethod>{LinkMethod::None, LinkMethod::Point, LinkMethod::Manual, LinkMethod::None}));
    EXPECT_EQ(h->stamp(1), "building|point_in_building");
    EXPECT_EQ(h->stamp(2), "unit|compound_alias");
    EXPECT_EQ(h->stamp(3), "|");
    EXPECT_TRUE(std::isnan(h->confidences[0]));
    EXPECT_DOUBLE_EQ(h->confidences[2], 0.85);
    EXPECT_EQ(h->address(2), "地址4");
    // Points as SpatiaLite stored them; the household without one is not located.
    ASSERT_EQ(h->located, (std::vector<uint32_t>{0, 1, 2}));
    EXPECT_EQ(h->points[2].x, 4);
    EXPECT_EQ(h->points[2].y, 8);
}

TEST_F(HouseholdLinks, GoWithTheirHousehold) {
    households(2);
    const HouseholdLink links[] = {{1, 1, "building", 0.95, "point_in_building", LinkMethod::Point},
                                   {2, 1, "building", 0.95, "point_in_building", LinkMethod::Point}};
    ASSERT_TRUE(writeHouseholdLinks(*project, links));
    ASSERT_TRUE(project->db().exec("DELETE FROM households WHERE id = 1"));
    EXPECT_EQ(count("SELECT count(*) FROM household_links"), 1);
    ASSERT_TRUE(project->db().exec("DELETE FROM buildings WHERE id = 1"));
    EXPECT_EQ(count("SELECT count(*) FROM household_links WHERE household = 2 AND building IS NULL"), 1);
}

}  // namespace
