#include "synth/community_builder.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "synth/road_network.h"

using namespace ga::synth;

namespace {

// A small planned district and its roads, built once for every test here.
struct SmallDistrict {
    NamePool names{17};
    DistrictPlan plan;
    RoadNetwork roads;
    std::vector<CommunityFeatures> communities;
    SmallDistrict() {
        auto p = planDistrict(12000, 17, {440000, 4430000}, names);
        if (!p) throw std::runtime_error(p.error().message);
        plan = std::move(*p);
        roads = RoadNetwork::build(plan, names);
        for (size_t i = 0; i < plan.communities.size(); ++i) communities.push_back(buildCommunity(plan, i, roads, names, 17));
    }
};

const SmallDistrict& district() {
    static const SmallDistrict d;
    return d;
}

// Parses the structured forms back (a simple check, not the geocoder):
// compound + building + [unit] + room, in 号楼/座, dash and hash spelling.
struct Parsed {
    std::string compound, building, unit, room;
};
std::optional<Parsed> parseStructured(const std::string& text, const std::string& base) {
    static const std::regex haolou(R"((.*?)([0-9]+号楼|[0-9A-Z]+座)(?:([0-9]+)单元)?([0-9]+)室)");
    static const std::regex dashed(R"((.*?)([0-9A-Z]+)[-#](?:([0-9]+)-)?([0-9]+))");
    std::smatch m;
    const std::regex& re = base == "haolou" || base == "zuo" ? haolou : dashed;
    if (!std::regex_match(text, m, re)) return std::nullopt;
    std::string building = m[2].str();
    for (std::string_view suffix : {"号楼", "座"})
        if (building.ends_with(suffix)) building.resize(building.size() - suffix.size());
    return Parsed{m[1].str(), building, m[3].str(), m[4].str()};
}

}  // namespace

TEST(CommunityBuilder, StructuredAddressesParseBackToTheirTruth) {
    int checked = 0;
    for (const CommunityFeatures& c : district().communities)
        for (const SynthHousehold& h : c.households) {
            const std::string& form = h.form;
            if (form != "haolou" && form != "zuo" && form != "dash" && form != "hash") continue;
            auto parsed = parseStructured(h.address, form);
            ASSERT_TRUE(parsed) << h.address << " (" << form << ")";
            EXPECT_EQ(parsed->compound, h.truth.compound + h.truth.phase) << h.address;
            EXPECT_EQ(parsed->building, h.truth.building) << h.address;
            EXPECT_EQ(parsed->unit, h.truth.unit > 0 ? std::to_string(h.truth.unit) : "") << h.address;
            EXPECT_EQ(parsed->room, h.truth.room) << h.address;
            // The truth is the building the household was placed in.
            const SynthBuilding& b = c.buildings[h.building];
            EXPECT_EQ(b.compound, h.truth.compound + h.truth.phase);
            EXPECT_EQ(b.number, h.truth.building);
            ++checked;
        }
    EXPECT_GT(checked, 500);
}

TEST(CommunityBuilder, EveryHouseholdLivesInAResidentialBuildingOfItsCommunity) {
    for (const CommunityFeatures& c : district().communities) {
        std::vector<int> perBuilding(c.buildings.size(), 0);
        for (const SynthHousehold& h : c.households) {
            ASSERT_LT(h.building, c.buildings.size());
            ++perBuilding[h.building];
            EXPECT_TRUE(h.householdId.starts_with(c.code)) << h.householdId;
        }
        for (size_t b = 0; b < c.buildings.size(); ++b) EXPECT_EQ(perBuilding[b], c.buildings[b].households);
    }
}

TEST(CommunityBuilder, BuildingsKeepTheirRoomsWithinTheirFloorsAndUnits) {
    for (const CommunityFeatures& c : district().communities)
        for (const SynthHousehold& h : c.households) {
            const SynthBuilding& b = c.buildings[h.building];
            if (h.truth.unit > 0) {
                EXPECT_LE(h.truth.unit, b.units) << h.address;
            }
            if (!h.truth.room.empty()) {
                EXPECT_LE(h.truth.floor, b.floors) << h.address;
            }
        }
}

TEST(CommunityBuilder, GridHouseholdsAddUpToThePlan) {
    const SmallDistrict& d = district();
    long long total = 0;
    for (size_t i = 0; i < d.communities.size(); ++i) {
        const CommunityFeatures& c = d.communities[i];
        ASSERT_EQ(c.grids.size(), d.plan.communities[i].grids.size());
        std::vector<int> perGrid(c.grids.size(), 0);
        for (const SynthBuilding& b : c.buildings) perGrid[b.grid] += b.households;
        for (size_t g = 0; g < c.grids.size(); ++g) {
            EXPECT_EQ(perGrid[g], d.plan.communities[i].grids[g].households);
            EXPECT_EQ(c.grids[g].households, perGrid[g]);
        }
        total += static_cast<long long>(c.households.size());
    }
    EXPECT_EQ(total, 12000);
}

TEST(CommunityBuilder, CompoundNamesAreUniqueInTheDistrict) {
    std::set<std::string> names;
    for (const CommunityFeatures& c : district().communities)
        for (const SynthCompound& k : c.compounds) EXPECT_TRUE(names.insert(k.name).second) << k.name;
    EXPECT_GT(names.size(), 10u);
}
