#include "geocode/sound_alike.h"

#include <gtest/gtest.h>

#include "geocode/compound_matcher.h"

using namespace ga::geocode;

TEST(SoundAlike, TellsHomophonesByTheReadingTable) {
    const SoundAlike& s = SoundAlike::builtIn();
    EXPECT_EQ(s.likeness(U'荣', U'容'), SoundLikeness::HomophoneSameTone);
    EXPECT_EQ(s.likeness(U'城', U'称'), SoundLikeness::Homophone);  // cheng2 / cheng1
    // Pairs the address writer's hand list never held.
    EXPECT_EQ(s.likeness(U'财', U'材'), SoundLikeness::HomophoneSameTone);
    EXPECT_EQ(s.likeness(U'海', U'亥'), SoundLikeness::Homophone);
    // A polyphone is alike by any of its readings: 长 zhang3 / chang2.
    EXPECT_EQ(s.likeness(U'长', U'常'), SoundLikeness::HomophoneSameTone);
    EXPECT_EQ(s.likeness(U'荣', U'海'), SoundLikeness::Unlike);
    EXPECT_EQ(s.likeness(U'荣', U'A'), SoundLikeness::Unlike);
}

TEST(SoundAlike, KnowsTheMergesOfASouthernAccent) {
    const SoundAlike& s = SoundAlike::builtIn();
    EXPECT_EQ(s.likeness(U'成', U'岑'), SoundLikeness::NearHomophone);  // cheng / cen
    EXPECT_EQ(s.likeness(U'宁', U'林'), SoundLikeness::NearHomophone);  // ning / lin
    EXPECT_EQ(s.likeness(U'山', U'三'), SoundLikeness::NearHomophone);  // shan / san
    EXPECT_EQ(s.likeness(U'湖', U'福'), SoundLikeness::NearHomophone);  // hu / fu
    EXPECT_EQ(s.likeness(U'荣', U'龙'), SoundLikeness::Unlike);         // r / l is not among them
    EXPECT_EQ(accentSpelling("zhuang"), "zuan");
    EXPECT_EQ(accentSpelling("nong"), "long");
    EXPECT_EQ(accentSpelling("ng"), "ng");
}

TEST(NameDistance, ForgivesWhatSoundsAlikeMoreThanOtherTypos) {
    const double homophone = nameDistance(U"华荣上海城", U"华荣上海成");
    const double otherTone = nameDistance(U"华荣上海城", U"华荣上海称");
    const double accent = nameDistance(U"华荣上海城", U"华荣上海岑");
    const double typo = nameDistance(U"华荣上海城", U"华荣上海坡");
    EXPECT_DOUBLE_EQ(homophone, kHomophoneSameToneCost);
    EXPECT_DOUBLE_EQ(otherTone, kHomophoneCost);
    EXPECT_DOUBLE_EQ(accent, kNearHomophoneCost);
    EXPECT_DOUBLE_EQ(typo, 1);
    EXPECT_DOUBLE_EQ(nameDistance(U"华荣", U"华荣上海城"), 3);
}

TEST(NameDistance, StopsEarlyOnlyPastItsLimit) {
    CompoundMatcher::Scratch scratch;
    EXPECT_DOUBLE_EQ(CompoundMatcher::editDistance(U"华荣上海城", U"华荣上海成", scratch, 0.5), kHomophoneSameToneCost);
    EXPECT_GT(CompoundMatcher::editDistance(U"华荣上海城", U"文峰财富广场", scratch, 1.5), 1.5);
    EXPECT_DOUBLE_EQ(CompoundMatcher::editDistance(U"华荣上海城", U"文峰财富广场", scratch), 6);
}

TEST(HomophoneKey, GivesHomophonesOneKey) {
    EXPECT_EQ(homophoneKey(U"华荣"), homophoneKey(U"花容"));
    EXPECT_NE(homophoneKey(U"华荣"), homophoneKey(U"华海"));
    EXPECT_EQ(homophoneKey(U"12A"), U"12A");
}
