#include "ledger/vocabulary.h"

#include <array>

namespace ga::ledger {
namespace {

constexpr std::array<std::string_view, 8> kCategories = {"矛盾纠纷", "治安隐患",    "安全隐患",     "环境卫生",
                                                         "市政设施", "民生诉求/服务", "特殊人群动态", "其他"};

struct Alias {
    std::string_view alias, canonical;
};
constexpr Alias kCategoryAliases[] = {
    {"民生诉求", "民生诉求/服务"}, {"民生服务", "民生诉求/服务"}, {"民生诉求服务", "民生诉求/服务"},
    {"诉求", "民生诉求/服务"},     {"便民服务", "民生诉求/服务"}, {"纠纷", "矛盾纠纷"},
    {"矛盾", "矛盾纠纷"},          {"治安", "治安隐患"},         {"社会治安", "治安隐患"},
    {"安全", "安全隐患"},          {"安全生产", "安全隐患"},     {"消防安全", "安全隐患"},
    {"环境", "环境卫生"},          {"城市管理", "市政设施"},     {"市政", "市政设施"},
    {"特殊人群", "特殊人群动态"},  {"重点人群", "特殊人群动态"}, {"其它", "其他"},
};

constexpr std::array<std::string_view, kSeverityCount> kSeverities = {"一般", "较大", "重大"};
constexpr Alias kSeverityAliases[] = {{"普通", "一般"}, {"低", "一般"}, {"中", "较大"},  {"紧急", "较大"},
                                      {"高", "重大"},   {"特急", "重大"}, {"严重", "重大"}};

constexpr std::array<std::string_view, kLevelCount> kLevels = {"网格", "社区", "街道", "区职能部门"};
constexpr Alias kLevelAliases[] = {{"职能部门", "区职能部门"}, {"部门", "区职能部门"}, {"区级", "区职能部门"},
                                   {"街道办", "街道"},         {"镇", "街道"},           {"村", "社区"},
                                   {"居委会", "社区"}};

template <size_t N>
std::optional<size_t> lookup(const std::array<std::string_view, N>& names, std::span<const Alias> aliases,
                             std::string_view value) {
    for (size_t i = 0; i < N; ++i)
        if (names[i] == value) return i;
    for (const Alias& a : aliases)
        if (a.alias == value)
            for (size_t i = 0; i < N; ++i)
                if (names[i] == a.canonical) return i;
    return std::nullopt;
}

}  // namespace

std::span<const std::string_view> categories() { return kCategories; }

std::optional<std::string_view> canonicalCategory(std::string_view value) {
    if (auto i = lookup(kCategories, kCategoryAliases, value)) return kCategories[*i];
    return std::nullopt;
}

std::string_view severityName(Severity s) { return kSeverities[static_cast<size_t>(s)]; }

std::optional<Severity> parseSeverity(std::string_view value) {
    if (auto i = lookup(kSeverities, kSeverityAliases, value)) return static_cast<Severity>(*i);
    return std::nullopt;
}

double severityWeight(Severity s) {
    switch (s) {
    case Severity::Normal: return 1;
    case Severity::Serious: return 2;
    case Severity::Major: return 4;
    }
    return 1;
}

int deadlineDays(Severity s) {
    switch (s) {
    case Severity::Normal: return 7;
    case Severity::Serious: return 3;
    case Severity::Major: return 1;
    }
    return 7;
}

std::string_view levelName(Level l) { return kLevels[static_cast<size_t>(l)]; }

std::optional<Level> parseLevel(std::string_view value) {
    if (auto i = lookup(kLevels, kLevelAliases, value)) return static_cast<Level>(*i);
    return std::nullopt;
}

}  // namespace ga::ledger
