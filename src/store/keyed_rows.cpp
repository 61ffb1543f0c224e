#include "store/keyed_rows.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>

namespace ga::store {

Result<std::unordered_map<std::string, KeyedRow>> existingKeys(Project& project, Layer layer) {
    const LayerDef& def = layerDef(layer);
    std::unordered_map<std::string, KeyedRow> keys;
    if (def.key.empty()) return keys;
    const std::string active = layer == Layer::Households ? "state = 'active'" : "1";
    auto st = project.db().prepare(
        fmt::format("SELECT \"{}\", id, {} FROM {} WHERE \"{}\" IS NOT NULL", def.key, active, def.name, def.key));
    if (!st) return std::unexpected(st.error());
    for (;;) {
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        keys[st->text(0)] = KeyedRow{st->integer(1), st->integer(2) != 0};
    }
    if (layer == Layer::Grids) {
        auto issued = project.db().prepare("SELECT code FROM grid_codes");
        if (!issued) return std::unexpected(issued.error());
        for (;;) {
            auto row = issued->step();
            if (!row) return std::unexpected(row.error());
            if (!*row) break;
            keys.try_emplace(issued->text(0), KeyedRow{0, false});
        }
    }
    return keys;
}

Result<void> recordIssuedGridCodes(Project& project, std::span<const std::string> codes) {
    auto st = project.db().prepare("INSERT OR IGNORE INTO grid_codes(code, issued_at) VALUES (?, ?)");
    if (!st) return std::unexpected(st.error());
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::string date = fmt::format("{:%F}", today);
    for (const std::string& code : codes) {
        st->bind(1, std::string_view(code)).bind(2, std::string_view(date));
        if (auto r = st->run(); !r) return r;
    }
    return {};
}

Result<int64_t> setHouseholdState(Project& project, std::span<const int64_t> ids, std::string_view state) {
    auto st = project.db().prepare("UPDATE households SET state = ? WHERE id = ? AND state != ?");
    if (!st) return std::unexpected(st.error());
    int64_t changed = 0;
    for (int64_t id : ids) {
        st->bind(1, state).bind(2, id).bind(3, state);
        if (auto r = st->run(); !r) return std::unexpected(r.error());
        changed += project.db().changes();
    }
    return changed;
}

}  // namespace ga::store
