#include "app/map_selection.h"

namespace ga::app {

void MapSelection::set(const QSet<qint64>& grids, const QSet<qint64>& buildings) {
    if (grids == grids_ && buildings == buildings_) return;
    grids_ = grids;
    buildings_ = buildings;
    emit changed();
}

}  // namespace ga::app
