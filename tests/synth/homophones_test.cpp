#include "synth/homophones.h"

#include <gtest/gtest.h>

#include <set>

#include "core/utf8.h"

using namespace ga::synth;
using ga::utf8Chars;

TEST(Homophones, NoCharacterIsInTwoGroups) {
    std::set<std::string_view> seen;
    for (std::string_view group : homophoneGroups())
        for (std::string_view c : utf8Chars(group)) EXPECT_TRUE(seen.insert(c).second) << c;
}

TEST(Homophones, TypoReplacesOneCharacterByAHomophone) {
    Rng rng(7);
    for (int i = 0; i < 50; ++i) {
        auto typo = withHomophoneTypo("华荣上海城", rng);
        ASSERT_TRUE(typo);
        const auto a = utf8Chars("华荣上海城");
        const auto b = utf8Chars(*typo);
        ASSERT_EQ(a.size(), b.size());
        int changed = 0;
        for (size_t k = 0; k < a.size(); ++k) changed += a[k] != b[k];
        EXPECT_EQ(changed, 1) << *typo;
    }
}

TEST(Homophones, CanTurnHuaRongIntoHuaRong) {
    Rng rng(1);
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) seen.insert(*withHomophoneTypo("华荣", rng));
    EXPECT_TRUE(seen.contains("华容"));
}

TEST(Homophones, TextWithoutProneCharactersHasNoTypo) {
    Rng rng(1);
    EXPECT_FALSE(withHomophoneTypo("12号楼", rng));
}
