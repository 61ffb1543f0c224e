#include "store/household_links.h"

#include <fmt/format.h>

#include <bit>
#include <cstring>
#include <limits>
#include <utility>

#include "geo/wkb.h"

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

namespace {

// The coordinates of a SpatiaLite point BLOB as stored (little-endian, XY: start, byte order,
// SRID, MBR, MBR end, class, x, y, end), read in place; anything else is decoded in full.
std::optional<geo::Point> pointOf(std::span<const uint8_t> blob) {
    constexpr size_t kPointBlob = 60, kClass = 39, kX = 43, kY = 51;
    if (blob.size() == kPointBlob && blob[1] == 0x01 && blob[kClass] == 1 && blob[kClass + 1] == 0 &&
        blob[kClass + 2] == 0 && blob[kClass + 3] == 0 && std::endian::native == std::endian::little) {
        geo::Point p;
        std::memcpy(&p.x, blob.data() + kX, sizeof p.x);
        std::memcpy(&p.y, blob.data() + kY, sizeof p.y);
        return p;
    }
    auto g = geo::fromSpatialiteBlob(blob);
    if (!g || g->type != geo::GeomType::Point || g->points.empty()) return std::nullopt;
    return g->points.front();
}

}  // namespace

Result<HouseholdsToGeocode> readHouseholdsToGeocode(Project& project, bool addresses) {
    HouseholdsToGeocode h;
    const bool geometry = project.settings().srid != 0;
    // Households and their links are two scans in household order merged here: cheaper than a
    // join's seek per household.
    auto st = project.db().prepare(fmt::format("SELECT id, {}, {} FROM households WHERE state = 'active' ORDER BY id",
                                               addresses ? "address" : "NULL", geometry ? "geom" : "NULL"));
    if (!st) return std::unexpected(st.error());
    auto links = project.db().prepare(
        "SELECT household, building, method, level, reason, confidence FROM household_links ORDER BY household");
    if (!links) return std::unexpected(links.error());
    auto linked = links->step();
    if (!linked) return std::unexpected(linked.error());
    // Addresses longer than this are junk; keeping them whole only costs memory.
    constexpr size_t kLongest = 4096;
    for (;;) {
        auto more = st->step();
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        const size_t i = h.ids.size();
        const int64_t id = st->integer(0);
        h.ids.push_back(id);
        if (addresses) {
            const std::string_view address = st->textView(1);
            h.addressText.append(address.substr(0, kLongest));
        }
        h.addressEnds.push_back(static_cast<uint32_t>(h.addressText.size()));
        while (*linked && links->integer(0) < id) {
            linked = links->step();
            if (!linked) return std::unexpected(linked.error());
        }
        if (*linked && links->integer(0) == id) {
            h.buildings.push_back(links->optInteger(1).value_or(0));
            h.methods.push_back(linkMethodFromId(links->textView(2)));
            h.stampText += links->textView(3);
            h.stampText += '|';
            h.stampText += links->textView(4);
            h.confidences.push_back(links->optReal(5).value_or(std::numeric_limits<double>::quiet_NaN()));
        } else {
            h.buildings.push_back(0);
            h.methods.push_back(LinkMethod::None);
            h.stampText += '|';
            h.confidences.push_back(std::numeric_limits<double>::quiet_NaN());
        }
        h.stampEnds.push_back(static_cast<uint32_t>(h.stampText.size()));
        if (!st->isNull(2))
            if (const auto p = pointOf(st->blob(2))) {
                h.located.push_back(static_cast<uint32_t>(i));
                h.points.push_back(*p);
            }
    }
    return h;
}

