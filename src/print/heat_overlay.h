#pragma once
// The issue heatmap on a printed map (render::HeatmapLayer's density and colours): computed at no
// more than 150 dpi on the paper, since a smooth surface gains nothing from more and an A0 map at
// 300 dpi would embed a third of a gigabyte of image; its legend in the map's bottom right corner.
#include <memory>

#include "analysis/issue_table.h"
#include "render/heatmap_layer.h"
#include "render/map_overlay.h"

namespace ga::print {

class HeatOverlay : public render::MapOverlay {
public:
    /// The density of every located issue within `radius` metres; `mmPerPixel` is the size of the
    /// map's logical pixel on the paper.
    HeatOverlay(std::shared_ptr<const analysis::IssueTable> issues, double radius, double mmPerPixel,
                double maxDpi = 150);

    void draw(QPainter& painter, const render::MapView& view, std::stop_token stop) const override;
    /// Where the legend goes in a map of `view` (logical px).
    static QRectF legendBox(const render::MapView& view);

private:
    render::HeatmapLayer layer_;
    render::HeatRamp ramp_;
    double mmPerPixel_, maxDpi_;
};

}  // namespace ga::print
