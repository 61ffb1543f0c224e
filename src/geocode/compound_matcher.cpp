#include "geocode/compound_matcher.h"

#include <algorithm>
#include <unordered_set>

#include "geocode/sound_alike.h"

namespace ga::geocode {
namespace {

// Scores of the ways a name is recognised. An exact name or alias links at any sensible
// threshold; a shortened, embedded or misspelt one only when nothing else competes with it.
constexpr double kName = 1.0;
constexpr double kAlias = 0.97;
constexpr double kPhaseAdded = 0.85;
constexpr double kPhaseDiffers = 0.7;
constexpr double kInText = 0.88;
constexpr double kInTextGuess = 0.7;
constexpr double kSimilarTop = 0.95;
constexpr double kSimilarFloor = 0.6;   // below this similarity a name is no candidate
constexpr size_t kMostHits = 64;

// Key characters of syllables: a private-use plane no register text holds.
constexpr char32_t kSyllableKeys = 0xF0000;

// Cost of writing one character for another that sounds `likeness` alike.
double substitutionCost(SoundLikeness likeness) {
    switch (likeness) {
        case SoundLikeness::HomophoneSameTone: return kHomophoneSameToneCost;
        case SoundLikeness::Homophone: return kHomophoneCost;
        case SoundLikeness::NearHomophone: return kNearHomophoneCost;
        case SoundLikeness::Unlike: break;
    }
    return 1;
}

// A character in more names than this says little about which name is meant (园, 花, 城).
constexpr size_t kCommonChar = 2000;

constexpr std::u32string_view kPlaceEndings[] = {U"社区", U"居委会", U"村", U"街道", U"镇", U"乡", U"区", U"县", U"市"};
constexpr std::u32string_view kGenericEndings[] = {U"小区", U"花园", U"家园", U"公寓", U"新村",
                                                   U"社区", U"苑",   U"园",   U"院",   U"城"};

bool expectedBefore(std::u32string_view s) {
    if (s.empty()) return true;
    for (std::u32string_view e : kPlaceEndings)
        if (s.ends_with(e)) return true;
    return false;
}

bool expectedAfter(std::u32string_view s) {
    if (s.empty()) return true;
    for (std::u32string_view e : kGenericEndings)
        if (s == e) return true;
    return false;
}

size_t charCount(std::string_view utf8) {
    size_t n = 0;
    for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

void keepBest(std::vector<CompoundHit>& hits) {
    std::sort(hits.begin(), hits.end(), [](const CompoundHit& a, const CompoundHit& b) {
        return a.score != b.score ? a.score > b.score : a.compound < b.compound;
    });
    std::unordered_set<uint32_t> seen;
    std::erase_if(hits, [&](const CompoundHit& h) { return !seen.insert(h.compound).second; });
    if (hits.size() > kMostHits) hits.resize(kMostHits);
}

}  // namespace

std::u32string homophoneKey(std::u32string_view text) {
    const PinyinTable& table = PinyinTable::builtIn();
    std::u32string key(text);
    for (char32_t& c : key)
        if (const auto readings = table.readings(c); !readings.empty()) c = kSyllableKeys + readings.front().syllable;
    return key;
}

double nameDistance(std::u32string_view a, std::u32string_view b) {
    CompoundMatcher::Scratch scratch;
    return CompoundMatcher::editDistance(a, b, scratch);
}

double CompoundMatcher::editDistance(std::u32string_view a, std::u32string_view b, Scratch& scratch, double limit) {
    const SoundAlike& alike = SoundAlike::builtIn();
    // Each character's readings are looked up once, not once per cell.
    std::vector<std::span<const Reading>>& readingsB = scratch.readings;
    readingsB.resize(b.size());
    for (size_t j = 0; j < b.size(); ++j) readingsB[j] = alike.table().readings(b[j]);
    std::vector<double>& prev = scratch.row0;
    std::vector<double>& cur = scratch.row1;
    prev.resize(b.size() + 1);
    cur.resize(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<double>(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<double>(i);
        double rowLeast = cur[0];
        const auto readingsA = alike.table().readings(a[i - 1]);
        for (size_t j = 1; j <= b.size(); ++j) {
            const double sub = a[i - 1] == b[j - 1] ? 0 : substitutionCost(alike.likeness(readingsA, readingsB[j - 1]));
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + sub});
            rowLeast = std::min(rowLeast, cur[j]);
        }
        // No later row is below this row's least: past the limit, the rest is not worth computing.
        if (rowLeast > limit) return rowLeast;
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

CompoundMatcher::CompoundMatcher(const AddressIndex& index) : index_(index), shared_(index.sortedNames().size(), 0) {}

const std::vector<CompoundHit>& CompoundMatcher::match(const std::string& text, const std::string& phase) {
    std::string key = text;
    key += '\x1F';
    key += phase;
    if (const auto it = cache_.find(key); it != cache_.end()) return it->second;
    return cache_.emplace(std::move(key), compute(text, phase)).first->second;
}

std::vector<CompoundHit> CompoundMatcher::compute(const std::string& text, const std::string& phase) const {
    std::vector<CompoundHit> hits;
    if (text.empty()) return hits;
    if (!phase.empty()) exact(text + phase, phase, true, hits);
    if (hits.empty()) exact(text, phase, !phase.empty(), hits);
    if (hits.empty()) byPrefix(text, phase, hits);
    const std::u32string text32 = decodeUtf8(text);
    if (hits.empty()) inText(text32, phase, hits);
    // Misspellings are looked for even when a prefix matched: 华容 is a prefix of nothing useful
    // but close to 华荣上海城's alias 华荣.
    if (hits.empty() || hits.front().score < kPrefixUnique) similar(text32, phase, hits);
    keepBest(hits);
    return hits;
}

void CompoundMatcher::exact(std::string_view key, const std::string& phase, bool phaseWritten,
                            std::vector<CompoundHit>& out) const {
    const auto* refs = index_.names(key);
    if (!refs) return;
    size_t bases = 0;
    for (const NameRef& r : *refs) bases += r.kind == NameKind::Base || r.kind == NameKind::AliasBase;
    for (const NameRef& r : *refs) {
        const IndexedCompound& c = index_.compounds()[r.compound];
        const bool keyHasPhase = key.size() > phase.size() && !phase.empty() && key.ends_with(phase);
        double score = 0;
        CompoundMatchKind kind = CompoundMatchKind::Name;
        switch (r.kind) {
            case NameKind::Full:
                // The written phase is part of the key, or the compound has none and none was written.
                score = keyHasPhase || !phaseWritten ? kName : kPhaseAdded;
                break;
            case NameKind::Alias:
                score = keyHasPhase || !phaseWritten ? kAlias : kPhaseAdded;
                kind = CompoundMatchKind::Alias;
                break;
            case NameKind::Base:
            case NameKind::AliasBase:
                kind = CompoundMatchKind::WithoutPhase;
                if (phaseWritten)
                    score = c.phase == phase ? kAlias : kPhaseDiffers;
                else
                    score = bases == 1 ? kWithoutPhaseUnique : kWithoutPhaseMany;
                break;
        }
        out.push_back({r.compound, score, kind});
    }
}

void CompoundMatcher::byPrefix(const std::string& text, const std::string& phase, std::vector<CompoundHit>& out) const {
    if (charCount(text) < 2) return;
    const auto [first, last] = index_.namesWithPrefix(text);
    if (first == last) return;
    std::vector<uint32_t> compounds;
    for (size_t i = first; i < last; ++i) {
        const uint32_t ci = index_.sortedNames()[i].second.compound;
        if (std::find(compounds.begin(), compounds.end(), ci) == compounds.end()) compounds.push_back(ci);
    }
    // A written phase (城建A区) narrows the names to the compounds of that phase.
    auto phaseFits = [&](uint32_t ci) { return phase.empty() || index_.compounds()[ci].phase == phase; };
    std::unordered_set<uint32_t> families;
    size_t fitting = 0;
    for (uint32_t ci : compounds)
        if (phaseFits(ci)) families.insert(index_.compounds()[ci].family), ++fitting;
    if (fitting == 0)
        for (uint32_t ci : compounds) families.insert(index_.compounds()[ci].family), ++fitting;
    for (uint32_t ci : compounds) {
        double score = families.size() > 1 ? kPrefixMany : fitting == 1 ? kPrefixUnique : kPrefixPhases;
        if (!phaseFits(ci)) score *= 0.8;
        out.push_back({ci, score, CompoundMatchKind::Prefix});
    }
}

void CompoundMatcher::inText(const std::u32string& text, const std::string& phase,
                             std::vector<CompoundHit>& out) const {
    // The longest known name inside the text (an unknown community or a word around the name).
    const size_t n = text.size();
    for (size_t len = n - 1; len >= 3 && len * 5 >= n * 2; --len) {
        for (size_t at = 0; at + len <= n; ++at) {
            const auto* refs = index_.names(toUtf8(std::u32string_view(text).substr(at, len)));
            if (!refs) continue;
            // Words around the name: a community or street before it, a generic ending after it
            // (友好社区华荣上海城, 华荣上海城小区) are expected; other characters make it a guess.
            const bool expected = expectedBefore(std::u32string_view(text).substr(0, at)) &&
                                  expectedAfter(std::u32string_view(text).substr(at + len));
            for (const NameRef& r : *refs) {
                const IndexedCompound& c = index_.compounds()[r.compound];
                double score = expected ? kInText : kInTextGuess;
                if (!phase.empty() && c.phase != phase) score *= 0.8;
                out.push_back({r.compound, score, CompoundMatchKind::InText});
            }
        }
        if (!out.empty()) return;
    }
}

void CompoundMatcher::similar(const std::u32string& text, const std::string& phase,
                              std::vector<CompoundHit>& out) const {
    if (text.size() < 2 || text.size() > 24) return;
    // Names sharing at least half of the text's telling characters are worth an edit distance.
    const std::u32string key = homophoneKey(text);
    std::u32string seen;
    size_t telling = 0;
    for (char32_t c : key) {
        if (seen.find(c) != std::u32string::npos) continue;
        seen += c;
        const auto* names = index_.namesWithChar(c);
        if (!names || names->size() > kCommonChar) continue;
        ++telling;
        for (uint32_t i : *names)
            if (shared_[i]++ == 0) touched_.push_back(i);
    }
    const uint16_t need = static_cast<uint16_t>(std::max<size_t>(1, (telling + 1) / 2));
    std::vector<std::pair<uint16_t, uint32_t>> ranked;
    for (uint32_t i : touched_) {
        if (shared_[i] >= need) ranked.push_back({shared_[i], i});
        shared_[i] = 0;
    }
    touched_.clear();
    // Only the 48 sharing most are compared: sort no more than those. Keyed by syllable, many
    // names share a sound or two with any text; one typo leaves a name one short of the best.
    const size_t kept = std::min<size_t>(ranked.size(), 48);
    std::partial_sort(
        ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(kept), ranked.end(),
        [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    ranked.resize(kept);
    if (!ranked.empty()) {
        const uint16_t enough = std::max<uint16_t>(need, static_cast<uint16_t>(ranked.front().first - 1));
        std::erase_if(ranked, [&](const auto& r) { return r.first < enough; });
    }
    for (const auto& [n, i] : ranked) {
        const std::u32string& name = index_.sortedNames32()[i];
        // Distances past which the similarity is below the floor end the edit distance early.
        const double longer = static_cast<double>(std::max(text.size(), name.size()));
        const double whole = 1 - editDistance(text, name, scratch_, (1 - kSimilarFloor) * longer) / longer;
        // A shortened name with a typo: compare with the start of the name.
        double shortened = 0;
        if (name.size() > text.size()) {
            const double textLength = static_cast<double>(text.size());
            shortened = (1 - editDistance(text, std::u32string_view(name).substr(0, text.size()), scratch_,
                                          (1 - kSimilarFloor / kPrefixUnique) * textLength) /
                                 textLength) *
                        kPrefixUnique;
        }
        const double similarity = std::max(whole, shortened);
        // Equal to the name or to its beginning: found exactly or by prefix already.
        if (similarity < kSimilarFloor || whole >= 1 || shortened >= kPrefixUnique) continue;
        const uint32_t ci = index_.sortedNames()[i].second.compound;
        double score = kSimilarTop * similarity;
        if (index_.sortedNames()[i].second.kind != NameKind::Full) score *= kAlias;
        if (!phase.empty() && index_.compounds()[ci].phase != phase) score *= 0.8;
        out.push_back({ci, score, CompoundMatchKind::Similar});
    }
}

}  // namespace ga::geocode
