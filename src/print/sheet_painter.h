#pragma once
// Draws a whole sheet: title band, the map through render::MapRenderer (neighbouring grids faded,
// north arrow, scale bar), the panel blocks and the footer. It draws on any QPainter whose page
// starts at (0, 0): a QPdfWriter page, a QImage, a printer. Safe to use from several threads.
#include <QPainter>
#include <memory>
#include <optional>
#include <stop_token>
#include <vector>

#include "analysis/issue_table.h"
#include "model/map_model.h"
#include "print/map_frame.h"
#include "print/paper.h"
#include "print/scale_bar.h"
#include "print/sheet_content.h"
#include "print/sheet_layout.h"
#include "render/legend.h"
#include "render/map_renderer.h"
#include "render/map_style.h"

namespace ga::print {

/// Optional layers of a printout.
struct PrintOptions {
    bool organisations = true;  ///< organisations' symbols and names (as the map style shows them)
    bool issues = false;        ///< issue points
    bool heatmap = false;       ///< the issue heatmap (needs the issue table, see SheetPainter)
    double heatRadius = 100;    ///< metres
    bool basemaps = true;       ///< the project's shown basemaps under the map (credited in the footer)
};

struct Sheet {
    SheetContent content;
    Paper paper;
};

/// What was drawn where: for previews, tests and the report of a print run.
struct SheetReport {
    SheetLayout layout;
    MapFrame map;
    std::optional<MapFrame> inset;
    ScaleBar scaleBar;
    QRectF scaleBarBox;     ///< the scale bar's white card on the sheet, millimetres
    QRectF northArrowBox;   ///< the north arrow's card
    size_t mapLabels = 0;  ///< labels the renderer placed on the map
    std::vector<render::PlacedLabel> labels;
    bool cancelled = false;
};

class SheetPainter {
public:
    /// `issues` is needed for the heatmap only.
    /// `basemaps` (PrintSource::basemaps()) are drawn under the main map when the options say so.
    SheetPainter(std::shared_ptr<const model::MapModel> model, const render::MapStyle& style, PrintOptions options = {},
                 std::shared_ptr<const analysis::IssueTable> issues = {}, render::BasemapLayers basemaps = {});

    /// Draws `sheet` on `painter`, whose device has `devicePerMm` units per millimetre with the
    /// page's top left corner at (0, 0); the map's level of detail follows `dpi`.
    Result<SheetReport> draw(QPainter& painter, const Sheet& sheet, double devicePerMm, double dpi,
                             std::stop_token stop = {}) const;
    /// The layout and map frames of `sheet`, without drawing.
    SheetReport plan(const Sheet& sheet, double dpi) const;

    const render::MapRenderer& mapRenderer() const { return *map_; }

private:
    std::vector<render::LegendItem> legend(const SheetContent& content, double metresPerPixel) const;

    std::shared_ptr<const model::MapModel> model_;
    std::shared_ptr<const render::MapRenderer> map_, inset_;
    PrintOptions options_;
    std::shared_ptr<const analysis::IssueTable> issues_;
};

/// Size of one of the map renderer's logical pixels on a sheet of `style`: text and symbols of
/// the map grow with the paper, more slowly than the sheet's own text.
double mapPixelMm(const SheetStyle& style);

}  // namespace ga::print
