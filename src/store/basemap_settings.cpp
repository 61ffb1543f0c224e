#include "store/basemap_settings.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/json_writer.h"

namespace ga::store {
namespace {

constexpr std::string_view kKey = "basemaps";

Result<void> writable(Project& project) {
    if (project.readOnly()) return fail(project.path() + ": opened read-only; the basemaps cannot be changed");
    return {};
}

std::string toJson(std::span<const BasemapSetting> basemaps) {
    JsonWriter w;
    w.beginArray();
    for (const BasemapSetting& b : basemaps) {
        w.beginObject();
        w.field("name", b.name).field("source", b.source).field("opacity", b.opacity).field("visible", b.visible);
        w.field("attribution", b.attribution);
        w.endObject();
    }
    w.endArray();
    return w.str();
}

Result<void> logChange(Project& project, const std::string& operatorName, const std::string& summary,
                       const BasemapSetting& b) {
    JsonWriter detail;
    detail.beginObject().field("name", b.name).field("source", b.source).endObject();
    auto id = project.logEdit({operatorName, "basemap", b.name, summary, detail.str()});
    if (!id) return std::unexpected(id.error());
    return {};
}

}  // namespace

Result<std::vector<BasemapSetting>> loadBasemaps(Project& project) {
    auto st = project.db().prepare(
        "SELECT json_extract(j.value, '$.name'), json_extract(j.value, '$.source'), "
        "json_extract(j.value, '$.opacity'), json_extract(j.value, '$.visible'), "
        "json_extract(j.value, '$.attribution') "
        "FROM settings, json_each(settings.value) AS j WHERE settings.key = ? ORDER BY j.key");
    if (!st) return std::unexpected(st.error());
    st->bind(1, kKey);
    std::vector<BasemapSetting> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return fail(fmt::format("{}: the saved basemap list (settings key '{}') cannot be read: {}", project.path(),
                                    kKey, row.error().message));
        if (!*row) break;
        BasemapSetting b;
        b.name = st->text(0);
        b.source = st->text(1);
        b.opacity = st->isNull(2) ? 1.0 : std::clamp(st->real(2), 0.0, 1.0);
        b.visible = st->isNull(3) || st->integer(3) != 0;
        b.attribution = st->text(4);
        out.push_back(std::move(b));
    }
    return out;
}

Result<void> saveBasemaps(Project& project, std::span<const BasemapSetting> basemaps) {
    if (auto w = writable(project); !w) return w;
    for (size_t i = 0; i < basemaps.size(); ++i) {
        const BasemapSetting& b = basemaps[i];
        if (b.name.empty()) return fail(fmt::format("basemap {} ({}) has no name", i + 1, b.source));
        if (b.source.empty()) return fail(fmt::format("basemap '{}' has no file or URL", b.name));
        if (!(b.opacity >= 0 && b.opacity <= 1))
            return fail(fmt::format("basemap '{}': opacity {} is not within 0–1", b.name, b.opacity));
        for (size_t j = 0; j < i; ++j)
            if (basemaps[j].name == b.name) return fail(fmt::format("two basemaps are called '{}'", b.name));
    }
    auto st = project.db().prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    if (!st) return std::unexpected(st.error());
    st->bind(1, kKey).bind(2, toJson(basemaps));
    return st->run();
}

Result<void> addBasemap(Project& project, const BasemapSetting& basemap, const std::string& operatorName) {
    if (auto w = writable(project); !w) return w;
    auto tx = Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    auto list = loadBasemaps(project);
    if (!list) return std::unexpected(list.error());
    if (std::any_of(list->begin(), list->end(), [&](const BasemapSetting& b) { return b.name == basemap.name; }))
        return fail(
            fmt::format("{}: a basemap called '{}' exists already; give another --name", project.path(), basemap.name));
    list->push_back(basemap);
    if (auto r = saveBasemaps(project, *list); !r) return r;
    if (auto r =
            logChange(project, operatorName, fmt::format("添加底图 {}（{}）", basemap.name, basemap.source), basemap);
        !r)
        return r;
    return tx->commit();
}

Result<void> removeBasemap(Project& project, const std::string& name, const std::string& operatorName) {
    if (auto w = writable(project); !w) return w;
    auto tx = Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    auto list = loadBasemaps(project);
    if (!list) return std::unexpected(list.error());
    const auto it = std::find_if(list->begin(), list->end(), [&](const BasemapSetting& b) { return b.name == name; });
    if (it == list->end()) return fail(fmt::format("{}: no basemap called '{}'", project.path(), name));
    const BasemapSetting removed = *it;
    list->erase(it);
    if (auto r = saveBasemaps(project, *list); !r) return r;
    if (auto r = logChange(project, operatorName, fmt::format("移除底图 {}", removed.name), removed); !r) return r;
    return tx->commit();
}

}  // namespace ga::store
