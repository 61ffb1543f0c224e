#pragma once
// Bulk loading of whole layers (synth districts, very large imports) in one transaction:
// SpatiaLite's per-row geometry triggers and R*Tree maintenance are lifted while rows go in and
// restored in one pass per layer at the end, statement journals stay in memory, the page cache is
// large and new pages are written once (rollback journal instead of WAL during the load) —
// together several times faster than inserting row by row with the triggers in place.
#include <optional>
#include <span>
#include <vector>

#include "core/error.h"
#include "store/layers.h"
#include "store/project.h"

namespace ga::store {

class BulkLoad {
public:
    /// Opens the load's transaction (none may be open yet) and detaches the geometry columns of
    /// `layers` (their triggers and spatial indexes). Write rows with LayerWriter, log the edit
    /// with Project::logEdit, then commit(); without commit() everything is rolled back.
    static Result<BulkLoad> begin(Project& project, std::span<const Layer> layers);

    BulkLoad(BulkLoad&& o) noexcept;
    BulkLoad& operator=(BulkLoad&&) = delete;
    /// Rolls back when commit() was not reached, and restores the connection's settings.
    ~BulkLoad();

    /// Registers the geometry columns again, checking every stored geometry's type and CRS,
    /// builds the spatial indexes from the rows now present, commits, and puts the connection's
    /// settings (journal mode, cache, temporary storage) back as they were.
    Result<void> commit();

private:
    struct Saved {
        int64_t cacheSize = -2000;
        int64_t tempStore = 0;
        bool wal = false;  ///< the file was in WAL mode and is switched back after the load
    };
    BulkLoad(Project& project, Saved saved) : project_(&project), saved_(saved) {}
    void restore();
    Project* project_;  ///< null once the connection's settings are restored
    Saved saved_;
    std::optional<Transaction> tx_;
    std::vector<Layer> layers_;
};

}  // namespace ga::store