namespace {

bool isEmpty(const HouseholdLink& l) {
    return l.building <= 0 && l.level.empty() && l.reason.empty() && l.method == LinkMethod::None;
}

// Binds link `l` to parameters first … first + 5 of an upsert. The ids bound are either static
// or held by the caller's span for the whole write.
void bindLink(Statement& st, int first, const HouseholdLink& l) {
    st.bind(first, l.household);
    if (l.building > 0)
        st.bind(first + 1, l.building).bind(first + 3, l.confidence);
    else
        st.bind(first + 1, std::nullopt).bind(first + 3, std::nullopt);
    if (l.level.empty())
        st.bind(first + 2, std::nullopt);
    else
        st.bindStatic(first + 2, l.level);
    if (l.reason.empty())
        st.bind(first + 4, std::nullopt);
    else
        st.bindStatic(first + 4, l.reason);
    if (l.method == LinkMethod::None)
        st.bind(first + 5, std::nullopt);
    else
        st.bindStatic(first + 5, linkMethodId(l.method));
}

// Rows per upsert statement: one statement step per row costs as much as the row's write.
constexpr size_t kRowsPerUpsert = 64;

Result<Statement> prepareUpsert(Project& project, size_t rows) {
    std::string sql = "INSERT INTO household_links(household, building, level, confidence, reason, method) VALUES ";
    for (size_t r = 0; r < rows; ++r) sql += r == 0 ? "(?,?,?,?,?,?)" : ",(?,?,?,?,?,?)";
    sql +=
        " ON CONFLICT(household) DO UPDATE SET building = excluded.building, level = excluded.level, "
        "confidence = excluded.confidence, reason = excluded.reason, method = excluded.method";
    return project.db().prepare(sql);
}

// Writes in the order given; in household order the upserts walk the table's pages once, front
// to back. Links that set nothing remove the household's row.
Result<void> updateLinks(Project& project, std::span<const HouseholdLink> links) {
    std::optional<Statement> many, one, remove;
    auto failed = [](std::span<const HouseholdLink> rows, const Error& e) {
        return fail(fmt::format("households {}…{}: {}", rows.front().household, rows.back().household, e.message));
    };
    std::vector<HouseholdLink> pending;  // a run of links to upsert, flushed in full statements
    pending.reserve(kRowsPerUpsert);
    auto flush = [&](bool all) -> Result<void> {
        size_t done = 0;
        if (pending.size() == kRowsPerUpsert) {
            if (!many) {
                auto st = prepareUpsert(project, kRowsPerUpsert);
                if (!st) return std::unexpected(st.error());
                many.emplace(std::move(*st));
            }
            for (size_t r = 0; r < kRowsPerUpsert; ++r) bindLink(*many, static_cast<int>(6 * r + 1), pending[r]);
            if (auto r = many->run(); !r) return failed(pending, r.error());
            done = kRowsPerUpsert;
        } else if (all) {
            for (; done < pending.size(); ++done) {
                if (!one) {
                    auto st = prepareUpsert(project, 1);
                    if (!st) return std::unexpected(st.error());
                    one.emplace(std::move(*st));
                }
                bindLink(*one, 1, pending[done]);
                if (auto r = one->run(); !r) return failed({&pending[done], 1}, r.error());
            }
        }
        pending.erase(pending.begin(), pending.begin() + static_cast<std::ptrdiff_t>(done));
        return {};
    };
    for (const HouseholdLink& l : links) {
        if (!isEmpty(l)) {
            pending.push_back(l);
            if (auto r = flush(false); !r) return r;
            continue;
        }
        if (auto r = flush(true); !r) return r;
        if (!remove) {
            auto st = project.db().prepare("DELETE FROM household_links WHERE household = ?");
            if (!st) return std::unexpected(st.error());
            remove.emplace(std::move(*st));
        }
        remove->bind(1, l.household);
        if (auto r = remove->run(); !r) return failed({&l, 1}, r.error());
    }
    return flush(true);
}

}  // namespace

Result<void> writeHouseholdLinks(Project& project, std::span<const HouseholdLink> links) {
    return updateLinks(project, links);
}

// Foreign keys can only be switched outside a transaction; the page cache is for the run.
constexpr int64_t kBatchCacheKiB = 512 * 1024;
constexpr std::string_view kBuildingIndex = "CREATE INDEX household_links_building ON household_links(building)";

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
    return b;
}

LinkBatch::LinkBatch(LinkBatch&& o) noexcept
    : project_(std::exchange(o.project_, nullptr)),
      tx_(std::move(o.tx_)),
      indexDropped_(o.indexDropped_),
      cacheSize_(o.cacheSize_) {
    o.tx_.reset();
}

LinkBatch::~LinkBatch() {
    tx_.reset();  // rolls back what was not committed, the index included
    restoreSettings();
}

void LinkBatch::restoreSettings() {
    if (!project_) return;
    (void)project_->db().exec(fmt::format("PRAGMA foreign_keys = ON; PRAGMA cache_size = {}", cacheSize_));
    project_ = nullptr;
}

Result<void> LinkBatch::write(std::span<const HouseholdLink> links, bool many) {
    if (many && !indexDropped_) {
        if (auto r = project_->db().exec("DROP INDEX IF EXISTS household_links_building"); !r) return r;
        indexDropped_ = true;
    }
    return updateLinks(*project_, links);
}

Result<void> LinkBatch::commit() {
    if (indexDropped_)
        if (auto r = project_->db().exec(kBuildingIndex); !r) return r;
    if (auto r = tx_->commit(); !r) return r;
    tx_.reset();
    restoreSettings();
    return {};
}

Result<StoredLink> readHouseholdLink(Project& project, int64_t household) {
    auto st = project.db().prepare(
        "SELECT l.building, coalesce(l.level, ''), l.confidence, coalesce(l.reason, ''), coalesce(l.method, '') "
        "FROM households h LEFT JOIN household_links l ON l.household = h.id WHERE h.id = ?");
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
