#pragma once
// Writes grid links that are already known (a generator that placed each building in its grid, an
// editor that moved one) without recomputing containment: buildings.grid and issues.grid.
#include <cstdint>
#include <string_view>

#include "core/error.h"
#include "store/layers.h"
#include "store/project.h"

namespace ga::store {

class GridLinkWriter {
public:
    /// A writer for `layer`, which must be Buildings or Issues; the caller owns the transaction.
    static Result<GridLinkWriter> create(Project& project, Layer layer);

    /// Sets the grid code of feature `id` (an empty code clears the link); fails for an unknown id.
    Result<void> set(int64_t id, std::string_view gridCode);

private:
    GridLinkWriter(Database& db, Statement st, std::string_view layer) : db_(&db), st_(std::move(st)), layer_(layer) {}
    Database* db_;
    Statement st_;
    std::string_view layer_;
};

}  // namespace ga::store
