#include "synth/homophones.h"

#include <vector>

#include "core/utf8.h"
#include "geocode/pinyin_table.h"

namespace ga::synth {
namespace {

using geocode::PinyinTable;
using geocode::Reading;

// Confusions seen in registers of compound and road names.
constexpr std::string_view kObserved[] = {
    "荣容蓉融榕", "华花骅",   "城成诚承",   "园源圆元缘", "苑院愿远", "峰丰锋枫风",   "凤奉",   "盛胜晟圣",
    "府富福复",   "景京境敬", "锦金今津",   "庭亭廷婷",   "佳家嘉加", "馨新欣心鑫辛", "湾弯",   "逸怡宜益",
    "翠萃粹",     "汇会惠慧", "里理丽利礼", "明名鸣铭",   "祥翔详",   "瑞睿锐",       "泰太",   "和河合禾",
    "东冬",       "阳杨洋扬", "光广",       "山珊",       "湖胡",     "桥侨乔",       "龙隆",   "安岸",
    "世市士",     "上尚",     "文闻雯",     "财才",       "庄装",     "春椿",         "平萍苹", "兴星",
    "德得",       "宁凝",     "静靖",       "清青晴",     "雅亚",     "居聚菊",       "林琳霖", "怀淮",
    "伟玮炜",     "晶精",     "美梅",       "天田",
};
// Of the homophone typos of a character in the list above, the share drawn from the list.
constexpr double kObservedShare = 0.3;
// The typist meant the character's usual reading this often; else its second one.
constexpr double kUsualReading = 0.95;
// How much likelier an input method makes a candidate: in the tone typed (it ranks those first
// once a tone or a word is known), and among the 3,755 most used characters.
constexpr double kSameToneWeight = 3;
constexpr double kLevelTwoWeight = 0.1;

// Spellings an accent swaps: a syllable's start (initials) or end (finals) written the other way.
struct Swap {
    std::string_view from, to;
};
constexpr Swap kInitialSwaps[] = {{"zh", "z"},  {"z", "zh"},    {"ch", "c"},   {"c", "ch"}, {"sh", "s"},
                                  {"s", "sh"},  {"n", "l"},     {"l", "n"},    {"r", "l"},  {"hu", "fu"},
                                  {"fu", "hu"}, {"hui", "fei"}, {"fei", "hui"}};
constexpr Swap kFinalSwaps[] = {{"ang", "an"}, {"an", "ang"}, {"eng", "en"},
                                {"en", "eng"}, {"ing", "in"}, {"in", "ing"}};

// The group of the observed list holding `c`, or empty.
std::u32string observedGroupOf(char32_t c) {
    for (std::string_view g : kObserved) {
        std::u32string group = decodeUtf8(g);
        if (group.find(c) != std::u32string::npos) return group;
    }
    return {};
}

// The reading the typist typed for `c`.
Reading typedReading(std::span<const Reading> readings, Rng& rng) {
    if (readings.size() == 1 || rng.chance(kUsualReading)) return readings.front();
    return readings[1];
}

// A common character other than `typed` an input method offers for syllable `syllable` (one
// whose usual reading it is: rare readings sit at the end of the list), likelier in tone `tone`;
// nullopt when there is none.
std::optional<char32_t> offeredCharacter(uint16_t syllable, uint8_t tone, char32_t typed, Rng& rng) {
    const PinyinTable& table = PinyinTable::builtIn();
    std::vector<char32_t> chars;
    std::vector<double> weights;
    for (char32_t c : table.charactersWith(syllable)) {
        const int level = table.commonness(c);
        const Reading usual = table.readings(c).front();
        if (c == typed || level > 2 || usual.syllable != syllable) continue;
        double w = level == 1 ? 1 : kLevelTwoWeight;
        if (usual.tone == tone) w *= kSameToneWeight;
        chars.push_back(c);
        weights.push_back(w);
    }
    if (chars.empty()) return std::nullopt;
    return chars[rng.weighted(weights)];
}

std::optional<char32_t> homophoneOf(char32_t c, Rng& rng) {
    const std::u32string group = observedGroupOf(c);
    auto fromGroup = [&]() -> char32_t {
        char32_t out = c;
        while (out == c) out = group[rng.below(group.size())];
        return out;
    };
    if (!group.empty() && rng.chance(kObservedShare)) return fromGroup();
    const auto readings = PinyinTable::builtIn().readings(c);
    if (!readings.empty()) {
        const Reading r = typedReading(readings, rng);
        if (auto offered = offeredCharacter(r.syllable, r.tone, c, rng)) return offered;
    }
    if (!group.empty()) return fromGroup();
    return std::nullopt;
}

std::optional<char32_t> accentTwinOf(char32_t c, Rng& rng) {
    const PinyinTable& table = PinyinTable::builtIn();
    const auto readings = table.readings(c);
    if (readings.empty()) return std::nullopt;
    const Reading r = readings.front();
    const std::string_view spelling = table.syllable(r.syllable);
    std::vector<uint16_t> twins;
    auto consider = [&](std::string swapped) {
        if (const uint16_t id = table.syllableId(swapped); id != geocode::kNoSyllable && id != r.syllable)
            twins.push_back(id);
    };
    for (const Swap& s : kInitialSwaps)
        if (spelling.starts_with(s.from)) consider(std::string(s.to) + std::string(spelling.substr(s.from.size())));
    for (const Swap& s : kFinalSwaps)
        if (spelling.ends_with(s.from))
            consider(std::string(spelling.substr(0, spelling.size() - s.from.size())) + std::string(s.to));
    while (!twins.empty()) {
        const size_t i = rng.below(twins.size());
        if (auto offered = offeredCharacter(twins[i], r.tone, c, rng)) return offered;
        twins.erase(twins.begin() + static_cast<std::ptrdiff_t>(i));
    }
    return std::nullopt;
}

// `text` with the character at a random position replaced by what `replace` gives for it; the
// positions are tried in random order until one has a replacement.
template <class Replace>
std::optional<std::string> withOneReplaced(std::string_view text, Rng& rng, Replace replace) {
    std::u32string chars = decodeUtf8(text);
    std::vector<size_t> order;
    for (size_t i = 0; i < chars.size(); ++i)
        if (PinyinTable::builtIn().commonness(chars[i]) > 0) order.push_back(i);
    while (!order.empty()) {
        const size_t k = rng.below(order.size());
        const size_t at = order[k];
        if (const auto replacement = replace(chars[at], rng)) {
            chars[at] = *replacement;
            return toUtf8(chars);
        }
        order.erase(order.begin() + static_cast<std::ptrdiff_t>(k));
    }
    return std::nullopt;
}

}  // namespace

std::span<const std::string_view> observedConfusions() { return kObserved; }

std::optional<std::string> withHomophoneTypo(std::string_view text, Rng& rng) {
    return withOneReplaced(text, rng, homophoneOf);
}

std::optional<std::string> withAccentTypo(std::string_view text, Rng& rng) {
    return withOneReplaced(text, rng, accentTwinOf);
}

}  // namespace ga::synth
