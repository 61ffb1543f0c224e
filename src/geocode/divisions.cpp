#include "geocode/divisions.h"

namespace ga::geocode {
namespace detail {
extern const std::string_view k_provinces_csv;
extern const std::string_view k_cities_csv;
extern const std::string_view k_areas_csv;
extern const std::string_view k_streets_csv;
}  // namespace detail

namespace {

// Endings people leave out; longest first so that 壮族自治区 goes before 自治区.
constexpr std::u32string_view kProvinceEndings[] = {U"维吾尔自治区", U"壮族自治区", U"回族自治区", U"自治区",
                                                    U"特别行政区",   U"省",         U"市"};
constexpr std::u32string_view kCityEndings[] = {U"自治州", U"地区", U"盟", U"市"};
constexpr std::u32string_view kCountyEndings[] = {U"自治县", U"县", U"市", U"区", U"旗"};

std::u32string_view shortForm(std::u32string_view name, std::span<const std::u32string_view> endings) {
    for (std::u32string_view e : endings)
        if (name.size() >= e.size() + 2 && name.substr(name.size() - e.size()) == e)
            return name.substr(0, name.size() - e.size());
    return {};
}

}  // namespace

bool codesNested(std::string_view a, std::string_view b) { return a.starts_with(b) || b.starts_with(a); }

const DivisionList& DivisionList::national() {
    static const DivisionList list;
    return list;
}

DivisionList::DivisionList() {
    const std::pair<std::string_view, DivisionLevel> sources[] = {{detail::k_provinces_csv, DivisionLevel::Province},
                                                                  {detail::k_cities_csv, DivisionLevel::City},
                                                                  {detail::k_areas_csv, DivisionLevel::County},
                                                                  {detail::k_streets_csv, DivisionLevel::Street}};
    for (const auto& [csv, level] : sources) {
        size_t at = 0;
        while (at < csv.size()) {
            size_t end = csv.find('\n', at);
            if (end == std::string_view::npos) end = csv.size();
            const std::string_view line = csv.substr(at, end - at);
            at = end + 1;
            const size_t comma = line.find(',');
            if (comma == std::string_view::npos || comma == 0 || line[0] < '0' || line[0] > '9') continue;
            std::u32string name = decodeUtf8(line.substr(comma + 1));
            // Placeholders of the statistics (市辖区, 县, 省直辖县级行政区划) name no place.
            if (name.size() < 2 || name == U"市辖区" || name.ends_with(U"行政区划")) continue;
            divisions_.push_back({std::string(line.substr(0, comma)), std::move(name), level});
        }
    }
    for (uint32_t i = 0; i < divisions_.size(); ++i) {
        const Division& d = divisions_[i];
        names_.insert(d.name, i);
        byCode_.emplace(d.code, i);
        std::u32string_view s;
        switch (d.level) {
            case DivisionLevel::Province:
                s = shortForm(d.name, kProvinceEndings);
                break;
            case DivisionLevel::City:
                s = shortForm(d.name, kCityEndings);
                break;
            case DivisionLevel::County:
                s = shortForm(d.name, kCountyEndings);
                break;
            case DivisionLevel::Street:
                break;
        }
        if (!s.empty()) shortNames_.insert(s, i);
    }
}

int64_t DivisionList::find(std::string_view code) const {
    const auto it = byCode_.find(std::string(code));
    return it == byCode_.end() ? int64_t{-1} : static_cast<int64_t>(it->second);
}

}  // namespace ga::geocode
