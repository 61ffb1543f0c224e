#include "geocode/geocoder.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "store/review_queue.h"
#include "store/summary.h"
#include "test_project.h"

using namespace ga;
using namespace ga::geocode;

namespace {

class Geocoder : public test::ProjectTest {
protected:
    GeocodeReport run(GeocodeOptions o = {}) {
        auto r = geocodeProject(*project, o);
        EXPECT_TRUE(r) << r.error().message;
        return r ? *r : GeocodeReport{};
    }
};

TEST_F(Geocoder, LinksWhatItCanAndQueuesTheRestWithCandidates) {
    household("H1", "华荣上海城12号楼1单元301室");
    household("H2", "育才路77号101室");
    household("H3", "华荣上海城99号楼");
    household("H4", "");
    const GeocodeReport r = run();
    EXPECT_EQ(r.households, 4);
    EXPECT_EQ(r.linked, 2);
    EXPECT_EQ(r.review, 2);
    EXPECT_EQ(r.linkedByLevel[static_cast<size_t>(MatchLevel::Room)], 2);
    EXPECT_EQ(linkOf("H1"), buildingId("华荣上海城", "12"));
    EXPECT_EQ(linkOf("H2"), buildingId("", ""));
    EXPECT_EQ(column("H1", "level"), "room");
    EXPECT_EQ(column("H1", "reason"), "compound_name");
    EXPECT_EQ(column("H1", "method"), "address");
    EXPECT_FALSE(linkOf("H3"));
    EXPECT_EQ(column("H3", "reason"), "building_not_found");
    EXPECT_EQ(r.reviewByReason.at("building_not_found"), 1);
    EXPECT_EQ(r.reviewByReason.at("empty_address"), 1);

    auto queue = store::readReviewQueue(*project);
    ASSERT_TRUE(queue) << queue.error().message;
    ASSERT_EQ(queue->size(), 2u);
    EXPECT_EQ((*queue)[0].householdId, "H3");
    EXPECT_EQ((*queue)[0].level, "compound");
    EXPECT_EQ((*queue)[0].candidates.size(), 3u);
    EXPECT_EQ((*queue)[0].name, "张**");
    EXPECT_EQ((*queue)[1].reason, "empty_address");
    EXPECT_TRUE((*queue)[1].candidates.empty());
    EXPECT_EQ(count("SELECT count(*) FROM edit_log WHERE action = 'geocode'"), 1);
}

TEST_F(Geocoder, CountsGridHouseholdsByLinksOnceLinked) {
    household("H1", "华荣上海城12号楼1单元301室");
    household("H2", "华荣上海城12号楼1单元302室");
    run();
    auto grids = store::gridCounts(*project);
    ASSERT_TRUE(grids);
    ASSERT_EQ(grids->size(), 1u);
    // Building 12 counts its 2 links; the others their attribute (2 + 2 + 1).
    EXPECT_EQ((*grids)[0].households, 7);
    EXPECT_EQ((*grids)[0].source, store::HouseholdSource::Mixed);
}

TEST_F(Geocoder, NeverTouchesAManualLinkAndKeepsAnEarlierLink) {
    household("H1", "华荣上海城1号楼101室");
    household("H2", "华荣上海城2号楼101室");
    run();
    ASSERT_EQ(linkOf("H2"), buildingId("华荣上海城", "2"));
    auto resolved = store::resolveReview(*project, {householdRow("H1"), buildingId("华荣上海城", "12"), {}}, "tester");
    ASSERT_TRUE(resolved) << resolved.error().message;
    // The register changes: H2's address no longer says which building.
    ASSERT_TRUE(project->db().exec("UPDATE households SET address = '华荣上海城' WHERE household_id = 'H2'"));
    const GeocodeReport r = run();
    EXPECT_EQ(r.manual, 1);
    EXPECT_EQ(r.keptLinks, 1);
    EXPECT_EQ(linkOf("H1"), buildingId("华荣上海城", "12"));
    EXPECT_EQ(column("H1", "method"), "manual");
    EXPECT_EQ(linkOf("H2"), buildingId("华荣上海城", "2"));
    EXPECT_EQ(count("SELECT count(*) FROM review_queue"), 1);
}

TEST_F(Geocoder, LinksByLocationAndSendsDisagreementsToReview) {
    household("P1", "", geo::Point{10, 10});                          // in building 1, no address
    household("P2", "华荣上海城2号楼101室", geo::Point{50, 10});      // agrees
    household("P3", "华荣上海城12号楼1单元301", geo::Point{10, 10});  // point in 1, address says 12
    household("P4", "华荣上海城2号楼101室", geo::Point{900, 900});    // in no building
    const GeocodeReport r = run();
    EXPECT_EQ(linkOf("P1"), buildingId("华荣上海城", "1"));
    EXPECT_EQ(column("P1", "method"), "point");
    EXPECT_EQ(column("P1", "reason"), "point_in_building");
    EXPECT_EQ(column("P2", "reason"), "point_confirmed");
    EXPECT_EQ(column("P2", "level"), "room");
    EXPECT_FALSE(linkOf("P3"));
    EXPECT_EQ(r.reviewByReason.at("point_disagrees"), 1);
    EXPECT_EQ(linkOf("P4"), buildingId("华荣上海城", "2"));
    EXPECT_EQ(r.linkedByPoint, 2);
    auto queue = store::readReviewQueue(*project);
    ASSERT_EQ(queue->size(), 1u);
    ASSERT_EQ((*queue)[0].candidates.size(), 2u);
    EXPECT_EQ((*queue)[0].candidates[0].building, buildingId("华荣上海城", "1"));
    EXPECT_EQ((*queue)[0].candidates[1].building, buildingId("华荣上海城", "12"));
}

TEST_F(Geocoder, RewritesALinkWhoseConfidenceAloneChanged) {
    household("P1", "", geo::Point{10, 10});
    GeocodeOptions o;
    o.matchAddresses = false;
    run(o);
    const std::string placed = column("P1", "confidence");
    ASSERT_NE(placed, "");
    ASSERT_TRUE(project->db().exec("UPDATE household_links SET confidence = 0.5"));
    run(o);
    EXPECT_EQ(column("P1", "confidence"), placed);
}

TEST_F(Geocoder, PlacesOnlyLocatedHouseholdsWhenAskedTo) {
    household("P1", "", geo::Point{410, 10});
    household("H1", "华荣上海城12号楼1单元301室");
    GeocodeOptions o;
    o.matchAddresses = false;
    const GeocodeReport r = run(o);
    EXPECT_EQ(r.linked, 1);
    EXPECT_EQ(linkOf("P1"), buildingId("", ""));
    EXPECT_FALSE(linkOf("H1"));
}

TEST_F(Geocoder, GivesEveryBadRowAReasonAndLosesNothing) {
    household("B1", std::string("\x01\x02\xff\xfe\x03\x04\x05", 7));
    household("B2", std::string(3000, 'x'));
    household("B3", "北京市海淀区学院路街道华荣上海城1号楼");
    household("B4", "！！！");
    household("H1", "华荣上海城1号楼101室");
    const GeocodeReport r = run();
    EXPECT_EQ(r.linked, 1);
    EXPECT_EQ(r.review, 4);
    EXPECT_EQ(r.reviewByReason.at("not_an_address"), 2);
    EXPECT_EQ(r.reviewByReason.at("too_long"), 1);
    EXPECT_EQ(r.reviewByReason.at("outside_project"), 1);
}

TEST_F(Geocoder, LeavesTheProjectAsItWasWhenCancelled) {
    household("H1", "华荣上海城1号楼101室");
    std::atomic<bool> cancelled{true};
    GeocodeOptions o;
    o.cancelled = &cancelled;
    EXPECT_FALSE(geocodeProject(*project, o));
    EXPECT_FALSE(linkOf("H1"));
    EXPECT_EQ(count("SELECT count(*) FROM edit_log WHERE action = 'geocode'"), 0);
    // The connection is usable and its foreign keys are on again.
    EXPECT_EQ(count("PRAGMA foreign_keys"), 1);
    EXPECT_TRUE(geocodeProject(*project, {}));
    EXPECT_EQ(linkOf("H1"), buildingId("华荣上海城", "1"));
}

TEST_F(Geocoder, KeepsSpatialitesTriggersAndTheBuildingIndex) {
    for (int i = 0; i < 6000; ++i) household(fmt::format("M{}", i), "华荣上海城2号楼101室");
    const GeocodeReport r = run();
    EXPECT_EQ(r.linked, 6000);
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_master WHERE name = 'household_links_building'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'tmu_households_geom'"), 1);
    EXPECT_EQ(count(fmt::format("SELECT count(*) FROM household_links INDEXED BY household_links_building "
                                "WHERE building = {}",
                                buildingId("华荣上海城", "2"))),
              6000);
}

TEST_F(Geocoder, RefusesAReadOnlyProject) {
    household("H1", "华荣上海城1号楼101室");
    project.reset();
    auto readOnly = store::Project::open(path.string(), true);
    ASSERT_TRUE(readOnly);
    EXPECT_FALSE(geocodeProject(*readOnly, {}));
}

}  // namespace
