#pragma once
// Compound names as registers write them, matched to the project's compounds: exactly, by
// alias, without the phase, by a unique prefix (华荣 → 华荣上海城), inside a longer text, then
// fuzzily — edit distance where a character that sounds like the right one costs less than any
// other typo (华容 for 华荣, by the Mandarin reading table: sound_alike.h) — with the candidates
// ranked by score.
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geocode/address_index.h"
#include "geocode/pinyin_table.h"

namespace ga::geocode {

/// Scores the matcher adjusts when the rest of the address (community, road) singles out one of
/// several compounds a shortened name or a name without phase stands for.
inline constexpr double kPrefixUnique = 0.92;
inline constexpr double kPrefixPhases = 0.85;
inline constexpr double kPrefixMany = 0.6;
inline constexpr double kWithoutPhaseUnique = 0.95;
inline constexpr double kWithoutPhaseMany = 0.86;

/// How a compound name was recognised; each way has its own score.
enum class CompoundMatchKind : uint8_t { Name, Alias, WithoutPhase, Prefix, InText, Similar, Gate };

struct CompoundHit {
    uint32_t compound = kNone;
    double score = 0;  ///< 1 for the exact name, less the further the text is from it
    CompoundMatchKind kind = CompoundMatchKind::Name;
};

/// What substituting one character for another costs in nameDistance(): less the more alike
/// they sound, so a homophone typo is forgiven before any other.
inline constexpr double kHomophoneSameToneCost = 0.25;
inline constexpr double kHomophoneCost = 0.3;
inline constexpr double kNearHomophoneCost = 0.55;

/// Distance between two names in edits, a substitution costing by how alike the two characters
/// sound (the costs above; 1 for characters unlike in sound).
double nameDistance(std::u32string_view a, std::u32string_view b);

/// Each character with a Mandarin reading replaced by a code point standing for the toneless
/// syllable of its usual reading (荣, 容, 蓉 → "rong"), others kept: names sharing a key
/// character likely share a sound, which is how candidates for the edit distance are found.
/// (Keyed with the tone, a typo in another tone finds the right name less often, and the synth
/// district got more wrong links: 177 instead of 97 in a million.)
std::u32string homophoneKey(std::u32string_view text);

class CompoundMatcher {
public:
    explicit CompoundMatcher(const AddressIndex& index);

    /// Rows of the edit-distance table, kept between calls.
    struct Scratch {
        std::vector<double> row0, row1;
        std::vector<std::span<const Reading>> readings;
    };
    /// nameDistance() with the rows kept in `scratch`; once it is sure to exceed `limit` it
    /// returns early with some distance above `limit`.
    static double editDistance(std::u32string_view a, std::u32string_view b, Scratch& scratch,
                               double limit = std::numeric_limits<double>::infinity());

    /// Compounds `text` (normalised, without phase) with `phase` may stand for, best first; results
    /// are remembered, so one matcher per thread.
    const std::vector<CompoundHit>& match(const std::string& text, const std::string& phase);

private:
    std::vector<CompoundHit> compute(const std::string& text, const std::string& phase) const;
    void exact(std::string_view key, const std::string& phase, bool phaseWritten, std::vector<CompoundHit>& out) const;
    void byPrefix(const std::string& text, const std::string& phase, std::vector<CompoundHit>& out) const;
    void inText(const std::u32string& text, const std::string& phase, std::vector<CompoundHit>& out) const;
    void similar(const std::u32string& text, const std::string& phase, std::vector<CompoundHit>& out) const;

    const AddressIndex& index_;
    std::unordered_map<std::string, std::vector<CompoundHit>> cache_;
    // Scratch for similar(): characters shared with each indexed name, and the names touched.
    mutable std::vector<uint16_t> shared_;
    mutable std::vector<uint32_t> touched_;
    mutable Scratch scratch_;
};

}  // namespace ga::geocode
