#include "synth/homophones.h"

#include <vector>

#include "core/utf8.h"

namespace ga::synth {
namespace {

constexpr std::string_view kGroups[] = {
    "荣容蓉融榕", "华花骅", "城成诚承", "园源圆元缘", "苑院愿远", "峰丰锋枫风", "凤奉", "盛胜晟圣",
    "府富福复", "景京境敬", "锦金今津", "庭亭廷婷", "佳家嘉加", "馨新欣心鑫辛", "湾弯", "逸怡宜益",
    "翠萃粹", "汇会惠慧", "里理丽利礼", "明名鸣铭", "祥翔详", "瑞睿锐", "泰太", "和河合禾",
    "东冬", "阳杨洋扬", "光广", "山珊", "湖胡", "桥侨乔", "龙隆", "安岸",
    "世市士", "上尚", "文闻雯", "财才", "庄装", "春椿", "平萍苹", "兴星",
    "德得", "宁凝", "静靖", "清青晴", "雅亚", "居聚菊", "林琳霖", "怀淮",
    "伟玮炜", "晶精", "美梅", "天田",
};

// The group holding character `c`, or an empty list.
std::vector<std::string_view> groupOf(std::string_view c) {
    for (std::string_view g : kGroups) {
        auto chars = utf8Chars(g);
        for (std::string_view x : chars)
            if (x == c) return chars;
    }
    return {};
}

}  // namespace

std::span<const std::string_view> homophoneGroups() { return kGroups; }

std::optional<std::string> withHomophoneTypo(std::string_view text, Rng& rng) {
    const auto chars = utf8Chars(text);
    std::vector<size_t> prone;
    for (size_t i = 0; i < chars.size(); ++i)
        if (!groupOf(chars[i]).empty()) prone.push_back(i);
    if (prone.empty()) return std::nullopt;
    const size_t at = prone[rng.below(prone.size())];
    const auto group = groupOf(chars[at]);
    std::string_view replacement = chars[at];
    while (replacement == chars[at]) replacement = group[rng.below(group.size())];
    std::string out;
    for (size_t i = 0; i < chars.size(); ++i) out += i == at ? replacement : chars[i];
    return out;
}

}  // namespace ga::synth
