#include "geocode/divisions.h"

#include <gtest/gtest.h>

#include "geocode/admin_prefix.h"

using namespace ga::geocode;
using ga::decodeUtf8;
using ga::toUtf8;

namespace {

std::vector<std::string> codesNamed(const NameTrie& trie, std::u32string_view name) {
    std::vector<std::string> out;
    trie.prefixes(name, [&](size_t len, const std::vector<uint32_t>& ids) {
        if (len == name.size())
            for (uint32_t i : ids) out.push_back(DivisionList::national()[i].code);
    });
    return out;
}

TEST(Divisions, HoldsTheNationalListDownToStreets) {
    const DivisionList& list = DivisionList::national();
    EXPECT_GT(list.size(), 44000u);
    const int64_t county = list.find("320623");
    ASSERT_GE(county, 0);
    EXPECT_EQ(toUtf8(list[static_cast<uint32_t>(county)].name), "如东县");
    EXPECT_EQ(list[static_cast<uint32_t>(county)].level, DivisionLevel::County);
    EXPECT_EQ(codesNamed(list.names(), U"掘港街道"), std::vector<std::string>{"320623001"});
    EXPECT_EQ(list.find("320623999"), -1);
}

TEST(Divisions, KnowsTheNamesPeopleWriteWithoutTheirEnding) {
    const DivisionList& list = DivisionList::national();
    EXPECT_EQ(codesNamed(list.shortNames(), U"江苏"), std::vector<std::string>{"32"});
    EXPECT_EQ(codesNamed(list.shortNames(), U"南通"), std::vector<std::string>{"3206"});
    EXPECT_EQ(codesNamed(list.names(), U"市辖区"), std::vector<std::string>{});
}

TEST(Divisions, NestsCodesByPrefix) {
    EXPECT_TRUE(codesNested("320623", "320623001001"));
    EXPECT_TRUE(codesNested("32", "320623"));
    EXPECT_FALSE(codesNested("320623002", "320623001001"));
}

class AdminPrefixTest : public ::testing::Test {
protected:
    AdminMatcher matcher{DivisionList::national(),
                         {{"320623001001", U"友好社区", true}, {"320623001", U"掘港街道", false}},
                         "320623001001"};
};

TEST_F(AdminPrefixTest, TakesEveryLevelOffTheFront) {
    const std::u32string text = U"江苏省南通市如东县掘港街道友好社区华荣上海城";
    const AdminPrefix a = matcher.match(text);
    EXPECT_EQ(a.names, (std::vector<std::string>{"江苏省", "南通市", "如东县", "掘港街道", "友好社区"}));
    EXPECT_EQ(text.substr(a.length), U"华荣上海城");
    EXPECT_TRUE(a.outsideName.empty());
    EXPECT_EQ(a.localAreas.size(), 2u);
}

TEST_F(AdminPrefixTest, TakesShortNamesOnlyBeforeAnotherDivision) {
    EXPECT_EQ(matcher.match(U"江苏如东县育才路").names, (std::vector<std::string>{"江苏", "如东县"}));
    EXPECT_EQ(matcher.match(U"如东路12号").length, 0u);
}

TEST_F(AdminPrefixTest, TellsAnAddressOfAnotherDistrict) {
    const AdminPrefix a = matcher.match(U"北京市海淀区学院路街道华荣上海城");
    EXPECT_EQ(a.outsideName, "北京市");
    EXPECT_EQ(a.names.size(), 3u);
}

TEST_F(AdminPrefixTest, LeavesARoadNamedAfterADivisionWhole) {
    NameTrie roads;
    roads.insert(U"镶黄旗东路", 0);
    const NameTrie* keep[] = {&roads};
    EXPECT_EQ(matcher.match(U"镶黄旗东路61号", keep).length, 0u);
    EXPECT_FALSE(matcher.match(U"镶黄旗东路61号").outsideName.empty());
}

}  // namespace
