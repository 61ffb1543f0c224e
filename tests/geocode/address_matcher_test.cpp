#include "geocode/address_matcher.h"

#include <gtest/gtest.h>

#include "geocode/batch_matcher.h"
#include "geocode/geocoder.h"
#include "mini_sources.h"

using namespace ga::geocode;

namespace {

class Matcher : public ::testing::Test {
protected:
    static void SetUpTestSuite() { index_ = new AddressIndex(AddressIndex::build(test::miniSources())); }
    static void TearDownTestSuite() { delete index_; }
    void SetUp() override { matcher_.emplace(*index_); }

    // Store id of the best candidate (0 when none).
    int64_t best(const MatchResult& r) const {
        return r.candidateCount ? index_->buildings()[r.candidates[0].building].id : 0;
    }
    bool linked(const MatchResult& r) const { return r.linkable(kDefaultThreshold); }
    MatchResult match(std::string_view a) { return matcher_->match(a); }

    static AddressIndex* index_;
    std::optional<AddressMatcher> matcher_;
};
AddressIndex* Matcher::index_ = nullptr;

TEST_F(Matcher, LinksTheExactNameAtRoomLevel) {
    const MatchResult r = match("华荣上海城12号楼2单元301室");
    EXPECT_TRUE(linked(r));
    EXPECT_EQ(best(r), 3);
    EXPECT_EQ(r.level, MatchLevel::Room);
    EXPECT_EQ(r.how, Reason::CompoundName);
    EXPECT_FLOAT_EQ(r.confidence, 1.0f);
}

TEST_F(Matcher, LinksByAliasShortenedNameAndHomophone) {
    const MatchResult alias = match("华荣城1号楼");
    EXPECT_TRUE(linked(alias));
    EXPECT_EQ(best(alias), 1);
    EXPECT_EQ(alias.how, Reason::CompoundAlias);
    EXPECT_EQ(alias.level, MatchLevel::Building);

    const MatchResult shortened = match("华荣上海2号楼1单元101");
    EXPECT_TRUE(linked(shortened));
    EXPECT_EQ(best(shortened), 2);
    EXPECT_EQ(shortened.how, Reason::CompoundShortened);

    const MatchResult homophone = match("华容上海城2号楼");
    EXPECT_TRUE(linked(homophone));
    EXPECT_EQ(best(homophone), 2);
    EXPECT_EQ(homophone.how, Reason::CompoundSimilar);
    EXPECT_LT(homophone.confidence, 0.95f);
}

TEST_F(Matcher, ForgivesAnyHomophoneOfTheReadingTableAndAnAccentsNearHomophone) {
    // 呈 (cheng2 like 城) and 伤 (shang1 for 上 shang4) were never in a hand-made confusion list.
    for (std::string_view text : {"华荣上海呈2号楼", "华荣伤海城2号楼", "华荣上海岑2号楼"}) {
        const MatchResult r = match(text);
        EXPECT_EQ(best(r), 2) << text;
        EXPECT_EQ(r.how, Reason::CompoundSimilar) << text;
    }
    EXPECT_TRUE(linked(match("华荣上海呈2号楼")));
    // A near-homophone costs more than a homophone.
    EXPECT_LT(match("华荣上海岑2号楼").confidence, match("华荣上海呈2号楼").confidence);
}

TEST_F(Matcher, LinksARoadAndDoor) {
    const MatchResult r = match("友好社区育才路77号1单元101室");
    EXPECT_TRUE(linked(r));
    EXPECT_EQ(best(r), 10);
    EXPECT_EQ(r.how, Reason::RoadDoor);
    EXPECT_EQ(best(match("八一路5号")), 12);
}

TEST_F(Matcher, PicksThePhaseThatHasTheBuilding) {
    const MatchResult unique = match("馨苑花苑5号楼1单元201");
    EXPECT_TRUE(linked(unique));
    EXPECT_EQ(best(unique), 9);
    EXPECT_EQ(unique.how, Reason::CompoundWithoutPhase);

    const MatchResult both = match("馨苑花苑3号楼1单元201");
    EXPECT_FALSE(linked(both));
    EXPECT_EQ(both.problem, Reason::Ambiguous);
    EXPECT_EQ(both.candidateCount, 2);

    EXPECT_EQ(best(match("馨苑花苑（二期）3号楼")), 8);
}

TEST_F(Matcher, NeverLinksABuildingThatDoesNotExist) {
    const MatchResult number = match("华荣上海城16号楼2单元301");
    EXPECT_FALSE(linked(number));
    EXPECT_EQ(number.level, MatchLevel::Compound);
    EXPECT_EQ(number.problem, Reason::BuildingNotFound);
    ASSERT_GT(number.candidateCount, 0);
    EXPECT_EQ(index_->buildings()[number.candidates[0].building].compound,
              index_->buildings()[0].compound);  // candidates from 华荣上海城, not 和盛世华城 16

    const MatchResult door = match("育才路78号");
    EXPECT_FALSE(linked(door));
    EXPECT_EQ(door.problem, Reason::DoorNotFound);
    EXPECT_EQ(door.level, MatchLevel::Road);

    const MatchResult compound = match("幸福家园3号楼");
    EXPECT_FALSE(linked(compound));
    EXPECT_EQ(compound.problem, Reason::CompoundNotFound);
}

TEST_F(Matcher, DoesNotLinkWhereTheUnitOrFloorDoesNotFit) {
    const MatchResult r = match("华荣上海城1号楼5单元301");
    EXPECT_FALSE(linked(r));
    EXPECT_EQ(best(r), 1);
    EXPECT_FALSE(linked(match("华荣上海城1号楼1单元1801")));
}

TEST_F(Matcher, LeavesABuildingNumberWithoutCompoundToTheOperator) {
    const MatchResult r = match("1号楼2单元301室");
    EXPECT_FALSE(linked(r));
    EXPECT_GE(r.candidateCount, 2);
}

TEST_F(Matcher, RefusesAnAddressOfAnotherDistrict) {
    const MatchResult r = match("北京市海淀区华荣上海城1号楼");
    EXPECT_FALSE(linked(r));
    EXPECT_EQ(r.problem, Reason::OutsideProject);
    EXPECT_TRUE(linked(match("江苏省南通市如东县掘港街道友好社区华荣上海城1号楼")));
}

TEST_F(Matcher, GivesEveryBadInputItsReason) {
    EXPECT_EQ(match("").problem, Reason::EmptyAddress);
    EXPECT_EQ(match("   ").problem, Reason::EmptyAddress);
    EXPECT_EQ(match(std::string("\x01\xff\xfe\x02\x03\x89\x7f", 7)).problem, Reason::NotAnAddress);
    EXPECT_EQ(match("!!!???").problem, Reason::NotAnAddress);
    std::string huge;
    for (int i = 0; i < 500; ++i) huge += "华荣上海城";
    EXPECT_EQ(match(huge).problem, Reason::TooLong);
}

TEST_F(Matcher, ReasonsHaveStableIdsAndWords) {
    for (int r = 0; r <= static_cast<int>(Reason::PointDisagrees); ++r) {
        const auto reason = static_cast<Reason>(r);
        if (reason == Reason::None) continue;
        EXPECT_FALSE(reasonId(reason).empty()) << r;
        EXPECT_FALSE(reasonWords(reason).empty()) << r;
        EXPECT_EQ(reasonFromId(reasonId(reason)), reason) << r;
    }
}

TEST(BatchMatcher, LearnsACompoundsGateFromTheAddressesThatNameIt) {
    AddressIndex index = AddressIndex::build(test::miniSources());
    const std::vector<std::string> addresses = {"人民路93号1号楼2单元301", "人民路95号1号楼2单元301"};
    auto results = matchBatch(
        index, addresses.size(), [&](size_t i) { return std::string_view(addresses[i]); }, [](size_t) { return false; },
        BatchOptions{});
    ASSERT_TRUE(results) << results.error().message;
    // 人民路93号 is 华荣上海城's gate (an organisation's address says so); 95号 is nothing known.
    EXPECT_TRUE((*results)[0].linkable(kDefaultThreshold));
    EXPECT_EQ(index.buildings()[(*results)[0].candidates[0].building].id, 1);
    EXPECT_EQ((*results)[0].how, Reason::CompoundGate);
    EXPECT_FALSE((*results)[1].linkable(kDefaultThreshold));
}

TEST(BatchMatcher, StopsWhenCancelled) {
    AddressIndex index = AddressIndex::build(test::miniSources());
    std::atomic<bool> cancelled{true};
    BatchOptions o;
    o.cancelled = &cancelled;
    auto results = matchBatch(
        index, 10, [](size_t) { return std::string_view("华荣上海城1号楼"); }, [](size_t) { return false; }, o);
    EXPECT_FALSE(results);
}

}  // namespace
