#pragma once
// Draws a MapModel for a MapView onto any QPainter: a QImage for the screen and PNG, a QPdfWriter
// or printer for paper. The canvas, the printouts and `gridatlas-cli render` all draw through it,
// so what is printed is what is seen.
//
// The renderer draws into the rectangle (0, 0, view.size) of the painter's current coordinates,
// one unit being one logical pixel: a caller printing onto a page sets the painter's transform to
// map that rectangle onto the page and view.devicePixelRatio to the device pixels per logical
// pixel there, so level of detail follows the real output resolution.
#include <QImage>
#include <QPainter>
#include <chrono>
#include <memory>
#include <optional>
#include <stop_token>
#include <vector>

#include "model/map_model.h"
#include "render/basemap_layer.h"
#include "render/label_engine.h"
#include "render/map_overlay.h"
#include "render/map_style.h"
#include "render/map_view.h"

namespace ga::render {

class LabelSpriteCache;
class TextMeasures;
class BaseFrameCache;

struct RenderOptions {
    std::vector<uint32_t> selectedGrids;      ///< indexes into MapModel::grids(), highlighted
    std::vector<uint32_t> selectedBuildings;  ///< indexes into MapModel::buildings(), highlighted
    std::optional<uint32_t> focusGrid;        ///< print: this grid at full strength, the others faded
    /// Print: a white veil of this opacity (0–1) over everything outside the focus grid, under the
    /// labels, and the focus grid's outline drawn again over it; 0 leaves the surroundings as they are.
    double fadeOutsideFocus = 0;
    /// Print: boxes (logical px) where no label is placed, under what a sheet draws over the map
    /// (north arrow, scale bar).
    std::vector<QRectF> keepClear;
    bool labels = true;
    bool attribution = true;  ///< the data-source line in the bottom right corner
    /// Drawn over the map (over a cached frame too), under the selection and labels: heatmap, choropleth.
    std::vector<std::shared_ptr<const MapOverlay>> overlays;
    /// Print: basemaps are drawn at no more than this many device pixels per logical pixel (0: the
    /// view's own ratio), so a 300 dpi A0 sheet does not carry a gigabyte image of an orthophoto
    /// whose own pixels are coarser than that anyway.
    double basemapPixelRatio = 0;
};

/// Time spent on one stage of a frame: a layer's name, "boundaries", "points", "label placement
/// (parallel)" (on a second thread, overlapping the others), "label drawing", ...
struct StageTime {
    std::string_view stage;
    std::chrono::microseconds time{0};
};

struct RenderResult {
    std::vector<PlacedLabel> labels;    ///< what the label engine placed, in placement order
    size_t features = 0;                ///< features drawn (dots included)
    bool cancelled = false;             ///< stopped early: the drawing is incomplete
    std::vector<StageTime> stages;      ///< where the time went, in drawing order
    std::vector<std::string> problems;  ///< what is missing from the frame (a basemap's tiles that did not come)
};

struct RenderedImage {
    QImage image;  ///< ARGB32_Premultiplied, view.size x devicePixelRatio, with that pixel ratio set
    RenderResult result;
};

class MapRenderer {
public:
    MapRenderer(std::shared_ptr<const model::MapModel> model, MapStyle style);

    const model::MapModel& model() const { return *model_; }
    const MapStyle& style() const { return style_; }
    /// Basemaps drawn under every layer, bottom first; set before the renderer is shared (frames
    /// kept for selection changes are dropped).
    void setBasemaps(BasemapLayers basemaps);
    const BasemapLayers& basemaps() const { return basemaps_; }
    /// The corner attribution: attributionText() and the credits of the visible basemaps.
    QString attributionLine() const;

    /// Draws the map; the error says why a view cannot be drawn (absurd extent or size).
    /// Safe to call from several threads at once.
    Result<RenderResult> render(QPainter& painter, const MapView& view, const RenderOptions& options = {},
                                std::stop_token stop = {}) const;
    /// Draws the map into a new image. When the same view is drawn again with only the selection
    /// changed (the grid table and the map share it), the frame under the selection is reused
    /// from a cache: a selection change then costs a blit and the labels, not a whole frame.
    Result<RenderedImage> renderImage(const MapView& view, const RenderOptions& options = {},
                                      std::stop_token stop = {}) const;

private:
    // The whole frame; with `base`, a copy of the image as it is before the selection is drawn.
    Result<RenderResult> draw(QPainter& painter, const MapView& view, const RenderOptions& options,
                              std::stop_token stop, const QImage* image, QImage* base) const;
    // Selection, attribution and the given labels over a frame's base.
    void overlay(QPainter& painter, const MapView& view, const RenderOptions& options,
                 const std::vector<PlacedLabel>& labels) const;

    std::shared_ptr<const model::MapModel> model_;
    MapStyle style_;
    BasemapLayers basemaps_;
    // Caches shared by copies of the renderer; thread-safe.
    std::shared_ptr<LabelSpriteCache> sprites_;
    std::shared_ptr<TextMeasures> measures_;
    std::shared_ptr<BaseFrameCache> frames_;
};

/// The corner attribution: the project's data-source lines and the style's own text, joined.
QString attributionText(const model::MapModel& model, const MapStyle& style);

}  // namespace ga::render
