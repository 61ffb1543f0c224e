#include "io/dbf_field_names.h"

#include <gtest/gtest.h>

using namespace ga::io;

TEST(DbfFieldNames, UsesTheDocumentedShortNames) {
    const std::vector<std::string> cols{"id", "household_id", "building_id", "match_level", "confidence", "grid"};
    const auto names = dbfFieldNames(cols);
    EXPECT_EQ(names, (std::vector<std::string>{"id", "hh_id", "bldg_id", "match_lvl", "confidence", "grid"}));
    for (const auto& n : names) EXPECT_LE(n.size(), 10u);
}

TEST(DbfFieldNames, ShortensUnknownLongNamesUniquely) {
    const std::vector<std::string> cols{"a_very_long_name_one", "a_very_long_name_two"};
    const auto names = dbfFieldNames(cols);
    EXPECT_EQ(names[0], "a_very_lon");
    EXPECT_EQ(names[1], "a_very_lo1");
}
