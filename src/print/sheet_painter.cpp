#include "print/sheet_painter.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "print/grid_table.h"
#include "print/heat_overlay.h"
#include "print/north_arrow.h"
#include "print/sheet_bands.h"
#include "print/staff_panel.h"
#include "print/totals_panel.h"
#include "render/legend.h"
#include "render/map_fonts.h"

namespace ga::print {
namespace {

// The legend's logical pixels are drawn this many A4 millimetres wide.
constexpr double kLegendPixelMm = 0.24;
// Basemap imagery on paper: finer than the eye reads at a wall map's distance, and at grid scales
// (1:1 000–1:5 000) finer than a 0.3–0.5 m orthophoto's own pixels.
constexpr double kBasemapDpi = 150;

render::MapStyle mapStyleFor(render::MapStyle style, const PrintOptions& o) {
    // Building numbers wherever they fit inside their building (the label placer checks): on paper
    // residents look for their building.
    auto& buildings = style.layer(store::Layer::Buildings);
    buildings.labelMaxMetresPerPixel = std::max(buildings.labelMaxMetresPerPixel, 1.2);
    style.layer(store::Layer::Organisations).visible = o.organisations && style.layer(store::Layer::Organisations).visible;
    style.layer(store::Layer::Issues).visible = o.issues;
    return style;
}

// The inset locates the grid in its community: areas, water and main roads, no labels.
render::MapStyle insetStyleFor(render::MapStyle style) {
    for (store::Layer l : {store::Layer::Buildings, store::Layer::Compounds, store::Layer::Organisations,
                           store::Layer::Issues})
        style.layer(l).visible = false;
    style.layer(store::Layer::Grids).strokeWidth = 0.9;
    style.layer(store::Layer::Communities).strokeWidth = 1.6;
    return style;
}

render::LegendLayout legendLayout() {
    render::LegendLayout l;
    l.font = QFont(render::cjkFamily(render::OutputKind::Vector));
    l.font.setPixelSize(12);
    l.font.setHintingPreference(QFont::PreferNoHinting);
    return l;
}

// A white, slightly translucent card behind a map decoration, so it reads over any map.
void drawBacking(QPainter& p, const QRectF& r, const SheetStyle& s) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(0xB0, 0xB0, 0xB0), s.mm(0.2)));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(r, s.mm(1.2), s.mm(1.2));
    p.restore();
}

// The footer's data sources, with the credit of each basemap the map shows (licences ask for it).
SheetTexts withBasemapCredits(SheetTexts texts, const render::MapRenderer& map) {
    for (const auto& b : map.basemaps()) {
        const QString credit = QString::fromStdString(b->setting().attribution);
        if (b->setting().visible && !credit.isEmpty() && !texts.dataSource.contains(credit))
            texts.dataSource += QStringLiteral("；") + credit;
    }
    return texts;
}

void drawFrame(QPainter& p, const QRectF& r, const QColor& colour, double width) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(colour, width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
    p.restore();
}

}  // namespace

double mapPixelMm(const SheetStyle& style) { return 25.4 / 96 * std::pow(style.unit, 0.75); }

SheetPainter::SheetPainter(std::shared_ptr<const model::MapModel> model, const render::MapStyle& style,
                           PrintOptions options, std::shared_ptr<const analysis::IssueTable> issues,
                           render::BasemapLayers basemaps)
    : model_(std::move(model)),
      inset_(std::make_shared<render::MapRenderer>(model_, insetStyleFor(style))),
      options_(options),
      issues_(std::move(issues)) {
    auto map = std::make_shared<render::MapRenderer>(model_, mapStyleFor(style, options));
    if (options.basemaps) map->setBasemaps(std::move(basemaps));
    map_ = std::move(map);
}

std::vector<render::LegendItem> SheetPainter::legend(const SheetContent& content, double metresPerPixel) const {
    std::vector<render::LegendItem> items = render::legendItems(map_->style(), model_->info(), metresPerPixel);
    if (content.grid) {
        const render::LayerStyle& g = map_->style().layer(store::Layer::Grids);
        items.insert(items.begin(), {QStringLiteral("本网格边界"), render::LegendSymbol::Line, g.stroke, g.stroke,
                                     g.strokeWidth * 2});
    }
    return items;
}

