#pragma once
// How alike two characters sound to someone typing Chinese by pinyin, from the Mandarin reading
// table: the same syllable (华容 for 华荣), or syllables a southern accent, and the fuzzy-pinyin
// options (模糊音) of input methods made for it, merge: z/zh, c/ch, s/sh, l/n, f/h before u,
// an/ang, en/eng, in/ing (成 cheng typed as 岑 cen).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "geocode/pinyin_table.h"

namespace ga::geocode {

/// Likeness of two different characters, weakest first.
enum class SoundLikeness : uint8_t {
    Unlike,             ///< no reading alike, or one of them has no reading
    NearHomophone,      ///< readings an accent merges (cheng / cen)
    Homophone,          ///< a toneless syllable in common, in different tones (城 cheng2 / 称 cheng1)
    HomophoneSameTone,  ///< a syllable and its tone in common (荣 / 容, both rong2)
};

/// The syllable with the merges of a southern accent applied ("zheng" → "zen", "nu" → "lu",
/// "huang" → "fuan"): syllables with equal accent spellings are near-homophones.
std::string accentSpelling(std::string_view syllable);

class SoundAlike {
public:
    /// Likeness over the readings of `table`, which must outlive this.
    explicit SoundAlike(const PinyinTable& table);
    /// Over the built-in table.
    static const SoundAlike& builtIn();

    /// Likeness of `a` and `b` over all their readings.
    SoundLikeness likeness(char32_t a, char32_t b) const { return likeness(table_.readings(a), table_.readings(b)); }
    /// Likeness of two characters given their readings (of table()).
    SoundLikeness likeness(std::span<const Reading> a, std::span<const Reading> b) const;
    /// The table read.
    const PinyinTable& table() const { return table_; }

private:
    const PinyinTable& table_;
    std::vector<uint16_t> accentClass_;  // per syllable id: equal classes are near-homophones
};

}  // namespace ga::geocode
