#include "geocode/address_parser.h"

#include <gtest/gtest.h>

#include "geocode/address_index.h"
#include "mini_sources.h"

using namespace ga::geocode;

namespace {

class Parser : public ::testing::Test {
protected:
    static void SetUpTestSuite() { index_ = new AddressIndex(AddressIndex::build(test::miniSources())); }
    static void TearDownTestSuite() { delete index_; }
    static ParsedAddress parse(std::string_view address) {
        return parseAddress(normalizeAddress(address).text, index_->parseContext());
    }
    static AddressIndex* index_;
};
AddressIndex* Parser::index_ = nullptr;

TEST_F(Parser, TakesTheWordedFormApart) {
    const ParsedAddress p = parse("华荣上海城12号楼2单元301室");
    EXPECT_EQ(p.compound, "华荣上海城");
    EXPECT_EQ(p.building, "12");
    EXPECT_EQ(p.unit, 2);
    EXPECT_EQ(p.room, "301");
    EXPECT_EQ(p.impliedFloor(), 3);
    EXPECT_TRUE(p.unplaced.empty());
}

TEST_F(Parser, ReadsDashAndHashForms) {
    for (const char* a : {"华荣上海城12-2-301", "华荣上海城12#2-301"}) {
        const ParsedAddress p = parse(a);
        EXPECT_EQ(p.building, "12") << a;
        EXPECT_EQ(p.unit, 2) << a;
        EXPECT_EQ(p.room, "301") << a;
    }
    const ParsedAddress h = parse("华荣上海城12#301");
    EXPECT_EQ(h.building, "12");
    EXPECT_EQ(h.unit, 0);
    EXPECT_EQ(h.room, "301");
}

TEST_F(Parser, TakesNHaoBeforeAUnitForTheBuilding) {
    const ParsedAddress p = parse("华荣上海城12号2单元301");
    EXPECT_EQ(p.building, "12");
    EXPECT_EQ(p.unit, 2);
    EXPECT_EQ(p.room, "301");
    const ParsedAddress r = parse("华荣上海城12号2门301号");
    EXPECT_EQ(r.building, "12");
    EXPECT_EQ(r.room, "301");
}

TEST_F(Parser, ReadsDiDongLettersAndFloors) {
    EXPECT_EQ(parse("华荣上海城第十二栋").building, "12");
    EXPECT_EQ(parse("文峰财富广场a座1001").building, "A");
    const ParsedAddress f = parse("华荣上海城2栋3梯5层502");
    EXPECT_EQ(f.unit, 3);
    EXPECT_EQ(f.floor, 5);
    EXPECT_EQ(f.room, "502");
}

TEST_F(Parser, TakesTheRoadAndDoorOfAHouse) {
    const ParsedAddress p = parse("育才路77号1单元101室");
    EXPECT_EQ(p.road, "育才路");
    EXPECT_EQ(p.door, "77");
    EXPECT_TRUE(p.compound.empty());
    EXPECT_TRUE(p.building.empty());
    EXPECT_EQ(p.unit, 1);
    EXPECT_EQ(p.room, "101");
    const ParsedAddress d = parse("育才路79号1-102");
    EXPECT_EQ(d.unit, 1);
    EXPECT_EQ(d.room, "102");
}

TEST_F(Parser, TakesARoadAndDoorBeforeTheCompound) {
    const ParsedAddress p = parse("人民路93号华荣上海城12栋2单元301室");
    EXPECT_EQ(p.road, "人民路");
    EXPECT_EQ(p.door, "93");
    EXPECT_EQ(p.compound, "华荣上海城");
    EXPECT_EQ(p.building, "12");
    const ParsedAddress gate = parse("人民路93号华荣上海城");
    EXPECT_EQ(gate.compound, "华荣上海城");
    EXPECT_TRUE(gate.building.empty());
    const ParsedAddress three = parse("人民路93号12-1-801");
    EXPECT_EQ(three.building, "12");
    EXPECT_EQ(three.unit, 1);
}

TEST_F(Parser, SplitsARoadFromTheCompoundAfterIt) {
    const ParsedAddress p = parse("八一路附近华荣上海城1号楼");
    EXPECT_EQ(p.road, "八一路");
    EXPECT_EQ(p.compound, "华荣上海城");
    EXPECT_EQ(p.building, "1");
}

TEST_F(Parser, KeepsThePhaseApartFromTheName) {
    const ParsedAddress p = parse("馨苑花苑（二期）3号楼");
    EXPECT_EQ(p.compound, "馨苑花苑");
    EXPECT_EQ(p.phase, "2期");
    EXPECT_EQ(p.building, "3");
}

TEST_F(Parser, StripsAdministrativePrefixes) {
    const ParsedAddress p = parse("江苏省南通市如东县掘港街道友好社区华荣上海城1号楼");
    EXPECT_EQ(p.admin.names.size(), 5u);
    EXPECT_EQ(p.compound, "华荣上海城");
    EXPECT_TRUE(p.admin.outsideName.empty());
}

TEST_F(Parser, KeepsWhatItCannotPlace) {
    const ParsedAddress p = parse("华荣上海城12号楼2单元301室物业旁");
    EXPECT_EQ(p.room, "301");
    ASSERT_EQ(p.unplaced.size(), 1u);
    EXPECT_EQ(p.unplaced[0], "物业旁");
}

}  // namespace
