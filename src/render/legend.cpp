#include "render/legend.h"

#include <QFontMetricsF>
#include <algorithm>

namespace ga::render {
namespace {

bool shown(const MapStyle& style, store::Layer l, double mpp) {
    const LayerStyle& s = style.layer(l);
    return s.visible && std::find(style.order.begin(), style.order.end(), l) != style.order.end() &&
           (mpp <= 0 || mpp <= s.maxMetresPerPixel);
}

QColor faded(QColor c, double alpha) {
    c.setAlphaF(static_cast<float>(c.alphaF() * alpha));
    return c;
}

// Rows of the legend's columns (the first columns full, the last one the rest).
size_t rowsOf(const std::vector<LegendItem>& items, const LegendLayout& layout) {
    const size_t columns = static_cast<size_t>(std::max(1, layout.columns));
    return (items.size() + columns - 1) / columns;
}

// Width of one column: the widest symbol and label.
double columnWidth(const std::vector<LegendItem>& items, const LegendLayout& layout, const QFontMetricsF& fm) {
    double column = 0;
    for (const LegendItem& i : items) column = std::max(column, layout.symbolWidth + 8 + fm.horizontalAdvance(i.label));
    return column;
}

}  // namespace

std::vector<LegendItem> legendItems(const MapStyle& style, const model::ModelInfo& info, double mpp) {
    std::vector<LegendItem> items;
    const int lo = info.range.min, hi = info.range.max;
    if (shown(style, store::Layer::Grids, mpp)) {
        const LayerStyle& g = style.layer(store::Layer::Grids);
        items.push_back({QStringLiteral("户数不足（少于%1户）").arg(lo), LegendSymbol::Fill,
                         faded(style.statusFill[0], g.opacity), g.stroke, g.strokeWidth});
        items.push_back({QStringLiteral("户数达标（%1–%2户）").arg(lo).arg(hi), LegendSymbol::Fill,
                         faded(style.statusFill[1], g.opacity), g.stroke, g.strokeWidth});
        items.push_back({QStringLiteral("户数超标（多于%1户）").arg(hi), LegendSymbol::Fill,
                         faded(style.statusFill[2], g.opacity), g.stroke, g.strokeWidth});
    }
    if (shown(style, store::Layer::Communities, mpp)) {
        const LayerStyle& c = style.layer(store::Layer::Communities);
        items.push_back({QStringLiteral("社区界线"), LegendSymbol::DashedLine, {}, c.stroke, c.strokeWidth});
    }
    if (shown(style, store::Layer::Compounds, mpp)) {
        const LayerStyle& c = style.layer(store::Layer::Compounds);
        items.push_back({QStringLiteral("小区"), LegendSymbol::Fill, c.fill, c.stroke, c.strokeWidth});
    }
    if (shown(style, store::Layer::Buildings, mpp)) {
        const LayerStyle& b = style.layer(store::Layer::Buildings);
        items.push_back({QStringLiteral("楼栋"), LegendSymbol::Fill, b.fill, b.stroke, b.strokeWidth});
    }
    if (shown(style, store::Layer::Roads, mpp)) {
        const LayerStyle& r = style.layer(store::Layer::Roads);
        items.push_back({QStringLiteral("主干道"), LegendSymbol::Line, QColor(0xF9, 0xD3, 0x7E), r.stroke, 5});
        items.push_back({QStringLiteral("道路"), LegendSymbol::Line, r.fill, r.stroke, 4});
    }
    if (shown(style, store::Layer::Water, mpp)) {
        const LayerStyle& w = style.layer(store::Layer::Water);
        items.push_back({QStringLiteral("水系"), LegendSymbol::Fill, w.fill, w.stroke, w.strokeWidth});
    }
    if (shown(style, store::Layer::Organisations, mpp)) {
        const LayerStyle& o = style.layer(store::Layer::Organisations);
        items.push_back({QStringLiteral("组织机构"), LegendSymbol::Point, o.fill, o.stroke, 1});
    }
    if (shown(style, store::Layer::Issues, mpp)) {
        const LayerStyle& i = style.layer(store::Layer::Issues);
        items.push_back({QStringLiteral("事件"), LegendSymbol::Point, i.fill, i.stroke, 1});
    }
    return items;
}

QSizeF legendSize(const std::vector<LegendItem>& items, const LegendLayout& layout) {
    const QFontMetricsF fm(layout.font);
    QFont titleFont = layout.font;
    titleFont.setBold(true);
    const QFontMetricsF tm(titleFont);
    const double row = std::max(layout.symbolHeight, fm.height());
    const double column = columnWidth(items, layout, fm);
    const int columns = std::max(1, layout.columns);
    const double width = std::max(tm.horizontalAdvance(layout.title), columns * column + (columns - 1) * layout.columnGap);
    const double height = tm.height() + static_cast<double>(rowsOf(items, layout)) * (row + layout.rowGap);
    return {width + 2 * layout.padding, height + 2 * layout.padding};
}

void drawLegend(QPainter& p, QPointF topLeft, const std::vector<LegendItem>& items, const LegendLayout& layout) {
    const QSizeF size = legendSize(items, layout);
    const QFontMetricsF fm(layout.font);
    QFont titleFont = layout.font;
    titleFont.setBold(true);
    const QFontMetricsF tm(titleFont);
    const double row = std::max(layout.symbolHeight, fm.height());
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRect(QRectF(topLeft, size));
    double y = topLeft.y() + layout.padding;
    const double left = topLeft.x() + layout.padding;
    p.setFont(titleFont);
    p.setPen(QColor(0x22, 0x22, 0x22));
    p.drawText(QPointF(left, y + tm.ascent()), layout.title);
    y += tm.height() + layout.rowGap / 2;
    p.setFont(layout.font);
    const double top = y, column = columnWidth(items, layout, fm) + layout.columnGap;
    const size_t rows = rowsOf(items, layout);
    for (size_t n = 0; n < items.size(); ++n) {
        const LegendItem& i = items[n];
        const double x = left + static_cast<double>(n / rows) * column;
        if (n % rows == 0) y = top;
        const QRectF sym(x, y + (row - layout.symbolHeight) / 2, layout.symbolWidth, layout.symbolHeight);
        const double mid = sym.center().y();
        switch (i.symbol) {
            case LegendSymbol::Fill:
                p.setPen(i.stroke.isValid() ? QPen(i.stroke, i.strokeWidth) : QPen(Qt::NoPen));
                p.setBrush(i.fill);
                p.drawRect(sym);
                break;
            case LegendSymbol::Line:
                p.setPen(QPen(i.stroke, i.strokeWidth + 2, Qt::SolidLine, Qt::FlatCap));
                p.drawLine(QPointF(sym.left(), mid), QPointF(sym.right(), mid));
                p.setPen(QPen(i.fill, i.strokeWidth, Qt::SolidLine, Qt::FlatCap));
                p.drawLine(QPointF(sym.left(), mid), QPointF(sym.right(), mid));
                break;
            case LegendSymbol::DashedLine: {
                QPen pen(i.stroke, i.strokeWidth, Qt::CustomDashLine, Qt::FlatCap);
                pen.setDashPattern({4, 2});
                p.setPen(pen);
                p.drawLine(QPointF(sym.left(), mid), QPointF(sym.right(), mid));
                break;
            }
            case LegendSymbol::Point:
                p.setPen(QPen(i.stroke, i.strokeWidth));
                p.setBrush(i.fill);
                p.drawEllipse(sym.center(), 4, 4);
                break;
        }
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QPointF(sym.right() + 8, y + (row - fm.height()) / 2 + fm.ascent()), i.label);
        y += row + layout.rowGap;
    }
    p.restore();
}

}  // namespace ga::render
