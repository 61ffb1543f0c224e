#pragma once
// Writes rows into a layer with one prepared statement; the caller owns the transaction.
#include <optional>

#include "store/layers.h"
#include "store/project.h"

namespace ga::store {

enum class WriteMode {
    Insert,  ///< every row is new; a duplicate key is an error naming the row
    Upsert,  ///< rows whose key exists are updated (registers re-imported with --update)
};

class LayerWriter {
public:
    static Result<LayerWriter> create(Project& project, Layer layer, WriteMode mode);

    /// Writes one row and returns its id; the error names row.source.
    Result<int64_t> write(const Row& row);

private:
    LayerWriter(const LayerDef& def, int srid, Statement main, std::optional<Statement> personal)
        : def_(&def), srid_(srid), main_(std::move(main)), personal_(std::move(personal)) {}
    const LayerDef* def_;
    int srid_;
    Statement main_;
    std::optional<Statement> personal_;
};

}  // namespace ga::store
