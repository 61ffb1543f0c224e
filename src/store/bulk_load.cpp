#include "store/bulk_load.h"

#include <fmt/format.h>
#include <utility>

namespace ga::store {
namespace {

// Page cache during a load, in KiB (a negative PRAGMA cache_size): pages are taken only as used.
constexpr int64_t kLoadCacheKiB = 128 * 1024;

Result<void> expectOne(Database& db, const std::string& sql, std::string_view what) {
    auto r = db.scalarInt(sql);
    if (!r) return std::unexpected(r.error());
    if (r->value_or(0) != 1) return fail(std::string(what));
    return {};
}

Result<int64_t> pragma(Database& db, std::string_view name) {
    auto r = db.scalarInt(fmt::format("PRAGMA {}", name));
    if (!r) return std::unexpected(r.error());
    return r->value_or(0);
}

}  // namespace

Result<BulkLoad> BulkLoad::begin(Project& project, std::span<const Layer> layers) {
    if (project.settings().srid == 0) return fail("the project has no CRS yet; give one with --crs");
    Database& db = project.db();
    auto cacheSize = pragma(db, "cache_size");
    if (!cacheSize) return std::unexpected(cacheSize.error());
    auto tempStore = pragma(db, "temp_store");
    if (!tempStore) return std::unexpected(tempStore.error());
    auto journal = db.scalarText("PRAGMA journal_mode");
    if (!journal) return std::unexpected(journal.error());
    // Statement journals of a long transaction otherwise spill to a temporary file and are
    // rewritten for every row; temp_store can only change outside a transaction.
    if (auto r = db.exec(fmt::format("PRAGMA temp_store = MEMORY; PRAGMA cache_size = -{}", kLoadCacheKiB)); !r)
        return std::unexpected(r.error());
    // A rollback journal holds only pages that existed before the load, so new rows are written
    // once, where WAL would write them twice (log, then checkpoint). It needs the file to
    // itself: when another connection has it open the mode stays WAL, which is just slower.
    bool leftWal = false;
    if (journal->value_or("") == "wal") {
        auto mode = db.scalarText("PRAGMA journal_mode = DELETE");
        leftWal = mode && mode->value_or("") == "delete";
    }
    BulkLoad load(project, Saved{*cacheSize, *tempStore, leftWal});
    auto tx = Transaction::begin(db);
    if (!tx) return std::unexpected(tx.error());
    load.tx_.emplace(std::move(*tx));
    for (Layer l : layers) {
        const LayerDef& def = layerDef(l);
        if (def.geometry == GeometryKind::None) continue;
        if (def.spatialIndex) {
            // DisableSpatialIndex drops the index triggers but keeps the R*Tree; drop it too so
            // CreateSpatialIndex later fills a fresh one in a single pass.
            if (auto r = db.exec(fmt::format("SELECT DisableSpatialIndex('{0}', 'geom'); DROP TABLE IF EXISTS "
                                             "\"idx_{0}_geom\"",
                                             def.name));
                !r)
                return std::unexpected(r.error());
        }
        if (auto r = expectOne(db, fmt::format("SELECT DiscardGeometryColumn('{}', 'geom')", def.name),
                               fmt::format("cannot detach the geometry column of layer {} for loading", def.name));
            !r)
            return std::unexpected(r.error());
        load.layers_.push_back(l);
    }
    return load;
}

BulkLoad::BulkLoad(BulkLoad&& o) noexcept
    : project_(std::exchange(o.project_, nullptr)), saved_(o.saved_), tx_(std::move(o.tx_)),
      layers_(std::move(o.layers_)) {
    o.tx_.reset();
}

BulkLoad::~BulkLoad() {
    tx_.reset();  // rolls back unless committed
    restore();
}

void BulkLoad::restore() {
    if (!project_) return;
    // Best effort: a failure leaves the connection with a larger cache, or the file with a
    // rollback journal, both of which work.
    (void)project_->db().exec(fmt::format("PRAGMA temp_store = {}; PRAGMA cache_size = {}", saved_.tempStore,
                                          saved_.cacheSize));
    if (saved_.wal) (void)project_->db().scalarText("PRAGMA journal_mode = WAL");
    project_ = nullptr;
}

Result<void> BulkLoad::commit() {
    if (!tx_ || !project_) return fail("the bulk load has ended already");
    Database& db = project_->db();
    const int srid = project_->settings().srid;
    for (Layer l : layers_) {
        const LayerDef& def = layerDef(l);
        if (auto r = expectOne(db,
                               fmt::format("SELECT RecoverGeometryColumn('{}', 'geom', {}, '{}', 'XY')", def.name, srid,
                                           geometryTypeName(def.geometry)),
                               fmt::format("layer {}: a loaded geometry is not a {} in EPSG:{}", def.name,
                                           geometryTypeName(def.geometry), srid));
            !r)
            return r;
        if (def.spatialIndex) {
            if (auto r = expectOne(db, fmt::format("SELECT CreateSpatialIndex('{}', 'geom')", def.name),
                                   fmt::format("cannot build the spatial index of layer {}", def.name));
                !r)
                return r;
        }
    }
    if (auto r = tx_->commit(); !r) return r;
    tx_.reset();
    layers_.clear();
    restore();
    return {};
}

}  // namespace ga::store
