#include "io/value_parsing.h"

#include <gtest/gtest.h>

using namespace ga::io;
using ga::store::FieldType;

namespace {
std::string parsed(FieldType t, std::string_view raw) {
    std::string out;
    auto r = parseValue(t, raw, out);
    if (!r) return "error: " + r.error().message;
    return *r ? out : "(empty)";
}
}  // namespace

TEST(ValueParsing, ReadsWholeNumbersAsSpreadsheetsWriteThem) {
    EXPECT_EQ(parsed(FieldType::Integer, "12"), "12");
    EXPECT_EQ(parsed(FieldType::Integer, " 12.0 "), "12");
    EXPECT_EQ(parsed(FieldType::Integer, "１２"), "12");
    EXPECT_EQ(parsed(FieldType::Integer, ""), "(empty)");
    EXPECT_EQ(parsed(FieldType::Integer, "　"), "(empty)");
}

TEST(ValueParsing, RejectsTextInNumberFields) {
    EXPECT_EQ(parsed(FieldType::Integer, "abc"), "error: 'abc' is not a whole number");
    EXPECT_EQ(parsed(FieldType::Integer, "12.5"), "error: '12.5' is not a whole number");
    EXPECT_EQ(parsed(FieldType::Real, "0.9x"), "error: '0.9x' is not a number");
}

TEST(ValueParsing, NormalisesTheDateFormsRegistersUse) {
    EXPECT_EQ(parsed(FieldType::Date, "2024-03-01"), "2024-03-01");
    EXPECT_EQ(parsed(FieldType::Date, "2024/3/1"), "2024-03-01");
    EXPECT_EQ(parsed(FieldType::Date, "2024.3.1"), "2024-03-01");
    EXPECT_EQ(parsed(FieldType::Date, "2024年3月1日"), "2024-03-01");
    EXPECT_EQ(parsed(FieldType::Date, "20240301"), "2024-03-01");
    EXPECT_EQ(parsed(FieldType::Date, "2025-11-01 09:07"), "2025-11-01T09:07:00");
    EXPECT_EQ(parsed(FieldType::Date, "2025-11-01T09:07:30Z"), "2025-11-01T09:07:30");
    EXPECT_EQ(parsed(FieldType::Date, "45352"), "2024-03-01");  // Excel serial day
}

TEST(ValueParsing, RejectsImpossibleDates) {
    EXPECT_TRUE(parsed(FieldType::Date, "2024-02-30").starts_with("error"));
    EXPECT_TRUE(parsed(FieldType::Date, "昨天").starts_with("error"));
    EXPECT_TRUE(parsed(FieldType::Date, "2024-03-01 25:00").starts_with("error"));
}

TEST(ValueParsing, ReadsDecimalCoordinates) {
    EXPECT_DOUBLE_EQ(*parseCoordinate(" 121.1888279 "), 121.1888279);
    EXPECT_FALSE(parseCoordinate("东经121度"));
}
