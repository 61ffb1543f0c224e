#include "geocode/admin_prefix.h"

#include <algorithm>

namespace ga::geocode {

AdminMatcher::AdminMatcher(const DivisionList& national, std::vector<LocalArea> local, std::string projectDivision)
    : national_(national), local_(std::move(local)), project_(std::move(projectDivision)) {
    for (size_t i = 0; i < local_.size(); ++i)
        if (local_[i].name.size() >= 2) localNames_.insert(local_[i].name, static_cast<uint32_t>(i));
}

// The divisions among `ids` that can follow what was recognised so far: deeper than the last
// level, inside the context division, and — when nothing places the address yet — streets only
// inside the project's county (street names repeat all over the country). `outside` is set when
// the name is a division of the right kind that does not contain the project.
std::vector<uint32_t> AdminMatcher::consistent(std::span<const uint32_t> ids, std::string_view context, int minLevel,
                                               bool& outside) const {
    std::vector<uint32_t> inside, elsewhere;
    for (uint32_t id : ids) {
        const Division& d = national_[id];
        if (static_cast<int>(d.level) < minLevel) continue;
        if (!context.empty() && !d.code.starts_with(context)) continue;
        const bool nested = project_.empty() || codesNested(d.code, project_);
        if (d.level == DivisionLevel::Street && context.empty() && !nested) continue;
        (nested ? inside : elsewhere).push_back(id);
    }
    outside = inside.empty() && !elsewhere.empty();
    return inside.empty() ? elsewhere : inside;
}

AdminMatcher::Found AdminMatcher::longestAt(std::u32string_view rest, std::string_view context, int minLevel,
                                            bool allowShort) const {
    Found best;
    localNames_.prefixes(rest, [&](size_t len, const std::vector<uint32_t>& ids) {
        if (len >= 2) best = Found{len, {}, ids.front(), false};
    });
    national_.names().prefixes(rest, [&](size_t len, const std::vector<uint32_t>& ids) {
        if (len <= best.length) return;
        bool outside = false;
        auto ok = consistent(ids, context, minLevel, outside);
        if (!ok.empty()) best = Found{len, std::move(ok), -1, outside};
    });
    if (best.length > 0 || !allowShort) return best;
    // 江苏 for 江苏省, 北京 for 北京市, 南通 for 南通市: only when another division follows, so that
    // a road or compound that starts with a place name (如东路) keeps its name.
    national_.shortNames().prefixes(rest, [&](size_t len, const std::vector<uint32_t>& ids) {
        bool outside = false;
        auto ok = consistent(ids, context, minLevel, outside);
        if (ok.empty()) return;
        size_t next = len;
        while (next < rest.size() && rest[next] == U' ') ++next;
        const Division& d = national_[ok.front()];
        if (longestAt(rest.substr(next), d.code, static_cast<int>(d.level) + 1, false).length == 0) return;
        best = Found{len, std::move(ok), -1, outside};
    });
    return best;
}

AdminPrefix AdminMatcher::match(std::u32string_view text, std::span<const NameTrie* const> keep) const {
    AdminPrefix out;
    std::string context;
    int minLevel = 0;
    size_t pos = 0;
    for (;;) {
        size_t at = pos;
        while (at < text.size() && text[at] == U' ') ++at;
        const Found f = longestAt(text.substr(at), context, minLevel, true);
        if (f.length == 0) break;
        size_t kept = 0;
        for (const NameTrie* names : keep)
            if (names) names->prefixes(text.substr(at), [&](size_t len, const auto&) { kept = std::max(kept, len); });
        if (kept > f.length) break;
        out.names.push_back(toUtf8(text.substr(at, f.length)));
        if (f.local >= 0) {
            out.localAreas.push_back(static_cast<size_t>(f.local));
            // After the project's own street or community only its communities can follow.
            minLevel = static_cast<int>(DivisionLevel::Street) + 1;
        } else {
            if (f.outside && out.outsideName.empty()) out.outsideName = out.names.back();
            const Division& d = national_[f.divisions.front()];
            // A name shared by several divisions (朝阳区) sets no context until a later part decides.
            if (f.divisions.size() == 1) context = d.code;
            minLevel = static_cast<int>(d.level) + 1;
        }
        pos = at + f.length;
    }
    out.length = pos;
    return out;
}

}  // namespace ga::geocode
