#include "store/feature_search.h"

#include <fmt/format.h>

#include <array>

namespace ga::store {
namespace {

bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '-' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '-' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Rows of (id, label, minx, miny, maxx, maxy) → hits.
Result<void> collect(Statement& st, Layer layer, std::vector<SearchHit>& out) {
    for (;;) {
        auto row = st.step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return {};
        SearchHit h{layer, st.integer(0), st.text(1), {}};
        if (!st.isNull(2)) h.box = {st.real(2), st.real(3), st.real(4), st.real(5)};
        out.push_back(std::move(h));
    }
}

}  // namespace

CompoundBuilding splitCompoundBuilding(std::string_view text) {
    std::string_view s = trimmed(text);
    // Building words after the number: 号楼, 栋, 幢, 座, 号, 楼, #.
    static constexpr std::array<std::string_view, 7> kSuffixes{"号楼", "栋", "幢", "座", "号", "楼", "#"};
    for (std::string_view suffix : kSuffixes) {
        if (endsWith(s, suffix)) {
            s.remove_suffix(suffix.size());
            break;
        }
    }
    s = trimmed(s);
    size_t start = s.size();
    while (start > 0 && isAsciiDigit(s[start - 1])) --start;
    // A letter building (A座, B栋) when there are no digits.
    if (start == s.size() && start > 0 && isAsciiLetter(s[start - 1])) --start;
    if (start == s.size()) return {std::string(trimmed(text)), ""};
    return {std::string(trimmed(s.substr(0, start))), std::string(s.substr(start))};
}

Result<std::vector<SearchHit>> searchFeatures(Project& project, std::string_view text, int limit) {
    std::vector<SearchHit> hits;
    const std::string q(trimmed(text));
    // A project without a CRS has no geometry columns and nothing to zoom to.
    if (q.empty() || project.settings().srid == 0) return hits;
    constexpr std::string_view kBox = "MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom)";

    auto grids = project.db().prepare(
        fmt::format("SELECT id, code || ' ' || coalesce(name, ''), {} FROM grids "
                    "WHERE code LIKE ?1 || '%' OR name LIKE '%' || ?1 || '%' ORDER BY code LIMIT ?2",
                    kBox));
    if (!grids) return std::unexpected(grids.error());
    grids->bind(1, q).bind(2, limit);
    if (auto r = collect(*grids, Layer::Grids, hits); !r) return std::unexpected(r.error());

    const CompoundBuilding cb = splitCompoundBuilding(q);
    if (!cb.number.empty()) {
        auto buildings = project.db().prepare(
            fmt::format("SELECT id, coalesce(compound, '') || ' ' || number, {} FROM buildings "
                        "WHERE (?1 = '' OR compound LIKE '%' || ?1 || '%') AND (number = ?2 OR number LIKE ?2 || '号%' "
                        "OR number = ?2 || '栋' OR number = ?2 || '幢' OR number = ?2 || '座' OR number = ?2 || '#') "
                        "ORDER BY compound, id LIMIT ?3",
                        kBox));
        if (!buildings) return std::unexpected(buildings.error());
        buildings->bind(1, cb.compound).bind(2, cb.number).bind(3, limit);
        if (auto r = collect(*buildings, Layer::Buildings, hits); !r) return std::unexpected(r.error());
    } else {
        auto compounds = project.db().prepare(fmt::format(
            "SELECT id, name, {} FROM compounds WHERE name LIKE '%' || ?1 || '%' OR aliases LIKE '%' || ?1 || '%' "
            "ORDER BY name LIMIT ?2",
            kBox));
        if (!compounds) return std::unexpected(compounds.error());
        compounds->bind(1, q).bind(2, limit);
        if (auto r = collect(*compounds, Layer::Compounds, hits); !r) return std::unexpected(r.error());
    }

    // A road is usually many segments: one hit per name, zooming to all of them.
    auto roads = project.db().prepare(
        "SELECT min(id), name, min(MbrMinX(geom)), min(MbrMinY(geom)), max(MbrMaxX(geom)), max(MbrMaxY(geom)) "
        "FROM roads WHERE name LIKE '%' || ?1 || '%' GROUP BY name ORDER BY name LIMIT ?2");
    if (!roads) return std::unexpected(roads.error());
    roads->bind(1, q).bind(2, limit);
    if (auto r = collect(*roads, Layer::Roads, hits); !r) return std::unexpected(r.error());

    if (hits.size() > static_cast<size_t>(limit)) hits.resize(static_cast<size_t>(limit));
    return hits;
}

}  // namespace ga::store