SheetReport SheetPainter::plan(const Sheet& sheet, double dpi) const {
    const SheetContent& c = sheet.content;
    const SheetStyle style = SheetStyle::forSheet(std::min(sheet.paper.millimetres().width(), sheet.paper.millimetres().height()));
    const render::LegendLayout legendFont = legendLayout();
    const double legendScale = style.mm(kLegendPixelMm);
    LayoutNeeds needs;
    needs.staff = c.staff.size();
    needs.gridRows = c.grids.size();
    needs.community = !c.grid.has_value();
    for (int columns = 1; columns <= 3; ++columns) {
        render::LegendLayout l = legendFont;
        l.columns = columns;
        needs.legend[static_cast<size_t>(columns - 1)] = render::legendSize(legend(c, 0), l) * legendScale;
    }
    if (!c.communityExtent.isEmpty() && c.communityExtent.width() > 0)
        needs.insetAspect = c.communityExtent.height() / c.communityExtent.width();

    SheetReport r;
    r.layout = layoutSheet(c.templateId, sheet.paper, needs);
    const double margin = c.grid ? 0.06 : 0.03;
    r.map = fitMapFrame(c.mapExtent, r.layout.map, mapPixelMm(style), dpi, margin);
    r.scaleBar = scaleBarFor(r.map.metresPerMm(), std::min(r.layout.scaleBar.width() * 0.75, r.layout.map.width() * 0.25));
    {
        const SheetStyle& s = r.layout.style;
        const TextStyle text = s.text(2.6);
        const QSizeF size = scaleBarSize(r.scaleBar, s.mm(1.6), text);
        const double w = std::max(size.width(), textWidth(text, scaleText(r.map.scaleDenominator)));
        const QPointF topLeft(r.layout.scaleBar.left() + s.mm(2.5), r.layout.scaleBar.bottom() - size.height() - s.mm(2));
        r.scaleBarBox = QRectF(topLeft - QPointF(s.mm(2.5), s.mm(1.5)), QSizeF(w + s.mm(5), size.height() + s.mm(3)));
        r.northArrowBox = r.layout.northArrow.adjusted(-s.mm(1.5), -s.mm(1.5), s.mm(1.5), s.mm(1.5));
    }
    if (const QRectF block = r.layout.block(BlockKind::Inset); !block.isEmpty()) {
        const QRectF area(block.left(), block.top() + sectionHeadingHeight(style), block.width(),
                          block.height() - sectionHeadingHeight(style));
        if (area.height() > 0 && area.width() > 0) {
            // A frame of the community's shape, centred in the block.
            const double k = std::min(area.width(), area.height() / needs.insetAspect);
            const QRectF fitted(area.center().x() - k / 2, area.top(), k, k * needs.insetAspect);
            r.inset = fitMapFrame(c.communityExtent, fitted, mapPixelMm(style) * 0.8, dpi, 0.02);
            // Its round scale leaves some of the frame unused: shrink the frame onto the map.
            const double w = c.communityExtent.width() * 1.04 / r.inset->metresPerMm();
            const double h = c.communityExtent.height() * 1.04 / r.inset->metresPerMm();
            r.inset = fitMapFrame(c.communityExtent, QRectF(area.center().x() - w / 2, area.top(), w, h),
                                  mapPixelMm(style) * 0.8, dpi, 0.02);
        }
    }
    return r;
}

