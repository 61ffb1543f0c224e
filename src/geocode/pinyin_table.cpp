#include "geocode/pinyin_table.h"

#include <algorithm>
#include <unordered_map>

#include "core/utf8.h"

namespace ga::geocode {
namespace detail {
extern const std::string_view k_pinyin_readings;
}  // namespace detail

namespace {

// The next tab- or space-separated field of `line` from `at`; empty at the end.
std::string_view field(std::string_view line, size_t& at, char separator) {
    const size_t end = std::min(line.find(separator, at), line.size());
    const std::string_view out = line.substr(at, end - at);
    at = end + 1;
    return out;
}

}  // namespace

const PinyinTable& PinyinTable::builtIn() {
    // The compiled-in text is checked by the tests; were it ever unreadable, the matcher would
    // still work, without homophones.
    static const PinyinTable table = [] {
        auto parsed = parse(detail::k_pinyin_readings, "data/pinyin/readings.txt");
        return parsed ? std::move(*parsed) : PinyinTable{};
    }();
    return table;
}

Result<PinyinTable> PinyinTable::parse(std::string_view text, std::string_view source) {
    PinyinTable t;
    t.slots_.assign((kExtAEnd - kExtA) + (kUnifiedEnd - kUnified), 0);
    t.entries_.emplace_back();
    std::unordered_map<std::string, uint16_t> ids;
    std::vector<std::pair<uint8_t, char32_t>> members;  // (commonness, character) per reading, for bySyllable_
    std::vector<uint16_t> memberSyllables;
    size_t lineNo = 0;
    size_t at = 0;
    while (at < text.size()) {
        const size_t end = std::min(text.find('\n', at), text.size());
        const std::string_view line = text.substr(at, end - at);
        at = end + 1;
        ++lineNo;
        if (line.empty() || line.front() == '#') continue;
        auto bad = [&](std::string_view what) {
            return fail(std::string(source) + ":" + std::to_string(lineNo) + ": " + std::string(what));
        };
        size_t pos = 0;
        const std::u32string character = decodeUtf8(field(line, pos, '\t'));
        const std::string_view level = field(line, pos, '\t');
        const std::string_view readings = line.substr(std::min(pos, line.size()));
        if (character.size() != 1) return bad("the first field is not one character");
        const char32_t c = character.front();
        const bool inRange = (c >= kExtA && c < kExtAEnd) || (c >= kUnified && c < kUnifiedEnd);
        if (!inRange) return bad("the character is outside the CJK blocks the table covers");
        if (level.size() != 1 || level[0] < '1' || level[0] > '3') return bad("commonness is not 1, 2 or 3");
        const size_t slot = c >= kUnified ? c - kUnified + (kExtAEnd - kExtA) : c - kExtA;
        if (t.slots_[slot] != 0) return bad("the character is listed twice");
        if (t.entries_.size() > 0xFFFF) return bad("more characters than the table can index");
        Entry e{static_cast<uint32_t>(t.readings_.size()), 0, static_cast<uint8_t>(level[0] - '0')};
        size_t rp = 0;
        while (rp < readings.size()) {
            const std::string_view r = field(readings, rp, ' ');
            if (r.size() < 2 || r.back() < '1' || r.back() > '5') return bad("a reading lacks its tone digit");
            const std::string spelling(r.substr(0, r.size() - 1));
            if (!std::all_of(spelling.begin(), spelling.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }))
                return bad("a reading is not written in a-z");
            auto [it, added] = ids.emplace(spelling, static_cast<uint16_t>(t.syllables_.size()));
            if (added) t.syllables_.push_back(spelling);
            t.readings_.push_back({it->second, static_cast<uint8_t>(r.back() - '0')});
            members.push_back({e.commonness, c});
            memberSyllables.push_back(it->second);
            if (++e.count == 0xFF) return bad("too many readings");
        }
        if (e.count == 0) return bad("no reading");
        t.slots_[slot] = static_cast<uint16_t>(t.entries_.size());
        t.entries_.push_back(e);
    }
    t.bySyllable_.resize(t.syllables_.size());
    std::vector<size_t> order(members.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return members[a] < members[b]; });
    for (size_t i : order) {
        auto& list = t.bySyllable_[memberSyllables[i]];
        // A character read the same syllable in two tones is listed once.
        if (std::find(list.begin(), list.end(), members[i].second) == list.end()) list.push_back(members[i].second);
    }
    return t;
}

uint16_t PinyinTable::syllableId(std::string_view spelling) const {
    for (size_t i = 0; i < syllables_.size(); ++i)
        if (syllables_[i] == spelling) return static_cast<uint16_t>(i);
    return kNoSyllable;
}

}  // namespace ga::geocode
