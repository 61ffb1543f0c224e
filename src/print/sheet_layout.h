#pragma once
// Where each element of a sheet goes. The title band runs across the top and the footer across the
// bottom; between them the map takes most of the sheet and a panel of blocks (inset, totals,
// staff, grid table, legend) sits beside it on a landscape sheet and below it on a portrait one.
// Any paper size and orientation gets a layout; the template decides what the panel holds.
#include <QRectF>
#include <QSizeF>
#include <array>
#include <vector>

#include "print/paper.h"
#include "print/sheet_content.h"
#include "print/sheet_style.h"

namespace ga::print {

enum class BlockKind { Inset, Totals, Staff, GridTable, Legend };

struct PanelBlock {
    BlockKind kind;
    QRectF rect;  ///< the whole block, its heading included (the legend has its own title)
};

/// What the layout needs to know of the contents to size the blocks.
struct LayoutNeeds {
    size_t staff = 0;           ///< staff cards
    size_t gridRows = 0;        ///< overview table rows
    std::array<QSizeF, 3> legend;  ///< the legend at its natural size in 1, 2 and 3 columns, millimetres
    double insetAspect = 1;     ///< height / width of the community the inset shows
    bool community = false;     ///< totals of a community (one more tile)
};

struct SheetLayout {
    QSizeF page;       ///< millimetres
    SheetStyle style;
    QRectF title, map, footer;
    std::vector<PanelBlock> blocks;
    QRectF northArrow, scaleBar;  ///< inside the map: top right and bottom left corners

    /// The block of `kind` (an empty rectangle when the sheet has none).
    QRectF block(BlockKind kind) const;
};

/// The layout of a sheet of template `id` on `paper`.
SheetLayout layoutSheet(TemplateId id, const Paper& paper, const LayoutNeeds& needs);

/// The legend's columns (1–3) that show it largest in `box`, given its natural sizes.
int legendColumns(const std::array<QSizeF, 3>& natural, const QSizeF& box);

}  // namespace ga::print
