#include "store/grid_link_writer.h"

#include <fmt/format.h>

namespace ga::store {

Result<GridLinkWriter> GridLinkWriter::create(Project& project, Layer layer) {
    if (layer != Layer::Buildings && layer != Layer::Issues)
        return fail(fmt::format("layer {} has no grid link", layerDef(layer).name));
    auto st = project.db().prepare(fmt::format("UPDATE {} SET grid = ? WHERE id = ?", layerDef(layer).name));
    if (!st) return std::unexpected(st.error());
    return GridLinkWriter(project.db(), std::move(*st), layerDef(layer).name);
}

Result<void> GridLinkWriter::set(int64_t id, std::string_view gridCode) {
    if (gridCode.empty()) st_.bind(1, std::nullopt);
    else st_.bind(1, gridCode);
    st_.bind(2, id);
    if (auto r = st_.run(); !r) return r;
    if (db_->changes() != 1) return fail(fmt::format("{}: no feature with id {}", layer_, id));
    return {};
}

}  // namespace ga::store
