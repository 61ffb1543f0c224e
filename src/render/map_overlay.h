#pragma once
// Something drawn over the map's areas and boundaries, under its point layers and labels: the
// issue heatmap, the per-grid choropleth. An overlay is immutable once made and may be drawn by
// several frames at once on worker threads; a new look is a new overlay.
#include <QPainter>
#include <stop_token>

#include "render/map_view.h"

namespace ga::render {

class MapOverlay {
public:
    virtual ~MapOverlay() = default;
    /// Draws into the rectangle (0, 0, view.size) of the painter's current coordinates, one unit
    /// being one logical pixel, as MapRenderer does.
    virtual void draw(QPainter& painter, const MapView& view, std::stop_token stop) const = 0;
};

}  // namespace ga::render
