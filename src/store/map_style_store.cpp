#include "store/map_style_store.h"

#include <algorithm>
#include <cctype>

namespace ga::store {
namespace {

constexpr std::string_view kOsmAttribution = "© OpenStreetMap contributors";

Result<void> saveSetting(Project& project, std::string_view key, std::string_view value) {
    auto st = project.db().prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    if (!st) return std::unexpected(st.error());
    st->bind(1, key).bind(2, value);
    return st->run();
}

Result<std::optional<std::string>> loadSetting(Project& project, std::string_view key) {
    auto st = project.db().prepare("SELECT value FROM settings WHERE key = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, key);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::optional<std::string>{};
    return st->optText(0);
}

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

Result<std::optional<std::string>> loadMapStyle(Project& project) { return loadSetting(project, "map_style"); }

Result<void> saveMapStyle(Project& project, std::string_view json) {
    if (project.readOnly()) return fail(project.path() + ": opened read-only; the map style cannot be saved");
    return saveSetting(project, "map_style", json);
}

Result<void> saveAttribution(Project& project, std::string_view text) {
    if (project.readOnly()) return fail(project.path() + ": opened read-only; the attribution cannot be saved");
    return saveSetting(project, "attribution", text);
}

bool mentionsOpenStreetMap(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    if (lower.find("openstreetmap") != std::string::npos) return true;
    for (size_t at = lower.find("osm"); at != std::string::npos; at = lower.find("osm", at + 1)) {
        const bool startsWord = at == 0 || !isAsciiLetter(lower[at - 1]);
        const bool endsWord = at + 3 >= lower.size() || !isAsciiLetter(lower[at + 3]);
        if (startsWord && endsWord) return true;
    }
    return false;
}

Result<std::vector<std::string>> dataAttributions(Project& project) {
    std::vector<std::string> lines;
    auto own = loadSetting(project, "attribution");
    if (!own) return std::unexpected(own.error());
    if (*own) {
        std::string_view rest = **own;
        while (!rest.empty()) {
            const size_t nl = rest.find('\n');
            std::string_view line = rest.substr(0, nl);
            if (!line.empty()) lines.emplace_back(line);
            rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
        }
    }
    auto st = project.db().prepare(
        "SELECT coalesce(target, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(detail, '') "
        "FROM edit_log WHERE action = 'import' AND undone_by IS NULL");
    if (!st) return std::unexpected(st.error());
    bool osm = false;
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        if (mentionsOpenStreetMap(st->text(0))) osm = true;
    }
    if (osm && std::find(lines.begin(), lines.end(), kOsmAttribution) == lines.end())
        lines.emplace_back(kOsmAttribution);
    return lines;
}

}  // namespace ga::store
