#include "print/totals_panel.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ga::print {
namespace {

struct Figure {
    QString value, unit, label;
};

std::vector<Figure> figures(const Totals& t, bool community) {
    std::vector<Figure> out;
    if (community) out.push_back({QString::number(t.grids), QStringLiteral("个"), QStringLiteral("网格")});
    out.push_back({QString::number(t.households), QStringLiteral("户"), QStringLiteral("户数")});
    out.push_back({QString::number(t.population), QStringLiteral("人"), QStringLiteral("人口")});
    out.push_back({QString::number(t.buildings), QStringLiteral("栋"), QStringLiteral("楼栋")});
    const double km2 = t.areaM2 / 1e6;
    out.push_back({QString::number(km2, 'f', km2 < 1 ? 3 : 2), QStringLiteral("平方公里"), QStringLiteral("面积")});
    return out;
}

// Tiles per row: as many as fit at 22 A4 mm each, the rows kept even.
int columnsFor(size_t n, double width, const SheetStyle& style) {
    const int fit = std::max(1, static_cast<int>(width / style.mm(22)));
    const int rows = static_cast<int>((n + fit - 1) / fit);
    return static_cast<int>((n + rows - 1) / rows);
}

constexpr double kTileHeight = 13, kGap = 2;

}  // namespace

double totalsPanelHeight(const Totals& totals, bool community, double width, const SheetStyle& style) {
    const size_t n = figures(totals, community).size();
    const int columns = columnsFor(n, width, style);
    const int rows = static_cast<int>((n + columns - 1) / columns);
    return rows * style.mm(kTileHeight) + (rows - 1) * style.mm(kGap);
}

void drawTotalsPanel(QPainter& painter, const QRectF& box, const Totals& totals, bool community, const SheetStyle& style) {
    const std::vector<Figure> fs = figures(totals, community);
    const int columns = columnsFor(fs.size(), box.width(), style);
    const double gap = style.mm(kGap);
    const int rows = static_cast<int>((fs.size() + columns - 1) / columns);
    const double w = (box.width() - (columns - 1) * gap) / columns;
    // Tiles shrink, text and all, when the panel is squeezed.
    const double h = std::min(style.mm(kTileHeight), (box.height() - (rows - 1) * gap) / rows);
    const double k = h / style.mm(kTileHeight);
    for (size_t i = 0; i < fs.size(); ++i) {
        const int c = static_cast<int>(i) % columns, r = static_cast<int>(i) / columns;
        const QRectF tile(box.left() + c * (w + gap), box.top() + r * (h + gap), w, h);
        painter.fillRect(tile, QColor(0xEE, 0xF3, 0xF9));
        painter.fillRect(QRectF(tile.left(), tile.top(), style.mm(0.8), h), style.accent);
        TextStyle value = style.text(6 * k, true);
        value.colour = style.accent;
        TextStyle unit = style.text(3 * k);
        unit.colour = style.muted;
        const double pad = style.mm(2.5);
        const QRectF inner = tile.adjusted(pad, 0, -style.mm(1), 0);
        // Value and unit on one baseline, shrunk together when the tile is narrow.
        const double unitW = textWidth(unit, fs[i].unit) + style.mm(1);
        value = shrunkToFit(value, fs[i].value, inner.width() - unitW, value.size * 0.4);
        const double baseline = tile.top() + h * 0.56;
        drawTextAt(painter, value, QPointF(inner.left(), baseline), fs[i].value);
        drawTextAt(painter, unit, QPointF(inner.left() + textWidth(value, fs[i].value) + style.mm(1), baseline),
                   fs[i].unit);
        TextStyle label = style.text(2.9 * k);
        label.colour = style.muted;
        drawTextAt(painter, label, QPointF(inner.left(), tile.top() + h * 0.86), fs[i].label);
    }
}

}  // namespace ga::print