Result<SheetReport> SheetPainter::draw(QPainter& painter, const Sheet& sheet, double devicePerMm, double dpi,
                                       std::stop_token stop) const {
    if (!painter.isActive()) return fail("the painter is not active (begin() failed or was not called)");
    if (options_.heatmap && !issues_) return fail("the heatmap needs the project's issues (none were given)");
    SheetReport r = plan(sheet, dpi);
    const SheetContent& c = sheet.content;
    const SheetLayout& l = r.layout;
    const SheetStyle& s = l.style;

    painter.save();
    painter.resetTransform();
    painter.scale(devicePerMm, devicePerMm);
    painter.fillRect(QRectF(QPointF(0, 0), l.page), Qt::white);

    drawTitleBand(painter, l.title, c.texts, templateOf(c.templateId).heading, s);

    // The map, its frame, north arrow and scale bar.
    render::RenderOptions options;
    options.focusGrid = c.grid;
    options.attribution = false;  // the footer carries the data sources
    options.basemapPixelRatio = kBasemapDpi / 25.4 * r.map.mmPerPixel;
    options.fadeOutsideFocus = c.grid ? 0.45 : 0;
    if (options_.heatmap && issues_)
        options.overlays.push_back(std::make_shared<HeatOverlay>(issues_, options_.heatRadius, r.map.mmPerPixel));
    // No map label under the cards drawn over the map (nor under the heatmap's legend).
    const auto toMapPixels = [&](const QRectF& mm) {
        return QRectF((mm.topLeft() - r.map.rect.topLeft()) / r.map.mmPerPixel, mm.size() / r.map.mmPerPixel);
    };
    options.keepClear = {toMapPixels(r.northArrowBox), toMapPixels(r.scaleBarBox)};
    if (options_.heatmap && issues_) options.keepClear.push_back(HeatOverlay::legendBox(r.map.view));
    auto drawn = drawMapFrame(painter, r.map, *map_, options, stop);
    if (!drawn) {
        painter.restore();
        return std::unexpected(drawn.error());
    }
    r.mapLabels = drawn->labels.size();
    r.labels = std::move(drawn->labels);
    drawFrame(painter, l.map, s.ink, s.mm(0.35));
    drawBacking(painter, r.northArrowBox, s);
    drawNorthArrow(painter, l.northArrow);
    drawBacking(painter, r.scaleBarBox, s);
    drawScaleBar(painter, r.scaleBar, r.scaleBarBox.topLeft() + QPointF(s.mm(2.5), s.mm(1.5)), s.mm(1.6), s.text(2.6),
                 scaleText(r.map.scaleDenominator));
    if (stop.stop_requested()) {
        painter.restore();
        r.cancelled = true;
        return r;
    }

    for (const PanelBlock& b : l.blocks) {
        switch (b.kind) {
        case BlockKind::Inset: {
            drawSectionHeading(painter, s, b.rect, QStringLiteral("在社区中的位置"));
            if (!r.inset) break;
            render::RenderOptions o;
            o.labels = false;
            o.attribution = false;
            o.focusGrid = c.grid;
            if (c.grid) o.selectedGrids = {*c.grid};
            auto inset = drawMapFrame(painter, *r.inset, *inset_, o, stop);
            if (!inset) {
                painter.restore();
                return std::unexpected(inset.error());
            }
            // Where the main map lies in the community, when it shows only part of it.
            const geo::Box shown = r.map.view.extent();
            QRectF where(r.inset->toSheet({shown.minx, shown.maxy}), r.inset->toSheet({shown.maxx, shown.miny}));
            where = where.intersected(r.inset->rect);
            if (where.width() < r.inset->rect.width() * 0.9 || where.height() < r.inset->rect.height() * 0.9)
                drawFrame(painter, where, QColor(0xD0, 0x21, 0x21), s.mm(0.35));
            drawFrame(painter, r.inset->rect, s.muted, s.mm(0.25));
            break;
        }
        case BlockKind::Totals:
            drawTotalsPanel(painter, drawSectionHeading(painter, s, b.rect, c.grid ? QStringLiteral("网格概况") : QStringLiteral("社区概况")),
                            c.totals, !c.grid.has_value(), s);
            break;
        case BlockKind::Staff:
            drawStaffPanel(painter, drawSectionHeading(painter, s, b.rect, QStringLiteral("网格服务团队")), c.staff, s);
            break;
        case BlockKind::GridTable:
            drawGridTable(painter, drawSectionHeading(painter, s, b.rect, QStringLiteral("网格与网格长")), c.grids, s);
            break;
        case BlockKind::Legend: {
            const auto items = legend(c, r.map.view.metresPerPixel);
            render::LegendLayout layout = legendLayout();
            std::array<QSizeF, 3> natural;
            for (int columns = 1; columns <= 3; ++columns) {
                layout.columns = columns;
                natural[static_cast<size_t>(columns - 1)] = render::legendSize(items, layout);
            }
            layout.columns = legendColumns(natural, b.rect.size());
            const QSizeF size = natural[static_cast<size_t>(layout.columns - 1)];
            const double k = std::min({s.mm(kLegendPixelMm), b.rect.width() / size.width(), b.rect.height() / size.height()});
            if (k <= 0) break;
            painter.save();
            painter.translate(b.rect.topLeft());
            painter.scale(k, k);
            render::drawLegend(painter, QPointF(0, 0), items, layout);
            painter.restore();
            break;
        }
        }
    }
    drawFooterBand(painter, l.footer, withBasemapCredits(c.texts, *map_), s);
    painter.restore();
    r.cancelled = stop.stop_requested();
    return r;
}

}  // namespace ga::print
