#include "io/field_mapping.h"

#include <gtest/gtest.h>

using namespace ga::io;
using ga::store::Layer;
using ga::store::layerDef;

namespace {
int columnOf(const FieldMapping& m, Layer layer, std::string_view field) {
    return m.columns[static_cast<size_t>(ga::store::fieldIndex(layerDef(layer), field))];
}
}  // namespace

TEST(FieldMapping, RecognisesChineseRegisterHeaders) {
    const std::vector<std::string> headers{"序号",     "户号",     "户主姓名", "身份证号码",
                                           "联系电话", "家庭人口", "住址",     "关注人群"};
    auto m = mapFields(headers, layerDef(Layer::Households), {}, "r.csv");
    ASSERT_TRUE(m) << m.error().message;
    EXPECT_EQ(columnOf(*m, Layer::Households, "household_id"), 1);
    EXPECT_EQ(columnOf(*m, Layer::Households, "name"), 2);
    EXPECT_EQ(columnOf(*m, Layer::Households, "id_number"), 3);
    EXPECT_EQ(columnOf(*m, Layer::Households, "phone"), 4);
    EXPECT_EQ(columnOf(*m, Layer::Households, "members"), 5);
    EXPECT_EQ(columnOf(*m, Layer::Households, "address"), 6);
    EXPECT_EQ(columnOf(*m, Layer::Households, "tags"), 7);
}

TEST(FieldMapping, RecognisesBuildingAndGeometryColumns) {
    const std::vector<std::string> headers{"小区名称", "楼栋号", "门牌号", "户数", "层数", "单元数", "经度", "纬度"};
    auto m = mapFields(headers, layerDef(Layer::Buildings), {}, "b.csv");
    ASSERT_TRUE(m) << m.error().message;
    EXPECT_EQ(columnOf(*m, Layer::Buildings, "compound"), 0);
    EXPECT_EQ(columnOf(*m, Layer::Buildings, "number"), 1);
    EXPECT_EQ(columnOf(*m, Layer::Buildings, "door"), 2);
    EXPECT_EQ(columnOf(*m, Layer::Buildings, "households"), 3);
    EXPECT_EQ(columnOf(*m, Layer::Buildings, "floors"), 4);
    EXPECT_EQ(columnOf(*m, Layer::Buildings, "units"), 5);
    EXPECT_EQ(m->x, 6);
    EXPECT_EQ(m->y, 7);
}

TEST(FieldMapping, NormalisesMarkersUnitsAndSpaces) {
    EXPECT_EQ(normaliseHeader(" *人口数（人） "), "人口数");
    EXPECT_EQ(normaliseHeader("Floors (m)"), "floors");
    EXPECT_EQ(normaliseHeader("　户号　"), "户号");
}

TEST(FieldMapping, FieldOptionWinsOverRecognition) {
    const std::vector<std::string> headers{"户号", "编号"};
    auto o = parseFieldOverrides(std::vector<std::string>{"household_id=编号"}, layerDef(Layer::Households));
    ASSERT_TRUE(o);
    auto m = mapFields(headers, layerDef(Layer::Households), *o, "r.csv");
    ASSERT_TRUE(m);
    EXPECT_EQ(columnOf(*m, Layer::Households, "household_id"), 1);
}

TEST(FieldMapping, RefusesUnknownTargetsAndSources) {
    EXPECT_FALSE(parseFieldOverrides(std::vector<std::string>{"colour=颜色"}, layerDef(Layer::Households)));
    EXPECT_FALSE(parseFieldOverrides(std::vector<std::string>{"household_id"}, layerDef(Layer::Households)));
    auto o = parseFieldOverrides(std::vector<std::string>{"household_id=编码"}, layerDef(Layer::Households));
    ASSERT_TRUE(o);
    auto m = mapFields(std::vector<std::string>{"户号"}, layerDef(Layer::Households), *o, "r.csv");
    ASSERT_FALSE(m);
    EXPECT_NE(m.error().message.find("编码"), std::string::npos);
}

TEST(FieldMapping, MissingRequiredFieldNamesFileAndField) {
    auto m = mapFields(std::vector<std::string>{"地址", "人口数"}, layerDef(Layer::Households), {}, "register.csv");
    ASSERT_FALSE(m);
    EXPECT_NE(m.error().message.find("register.csv"), std::string::npos);
    EXPECT_NE(m.error().message.find("household_id"), std::string::npos);
}

TEST(FieldMapping, TellsTitleRowsFromHeaderRows) {
    EXPECT_FALSE(
        looksLikeHeader(std::vector<std::string>{"友好社区住户登记表", "", ""}, layerDef(Layer::Households), {}));
    EXPECT_TRUE(looksLikeHeader(std::vector<std::string>{"序号", "户编号", "住址"}, layerDef(Layer::Households), {}));
}
