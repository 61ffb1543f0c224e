#include "io/dbf_field_names.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <utility>

namespace ga::io {
namespace {

// Keep in step with docs/export.md.
constexpr std::pair<std::string_view, std::string_view> kShortNames[] = {
    {"household_id", "hh_id"},      {"building_id", "bldg_id"},        {"match_level", "match_lvl"},
    {"service_phone", "svc_phone"}, {"subcategory", "subcat"},         {"description", "descr"},
    {"reported_at", "reported"},    {"location_derived", "loc_deriv"},
};

}  // namespace

std::vector<std::string> dbfFieldNames(std::span<const std::string> columns) {
    std::vector<std::string> out;
    for (const std::string& c : columns) {
        std::string name = c;
        for (const auto& [full, shortName] : kShortNames)
            if (c == full) name = shortName;
        if (name.size() > 10) {
            const std::string stem = name.substr(0, 9);
            name = name.substr(0, 10);
            for (int i = 1; std::find(out.begin(), out.end(), name) != out.end() && i < 10; ++i)
                name = fmt::format("{}{}", stem, i);
        }
        out.push_back(std::move(name));
    }
    return out;
}

std::string dbfFieldMapText(std::span<const std::string> columns, std::span<const std::string> shortNames) {
    std::string text = "# DBF field name\tGridAtlas column (see docs/export.md)\n";
    for (size_t i = 0; i < columns.size() && i < shortNames.size(); ++i)
        text += fmt::format("{}\t{}\n", shortNames[i], columns[i]);
    return text;
}

}  // namespace ga::io
