#include "synth/homophones.h"

#include <gtest/gtest.h>

#include <set>

#include "core/utf8.h"
#include "geocode/pinyin_table.h"

using namespace ga::synth;
using ga::decodeUtf8;
using ga::utf8Chars;
using ga::geocode::PinyinTable;

namespace {

// Positions where `a` and `b` (of equal length) differ.
std::vector<size_t> differences(std::string_view a, std::string_view b) {
    const std::u32string x = decodeUtf8(a), y = decodeUtf8(b);
    std::vector<size_t> out;
    if (x.size() != y.size()) return {~size_t{0}};
    for (size_t i = 0; i < x.size(); ++i)
        if (x[i] != y[i]) out.push_back(i);
    return out;
}

bool shareASyllable(char32_t a, char32_t b) {
    for (const auto& x : PinyinTable::builtIn().readings(a))
        for (const auto& y : PinyinTable::builtIn().readings(b))
            if (x.syllable == y.syllable) return true;
    return false;
}

}  // namespace

TEST(Homophones, NoCharacterIsInTwoObservedGroups) {
    std::set<std::string_view> seen;
    for (std::string_view group : observedConfusions())
        for (std::string_view c : utf8Chars(group)) EXPECT_TRUE(seen.insert(c).second) << c;
}

TEST(Homophones, TypoReplacesOneCharacterByOneOfTheSameSyllable) {
    Rng rng(7);
    const std::u32string name = decodeUtf8("华荣上海城");
    for (int i = 0; i < 200; ++i) {
        auto typo = withHomophoneTypo("华荣上海城", rng);
        ASSERT_TRUE(typo);
        const auto diff = differences("华荣上海城", *typo);
        ASSERT_EQ(diff.size(), 1u) << *typo;
        EXPECT_TRUE(shareASyllable(name[diff[0]], decodeUtf8(*typo)[diff[0]])) << *typo;
    }
}

TEST(Homophones, DrawsFarMoreConfusionsThanTheObservedList) {
    // 华荣上海城 has 5 characters; the observed list holds alternatives for 3 of them (华, 荣, 城, 上)
    // with 14 characters in all; the reading table offers dozens.
    Rng rng(3);
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) seen.insert(*withHomophoneTypo("华荣上海城", rng));
    EXPECT_GT(seen.size(), 40u);
    EXPECT_TRUE(seen.contains("华容上海城"));
    EXPECT_TRUE(seen.contains("华荣上海成"));
}

TEST(Homophones, CanTurnHuaRongIntoHuaRong) {
    Rng rng(1);
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) seen.insert(*withHomophoneTypo("华荣", rng));
    EXPECT_TRUE(seen.contains("华容"));
}

TEST(Homophones, AccentTypoChangesTheSyllable) {
    Rng rng(5);
    const std::u32string name = decodeUtf8("文峰财富广场");
    std::set<std::string> seen;
    for (int i = 0; i < 300; ++i) {
        auto typo = withAccentTypo("文峰财富广场", rng);
        ASSERT_TRUE(typo);
        const auto diff = differences("文峰财富广场", *typo);
        ASSERT_EQ(diff.size(), 1u) << *typo;
        const char32_t was = name[diff[0]], now = decodeUtf8(*typo)[diff[0]];
        EXPECT_NE(PinyinTable::builtIn().readings(was).front().syllable,
                  PinyinTable::builtIn().readings(now).front().syllable)
            << *typo;
        seen.insert(*typo);
    }
    // 场 chang → 馋 chan or 厂 is not one (same syllable); 广 guang → 管 guan; 峰 feng → 分 fen.
    EXPECT_GT(seen.size(), 10u);
}

TEST(Homophones, TextWithoutChineseHasNoTypo) {
    Rng rng(1);
    EXPECT_FALSE(withHomophoneTypo("12#A", rng));
    EXPECT_FALSE(withAccentTypo("12#A", rng));
}
