#pragma once
// Mandarin readings of the characters a GBK register can hold (data/pinyin/readings.txt, compiled
// in): for each character its toneless syllables with tones, the usual reading first, and how
// common the character is. The compound matcher tells homophones with it; the messy-address
// writer draws the typos of a pinyin input method from it.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace ga::geocode {

/// One reading: a toneless syllable (an id into PinyinTable::syllable()) and its tone.
struct Reading {
    uint16_t syllable = 0;
    uint8_t tone = 5;  ///< 1-4, 5 for the neutral tone
};

/// No syllable of that spelling.
inline constexpr uint16_t kNoSyllable = 0xFFFF;

class PinyinTable {
public:
    /// The table compiled into the library, parsed on first use (thread-safe).
    static const PinyinTable& builtIn();

    /// The table of lines "荣\t1\trong2" (character, commonness, readings), or what is wrong with
    /// which line of `source`.
    static Result<PinyinTable> parse(std::string_view text, std::string_view source);

    /// Readings of `c`, the usual first; empty for a character the table does not hold.
    std::span<const Reading> readings(char32_t c) const {
        const uint32_t slot = slotOf(c);
        if (slot == 0) return {};
        const Entry& e = entries_[slot];
        return {readings_.data() + e.first, e.count};
    }
    /// 1: GB 2312 level 1 (the 3,755 most used characters); 2: level 2; 3: other GBK; 0: not held.
    int commonness(char32_t c) const {
        const uint32_t slot = slotOf(c);
        return slot == 0 ? 0 : entries_[slot].commonness;
    }
    /// Spelling of toneless syllable `id` ("rong", "lv" for lü).
    std::string_view syllable(uint16_t id) const { return syllables_[id]; }
    /// Id of a toneless spelling, or kNoSyllable.
    uint16_t syllableId(std::string_view spelling) const;
    /// Number of toneless syllables.
    size_t syllableCount() const { return syllables_.size(); }
    /// Characters with syllable `id` among their readings (any tone), most common first.
    std::span<const char32_t> charactersWith(uint16_t id) const { return bySyllable_[id]; }
    /// Number of characters held.
    size_t size() const { return entries_.size() - 1; }

private:
    // Characters are looked up in a dense array over the two CJK blocks GBK draws from.
    static constexpr char32_t kExtA = 0x3400, kExtAEnd = 0x4DC0, kUnified = 0x4E00, kUnifiedEnd = 0xA000;
    struct Entry {
        uint32_t first = 0;
        uint8_t count = 0;
        uint8_t commonness = 0;
    };
    uint32_t slotOf(char32_t c) const {
        if (c >= kUnified && c < kUnifiedEnd) return slots_[c - kUnified + (kExtAEnd - kExtA)];
        if (c >= kExtA && c < kExtAEnd) return slots_[c - kExtA];
        return 0;
    }

    std::vector<uint16_t> slots_;  // entry of each code point, 0: none
    std::vector<Entry> entries_;   // entries_[0] is the empty entry
    std::vector<Reading> readings_;
    std::vector<std::string> syllables_;
    std::vector<std::vector<char32_t>> bySyllable_;
};

}  // namespace ga::geocode
