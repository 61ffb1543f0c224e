#pragma once
// The legend of what the map draws, as items the app shows in a dock and the print layouts draw on
// the page, with the same colours as the map because both come from the one MapStyle.
#include <QColor>
#include <QFont>
#include <QPainter>
#include <QString>
#include <vector>

#include "model/map_model.h"
#include "render/map_style.h"

namespace ga::render {

enum class LegendSymbol { Fill, Line, DashedLine, Point };

struct LegendItem {
    QString label;
    LegendSymbol symbol = LegendSymbol::Fill;
    QColor fill, stroke;
    double strokeWidth = 1;
};

/// The items for the layers `style` shows at `metresPerPixel` (0: at any scale), grid status
/// entries first, their labels giving the project's household range.
std::vector<LegendItem> legendItems(const MapStyle& style, const model::ModelInfo& info, double metresPerPixel = 0);

struct LegendLayout {
    QFont font;
    QString title = QStringLiteral("图例");
    double symbolWidth = 26, symbolHeight = 14, rowGap = 6, padding = 8;
    int columns = 1;        ///< items in this many columns, filled top to bottom (print panels)
    double columnGap = 16;
};

/// Size of the legend drawn by drawLegend, in the painter's units (logical px).
QSizeF legendSize(const std::vector<LegendItem>& items, const LegendLayout& layout);
/// Draws the legend with its frame and title with its top left corner at `topLeft`.
void drawLegend(QPainter& painter, QPointF topLeft, const std::vector<LegendItem>& items, const LegendLayout& layout);

}  // namespace ga::render
