#include "store/household_links.h"

#include <fmt/format.h>

#include <utility>

namespace ga::store {

std::string_view linkMethodId(LinkMethod m) {
    switch (m) {
        case LinkMethod::None:
            return "";
        case LinkMethod::Address:
            return "address";
        case LinkMethod::Point:
            return "point";
        case LinkMethod::Manual:
            return "manual";
    }
    return "";
}

LinkMethod linkMethodFromId(std::string_view id) {
    if (id == "address") return LinkMethod::Address;
    if (id == "point") return LinkMethod::Point;
    if (id == "manual") return LinkMethod::Manual;
    return LinkMethod::None;
}

Result<HouseholdsToGeocode> readHouseholdsToGeocode(Project& project, bool addresses) {
    HouseholdsToGeocode h;
    const bool geometry = project.settings().srid != 0;
    // A point's coordinates straight from SpatiaLite: no geometry decoded per row.
    auto st = project.db().prepare(
        fmt::format("SELECT id, {}, building_id, link_method, {}, "
                    "coalesce(match_level, '') || '|' || coalesce(match_reason, '') "
                    "FROM households WHERE state = 'active' ORDER BY id",
                    addresses ? "coalesce(address, '')" : "''", geometry ? "ST_X(geom), ST_Y(geom)" : "NULL, NULL"));
    if (!st) return std::unexpected(st.error());
    // Addresses longer than this are junk; keeping them whole only costs memory.
    constexpr size_t kLongest = 4096;
    for (;;) {
        auto more = st->step();
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        const size_t i = h.ids.size();
        h.ids.push_back(st->integer(0));
        if (addresses) {
            const std::string address = st->text(1);
            h.addressText.append(address, 0, std::min(address.size(), kLongest));
        }
        h.addressEnds.push_back(static_cast<uint32_t>(h.addressText.size()));
        h.buildings.push_back(st->optInteger(2).value_or(0));
        h.methods.push_back(linkMethodFromId(st->text(3)));
        const std::string stamp = st->text(6);
        h.stampText += stamp;
        h.stampEnds.push_back(static_cast<uint32_t>(h.stampText.size()));
        if (!st->isNull(4) && !st->isNull(5)) {
            h.located.push_back(static_cast<uint32_t>(i));
            h.points.push_back({st->real(4), st->real(5)});
        }
    }
    return h;
}

namespace {

Result<void> updateLinks(Project& project, std::span<const HouseholdLink> links) {
    auto st = project.db().prepare(
        "UPDATE households SET building_id = ?, match_level = ?, confidence = ?, match_reason = ?, link_method = ? "
        "WHERE id = ?");
    if (!st) return std::unexpected(st.error());
    for (const HouseholdLink& l : links) {
        if (l.building > 0)
            st->bind(1, l.building);
        else
            st->bind(1, std::nullopt);
        if (l.level.empty())
            st->bind(2, std::nullopt);
        else
            st->bind(2, l.level);
        if (l.building > 0)
            st->bind(3, l.confidence);
        else
            st->bind(3, std::nullopt);
        if (l.reason.empty())
            st->bind(4, std::nullopt);
        else
            st->bind(4, l.reason);
        if (l.method == LinkMethod::None)
            st->bind(5, std::nullopt);
        else
            st->bind(5, linkMethodId(l.method));
        st->bind(6, l.household);
        if (auto r = st->run(); !r) return fail(fmt::format("household {}: {}", l.household, r.error().message));
    }
    return {};
}

}  // namespace

Result<void> writeHouseholdLinks(Project& project, std::span<const HouseholdLink> links) {
    return updateLinks(project, links);
}

// Foreign keys can only be switched outside a transaction; the page cache is for the run.
constexpr int64_t kBatchCacheKiB = 512 * 1024;
constexpr std::string_view kBuildingIndex = "CREATE INDEX households_building ON households(building_id)";

Result<LinkBatch> LinkBatch::begin(Project& project) {
    LinkBatch b(project);
    auto cache = project.db().scalarInt("PRAGMA cache_size");
    if (!cache) return std::unexpected(cache.error());
    b.cacheSize_ = cache->value_or(-2000);
    if (auto r = project.db().exec(fmt::format("PRAGMA foreign_keys = OFF; PRAGMA cache_size = -{}", kBatchCacheKiB));
        !r)
        return std::unexpected(r.error());
    auto tx = Transaction::begin(project.db());
    if (!tx) return std::unexpected(tx.error());
    b.tx_.emplace(std::move(*tx));
    // SpatiaLite's "last modified" trigger runs an UPDATE of geometry_columns_time for every
    // households row changed: most of the cost of a link. Links never touch the geometry.
    auto st = project.db().prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'households' "
        "AND name LIKE 'tmu\\_%' ESCAPE '\\'");
    if (!st) return std::unexpected(st.error());
    for (;;) {
        auto more = st->step();
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        b.triggers_.push_back({st->text(0), st->text(1)});
    }
    for (const auto& [name, sql] : b.triggers_)
        if (auto r = project.db().exec(fmt::format("DROP TRIGGER \"{}\"", name)); !r) return std::unexpected(r.error());
    return b;
}

LinkBatch::LinkBatch(LinkBatch&& o) noexcept
    : project_(std::exchange(o.project_, nullptr)),
      tx_(std::move(o.tx_)),
      triggers_(std::move(o.triggers_)),
      indexDropped_(o.indexDropped_),
      cacheSize_(o.cacheSize_) {
    o.tx_.reset();
}

LinkBatch::~LinkBatch() {
    tx_.reset();  // rolls back what was not committed, triggers and index included
    restoreSettings();
}

void LinkBatch::restoreSettings() {
    if (!project_) return;
    (void)project_->db().exec(fmt::format("PRAGMA foreign_keys = ON; PRAGMA cache_size = {}", cacheSize_));
    project_ = nullptr;
}

Result<void> LinkBatch::write(std::span<const HouseholdLink> links, bool many) {
    if (many && !indexDropped_) {
        if (auto r = project_->db().exec("DROP INDEX IF EXISTS households_building"); !r) return r;
        indexDropped_ = true;
    }
    return updateLinks(*project_, links);
}

Result<void> LinkBatch::commit() {
    for (const auto& [name, sql] : triggers_)
        if (auto r = project_->db().exec(sql); !r) return r;
    if (!triggers_.empty()) {
        auto r = project_->db().exec(
            "UPDATE geometry_columns_time SET last_update = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
            "WHERE lower(f_table_name) = 'households'");
        if (!r) return r;
    }
    if (indexDropped_)
        if (auto r = project_->db().exec(kBuildingIndex); !r) return r;
    if (auto r = tx_->commit(); !r) return r;
    tx_.reset();
    restoreSettings();
    return {};
}

Result<StoredLink> readHouseholdLink(Project& project, int64_t household) {
    auto st = project.db().prepare(
        "SELECT building_id, coalesce(match_level, ''), confidence, coalesce(match_reason, ''), link_method "
        "FROM households WHERE id = ?");
    if (!st) return std::unexpected(st.error());
    st->bind(1, household);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(fmt::format("household {}: no such household", household));
    return StoredLink{st->optInteger(0), st->text(1), st->text(3), st->optReal(2), linkMethodFromId(st->text(4))};
}

Result<void> setHouseholdLink(Project& project, int64_t household, const StoredLink& link) {
    const HouseholdLink l{household,  link.building.value_or(0), link.level, link.confidence.value_or(0), link.reason,
                          link.method};
    return writeHouseholdLinks(project, std::span<const HouseholdLink>(&l, 1));
}

}  // namespace ga::store
