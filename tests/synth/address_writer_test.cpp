#include "synth/address_writer.h"

#include <gtest/gtest.h>

#include <set>

using namespace ga::synth;

namespace {

AddressTruth huaRong() {
    AddressTruth t;
    t.province = "北京市";
    t.city = "北京市";
    t.county = "海淀区";
    t.street = "学院路街道";
    t.community = "友好社区";
    t.road = "人民路";
    t.door = "58";
    t.compound = "华荣上海城";
    t.phase = "二期";
    t.oldNames = {"纺织厂宿舍"};
    t.building = "12";
    t.unit = 2;
    t.room = "301";
    return t;
}

AddressSample write(const AddressForm& f, AddressTruth t = huaRong(), uint64_t seed = 1) {
    Rng rng(seed);
    return writeAddress(t, f, rng);
}

AddressForm with(BuildingStyle s) {
    AddressForm f;
    f.building = s;
    return f;
}

bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST(AddressWriter, WritesThePlainForm) {
    const auto a = write({});
    EXPECT_EQ(a.text, "华荣上海城二期12号楼2单元301室");
    EXPECT_EQ(a.form, "haolou");
}

TEST(AddressWriter, WritesEachBuildingWord) {
    EXPECT_EQ(write(with(BuildingStyle::Dong)).text, "华荣上海城二期12栋2单元301室");
    EXPECT_EQ(write(with(BuildingStyle::Zhuang)).text, "华荣上海城二期12幢2单元301室");
    EXPECT_EQ(write(with(BuildingStyle::Zuo)).text, "华荣上海城二期12座2单元301室");
    EXPECT_EQ(write(with(BuildingStyle::DiDong)).text, "华荣上海城二期第12栋2单元301室");
    EXPECT_EQ(write(with(BuildingStyle::DiDong)).form, "di_dong");
}

TEST(AddressWriter, WritesHaoBeforeAUnitAsTheBuilding) {
    const auto a = write(with(BuildingStyle::HaoBeforeUnit));
    EXPECT_EQ(a.text, "华荣上海城二期12号2单元301室");
    EXPECT_EQ(a.form, "hao_unit");
}

TEST(AddressWriter, WritesDashAndHashForms) {
    AddressForm f = with(BuildingStyle::Dash);
    f.room = RoomWord::Bare;
    EXPECT_EQ(write(f).text, "华荣上海城二期12-2-301");
    EXPECT_EQ(write(f).form, "dash");
    f.building = BuildingStyle::Hash;
    EXPECT_EQ(write(f).text, "华荣上海城二期12#2-301");
    f.room = RoomWord::Shi;
    EXPECT_EQ(write(f).text, "华荣上海城二期12#2-301室");
    EXPECT_EQ(write(f).form, "hash+room:shi");
}

TEST(AddressWriter, WritesFullWidthDigits) {
    AddressForm f;
    f.numerals = NumeralStyle::FullWidth;
    const auto a = write(f);
    EXPECT_EQ(a.text, "华荣上海城二期１２号楼２单元３０１室");
    EXPECT_EQ(a.form, "haolou+numerals:fullwidth");
}

TEST(AddressWriter, WritesChineseNumerals) {
    AddressForm f;
    f.numerals = NumeralStyle::Chinese;
    for (uint64_t seed = 1; seed < 20; ++seed) {
        const auto a = write(f, huaRong(), seed);
        EXPECT_TRUE(a.text.starts_with("华荣上海城二期十二号楼")) << a.text;
        EXPECT_TRUE(contains(a.text, "二单元") || contains(a.text, "两单元")) << a.text;
        EXPECT_TRUE(a.text.ends_with("三〇一室") || a.text.ends_with("三零一室")) << a.text;
        EXPECT_EQ(a.form, "haolou+numerals:chinese");
    }
}

TEST(AddressWriter, WritesLetterBuildingsWithZuoOrDong) {
    AddressTruth t = huaRong();
    t.building = "A";
    EXPECT_EQ(write({}, t).text, "华荣上海城二期A座2单元301室");
    EXPECT_EQ(write({}, t).form, "zuo");
    AddressForm lower;
    lower.lowercaseLetter = true;
    EXPECT_EQ(write(lower, t).text, "华荣上海城二期a座2单元301室");
    EXPECT_EQ(write(lower, t).form, "zuo+letter:lower");
    t.building = "B";
    EXPECT_EQ(write(with(BuildingStyle::Dong), t).text, "华荣上海城二期B栋2单元301室");
}

TEST(AddressWriter, WritesUnitAndRoomSynonymsAndTheFloor) {
    AddressForm f;
    f.unit = UnitWord::Men;
    f.room = RoomWord::Hu;
    EXPECT_EQ(write(f).text, "华荣上海城二期12号楼2门301户");
    EXPECT_EQ(write(f).form, "haolou+unit:men+room:hu");
    f.unit = UnitWord::Ti;
    f.room = RoomWord::Fang;
    f.withFloor = true;
    EXPECT_EQ(write(f).text, "华荣上海城二期12号楼2梯3层301房");
    EXPECT_EQ(write(f).form, "haolou+unit:ti+floor+room:fang");
}

TEST(AddressWriter, WritesAdministrativePrefixes) {
    AddressForm f;
    f.admin = AdminPrefix::Full;
    EXPECT_EQ(write(f).text, "北京市海淀区学院路街道友好社区华荣上海城二期12号楼2单元301室");
    EXPECT_EQ(write(f).form, "haolou+admin:full");
    f.admin = AdminPrefix::County;
    EXPECT_EQ(write(f).text, "海淀区华荣上海城二期12号楼2单元301室");
    f.admin = AdminPrefix::Community;
    EXPECT_EQ(write(f).text, "友好社区华荣上海城二期12号楼2单元301室");
    f.admin = AdminPrefix::Street;
    EXPECT_EQ(write(f).text, "学院路街道友好社区华荣上海城二期12号楼2单元301室");
    f.admin = AdminPrefix::City;
    for (uint64_t seed = 1; seed < 10; ++seed) {
        const auto a = write(f, huaRong(), seed);
        EXPECT_TRUE(a.text.starts_with("北京市海淀区华荣") || a.text.starts_with("北京海淀区华荣")) << a.text;
    }
}

TEST(AddressWriter, WritesTheRoadAndDoorBeforeTheCompound) {
    AddressForm f;
    f.roadFirst = true;
    EXPECT_EQ(write(f).text, "人民路58号华荣上海城二期12号楼2单元301室");
    EXPECT_EQ(write(f).form, "haolou+road_first");
    f.compound = CompoundStyle::Missing;
    EXPECT_EQ(write(f).text, "人民路58号12号楼2单元301室");
    EXPECT_EQ(write(f).form, "haolou+road_first+compound:missing");
}

TEST(AddressWriter, WritesCompoundVariants) {
    AddressForm f;
    f.compound = CompoundStyle::NoPhase;
    EXPECT_EQ(write(f).text, "华荣上海城12号楼2单元301室");
    f.compound = CompoundStyle::Shortened;
    EXPECT_EQ(write(f).text, "华荣上海二期12号楼2单元301室");
    EXPECT_EQ(write(f).form, "haolou+compound:short");
    f.compound = CompoundStyle::OldName;
    EXPECT_EQ(write(f).text, "纺织厂宿舍二期12号楼2单元301室");
    EXPECT_EQ(write(f).form, "haolou+compound:old_name");
    f.compound = CompoundStyle::Homophone;
    const auto a = write(f);
    EXPECT_NE(a.text, "华荣上海城二期12号楼2单元301室");
    EXPECT_TRUE(a.text.ends_with("二期12号楼2单元301室")) << a.text;
    EXPECT_EQ(a.form, "haolou+compound:homophone");
    f.compound = CompoundStyle::NearHomophone;
    const auto n = write(f);
    EXPECT_NE(n.text, "华荣上海城二期12号楼2单元301室");
    EXPECT_TRUE(n.text.ends_with("二期12号楼2单元301室")) << n.text;
    EXPECT_EQ(n.form, "haolou+compound:near_homophone");
}

TEST(AddressWriter, FallsBackWhenTheTruthCannotShowAVariant) {
    AddressTruth t = huaRong();
    t.phase.clear();
    t.oldNames.clear();
    AddressForm f;
    f.compound = CompoundStyle::OldName;
    EXPECT_EQ(write(f, t).text, "华荣上海城12号楼2单元301室");
    EXPECT_EQ(write(f, t).form, "haolou");
    t.unit = 0;
    t.room.clear();
    EXPECT_EQ(write(with(BuildingStyle::Dash), t).text, "华荣上海城12号楼");
    EXPECT_EQ(write(with(BuildingStyle::HaoBeforeUnit), t).form, "haolou");
}

TEST(AddressWriter, AddsNoise) {
    AddressForm f;
    f.noise = Noise::Brackets;
    const auto b = write(f);
    EXPECT_TRUE(contains(b.text, "（二期）") || contains(b.text, "(二期)")) << b.text;
    EXPECT_EQ(b.form, "haolou+noise:brackets");
    f.noise = Noise::Nearby;
    EXPECT_EQ(write(f).text, "人民路附近华荣上海城二期12号楼2单元301室");
    f.noise = Noise::TrailingPhone;
    const auto p = write(f);
    EXPECT_TRUE(p.text.starts_with("华荣上海城二期12号楼2单元301室")) << p.text;
    EXPECT_GE(p.text.size(), std::string("华荣上海城二期12号楼2单元301室").size() + 11);
    f.noise = Noise::Spaces;
    f.admin = AdminPrefix::County;
    const auto s = write(f);
    EXPECT_TRUE(contains(s.text, " ") || contains(s.text, "　")) << s.text;
    EXPECT_EQ(s.form, "haolou+admin:county+noise:spaces");
}

TEST(AddressWriter, WritesHousesOnALaneByRoadAndDoor) {
    AddressTruth t = huaRong();
    t.compound.clear();
    t.phase.clear();
    t.building.clear();
    t.unit = 0;
    t.road = "王各庄三巷";
    t.door = "12";
    t.room.clear();
    EXPECT_EQ(write({}, t).text, "王各庄三巷12号");
    EXPECT_EQ(write({}, t).form, "road_door");
    t.room = "201";
    EXPECT_EQ(write({}, t).text, "王各庄三巷12号201室");
}

TEST(AddressWriter, IsDeterministicForASeed) {
    auto run = [](uint64_t seed) {
        Rng rng(seed);
        std::string all;
        for (int i = 0; i < 300; ++i) all += writeAddress(huaRong(), randomAddressForm(rng), rng).text + "\n";
        return all;
    };
    EXPECT_EQ(run(42), run(42));
    EXPECT_NE(run(42), run(43));
}

TEST(AddressWriter, RandomFormsCoverEveryBuildingStyle) {
    Rng rng(11);
    std::set<std::string> bases;
    for (int i = 0; i < 3000; ++i) {
        const auto a = writeAddress(huaRong(), randomAddressForm(rng), rng);
        ASSERT_FALSE(a.text.empty());
        bases.insert(a.form.substr(0, a.form.find('+')));
    }
    for (const char* b : {"haolou", "dong", "zhuang", "zuo", "di_dong", "hao_unit", "dash", "hash"})
        EXPECT_TRUE(bases.contains(b)) << b;
}

TEST(ShortenedCompoundName, DropsAGenericEndingOrTheLastCharacter) {
    EXPECT_EQ(shortenedCompoundName("华荣花园"), "华荣");
    EXPECT_EQ(shortenedCompoundName("和盛世华城"), "和盛世华");
    EXPECT_EQ(shortenedCompoundName("文峰"), "文峰");
}
