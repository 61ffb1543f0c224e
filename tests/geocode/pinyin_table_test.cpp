#include "geocode/pinyin_table.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ga::geocode;

namespace {

std::string readingsOf(const PinyinTable& t, char32_t c) {
    std::string out;
    for (const Reading& r : t.readings(c)) {
        if (!out.empty()) out += ' ';
        out += std::string(t.syllable(r.syllable)) + std::to_string(r.tone);
    }
    return out;
}

}  // namespace

TEST(PinyinTable, HoldsEveryCharacterOfGb2312AndTheRestOfGbk) {
    const PinyinTable& t = PinyinTable::builtIn();
    EXPECT_EQ(t.size(), 20892u);
    EXPECT_EQ(t.syllableCount(), 419u);
    // First and last characters of GB 2312 level 1 (啊, 座) and level 2 (亍, 齄).
    EXPECT_EQ(t.commonness(U'啊'), 1);
    EXPECT_EQ(t.commonness(U'座'), 1);
    EXPECT_EQ(t.commonness(U'亍'), 2);
    EXPECT_EQ(t.commonness(U'齄'), 2);
    EXPECT_EQ(t.commonness(U'堃'), 3);  // GBK, not GB 2312: common in given names
    EXPECT_EQ(t.commonness(U'A'), 0);
    EXPECT_TRUE(t.readings(U'1').empty());
}

TEST(PinyinTable, GivesTheUsualReadingFirst) {
    const PinyinTable& t = PinyinTable::builtIn();
    EXPECT_EQ(readingsOf(t, U'荣'), "rong2");
    EXPECT_EQ(readingsOf(t, U'绿'), "lv4 lu4");
    EXPECT_EQ(readingsOf(t, U'行').substr(0, 11), "xing2 hang2");
    EXPECT_EQ(readingsOf(t, U'了').substr(0, 3), "le5");
}

TEST(PinyinTable, ListsTheCharactersOfASyllableMostCommonFirst) {
    const PinyinTable& t = PinyinTable::builtIn();
    const uint16_t rong = t.syllableId("rong");
    ASSERT_NE(rong, kNoSyllable);
    const auto chars = t.charactersWith(rong);
    for (char32_t c : {U'荣', U'容', U'蓉', U'融', U'榕'})
        EXPECT_NE(std::find(chars.begin(), chars.end(), c), chars.end());
    EXPECT_TRUE(std::is_sorted(chars.begin(), chars.end(),
                               [&](char32_t a, char32_t b) { return t.commonness(a) < t.commonness(b); }));
    EXPECT_EQ(t.syllableId("xyz"), kNoSyllable);
}

TEST(PinyinTable, NamesTheLineOfAMalformedTable) {
    EXPECT_TRUE(PinyinTable::parse("荣\t1\trong2\n容\t1\trong2 yong3\n", "t.txt"));
    const auto noTone = PinyinTable::parse("荣\t1\trong2\n容\t1\trong\n", "t.txt");
    ASSERT_FALSE(noTone);
    EXPECT_EQ(noTone.error().message, "t.txt:2: a reading lacks its tone digit");
    const auto twice = PinyinTable::parse("荣\t1\trong2\n荣\t1\trong2\n", "t.txt");
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().message, "t.txt:2: the character is listed twice");
    EXPECT_FALSE(PinyinTable::parse("A\t1\ta1\n", "t.txt"));
    EXPECT_FALSE(PinyinTable::parse("荣\t7\trong2\n", "t.txt"));
}
