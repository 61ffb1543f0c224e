#include "print/sheet_layout.h"

#include <algorithm>
#include <numeric>

#include "print/grid_table.h"
#include "print/staff_panel.h"
#include "print/totals_panel.h"

namespace ga::print {
namespace {

// A column of a panel row: its share of the row's width and its blocks top to bottom. The
// flexible block takes what the others leave.
struct Column {
    double share;
    std::vector<BlockKind> blocks;
    BlockKind flexible;
};

// A row of the panel: columns side by side. Fixed rows are as tall as their tallest column wants;
// the flexible row takes the rest of the panel.
struct Row {
    std::vector<Column> columns;
    bool flexible = true;
};

struct Recipe {
    double panelShare;  // of the body's width (landscape) or height (portrait)
    std::vector<Row> rows;
};

Recipe recipe(TemplateId id, bool landscape) {
    using B = BlockKind;
    switch (id) {
    case TemplateId::Notice:
        return landscape ? Recipe{0.4,
                                  {{{{0.5, {B::Inset}, B::Inset}, {0.5, {B::Totals}, B::Totals}}, false},
                                   {{{0.55, {B::Staff}, B::Staff}, {0.45, {B::Legend}, B::Legend}}, true}}}
                         : Recipe{0.34,
                                  {{{{0.42, {B::Staff}, B::Staff},
                                     {0.3, {B::Totals, B::Inset}, B::Inset},
                                     {0.28, {B::Legend}, B::Legend}},
                                    true}}};
    case TemplateId::WallMap:
        return landscape ? Recipe{0.3,
                                  {{{{0.5, {B::Inset}, B::Inset}, {0.5, {B::Totals}, B::Totals}}, false},
                                   {{{0.55, {B::Staff}, B::Staff}, {0.45, {B::Legend}, B::Legend}}, true}}}
                         : Recipe{0.3,
                                  {{{{0.4, {B::Staff}, B::Staff},
                                     {0.3, {B::Totals, B::Inset}, B::Inset},
                                     {0.3, {B::Legend}, B::Legend}},
                                    true}}};
    case TemplateId::Overview:
        return landscape ? Recipe{0.36, {{{{1, {B::Totals, B::GridTable, B::Legend}, B::GridTable}}, true}}}
                         : Recipe{0.32, {{{{0.6, {B::GridTable}, B::GridTable}, {0.4, {B::Totals, B::Legend}, B::Legend}}, true}}};
    }
    return {};
}

bool hasHeading(BlockKind k) { return k != BlockKind::Legend; }

// Height a block would like at `width`, its heading included.
double wanted(BlockKind k, double width, double columnHeight, const LayoutNeeds& n, const SheetStyle& s) {
    const double heading = hasHeading(k) ? sectionHeadingHeight(s) : 0;
    switch (k) {
    case BlockKind::Inset: return heading + std::min(width * n.insetAspect, columnHeight * 0.4);
    case BlockKind::Totals: return heading + totalsPanelHeight({}, n.community, width, s);
    case BlockKind::Staff: return heading + staffPanelHeight(std::max<size_t>(n.staff, 1), width, s);
    case BlockKind::GridTable: return heading + gridTableHeight(n.gridRows, s);
    case BlockKind::Legend: {
        // As many columns as fit across at the natural size.
        for (int c = 3; c > 1; --c)
            if (n.legend[c - 1].width() <= width) return n.legend[c - 1].height();
        return n.legend[0].height() * std::min(1.0, width / std::max(n.legend[0].width(), 1e-9));
    }
    }
    return 0;
}

void layOutColumn(const Column& c, const QRectF& box, const LayoutNeeds& n, const SheetStyle& s,
                  std::vector<PanelBlock>& out) {
    const double gap = s.mm(4);
    std::vector<double> heights;
    double fixed = 0, flexWanted = 0;
    for (BlockKind k : c.blocks) {
        heights.push_back(wanted(k, box.width(), box.height(), n, s));
        (k == c.flexible ? flexWanted : fixed) += heights.back();
    }
    const double free = box.height() - gap * static_cast<double>(c.blocks.size() - 1);
    // The flexible block takes what is left. When everything does not fit, it gives way first,
    // down to half of what it wants (a legend, staff cards and a table scale down well); then the
    // other blocks shrink, to no less than 45% of what they want.
    double k = 1;
    if (fixed > 0 && fixed + flexWanted / 2 > free) k = std::clamp((free - flexWanted / 2) / fixed, 0.45, 1.0);
    double y = box.top();
    for (size_t i = 0; i < c.blocks.size(); ++i) {
        const BlockKind b = c.blocks[i];
        const double h = b == c.flexible ? std::max(0.0, free - fixed * k) : heights[i] * k;
        out.push_back({b, QRectF(box.left(), y, box.width(), h)});
        y += h + gap;
    }
}

}  // namespace

int legendColumns(const std::array<QSizeF, 3>& natural, const QSizeF& box) {
    int best = 1;
    double bestScale = 0;
    for (int c = 1; c <= 3; ++c) {
        const QSizeF n = natural[c - 1];
        if (n.isEmpty()) continue;
        const double k = std::min(box.width() / n.width(), box.height() / n.height());
        if (k > bestScale * 1.05) {
            bestScale = k;
            best = c;
        }
    }
    return best;
}

QRectF SheetLayout::block(BlockKind kind) const {
    for (const PanelBlock& b : blocks)
        if (b.kind == kind) return b.rect;
    return {};
}

SheetLayout layoutSheet(TemplateId id, const Paper& paper, const LayoutNeeds& needs) {
    SheetLayout l;
    l.page = paper.millimetres();
    l.style = SheetStyle::forSheet(std::min(l.page.width(), l.page.height()));
    const SheetStyle& s = l.style;
    const double margin = s.mm(9), gap = s.mm(5);
    const QRectF inner(margin, margin, l.page.width() - 2 * margin, l.page.height() - 2 * margin);
    l.title = QRectF(inner.left(), inner.top(), inner.width(), s.mm(id == TemplateId::Notice ? 25 : 22));
    l.footer = QRectF(inner.left(), inner.bottom() - s.mm(15), inner.width(), s.mm(15));
    const QRectF body(inner.left(), l.title.bottom() + gap, inner.width(), l.footer.top() - gap - l.title.bottom() - gap);

    const bool landscape = paper.landscape();
    const Recipe r = recipe(id, landscape);
    QRectF panel;
    if (landscape) {
        const double w = std::max(body.width() * r.panelShare, s.mm(62));
        l.map = QRectF(body.left(), body.top(), body.width() - w - gap, body.height());
        panel = QRectF(l.map.right() + gap, body.top(), w, body.height());
    } else {
        const double h = body.height() * r.panelShare;
        l.map = QRectF(body.left(), body.top(), body.width(), body.height() - h - gap);
        panel = QRectF(body.left(), l.map.bottom() + gap, body.width(), h);
    }
    const double columnGap = s.mm(5), rowGap = s.mm(4);
    // Fixed rows first, as tall as their tallest column wants (together at most 60% of the panel).
    std::vector<double> heights;
    double fixed = 0;
    for (const Row& row : r.rows) {
        double h = 0;
        if (!row.flexible)
            for (const Column& c : row.columns) {
                const double w = (panel.width() - columnGap * static_cast<double>(row.columns.size() - 1)) * c.share;
                double sum = rowGap * static_cast<double>(c.blocks.size() - 1);
                for (BlockKind k : c.blocks) sum += wanted(k, w, panel.height(), needs, s);
                h = std::max(h, sum);
            }
        heights.push_back(h);
        fixed += h;
    }
    const double gaps = rowGap * static_cast<double>(r.rows.size() - 1);
    const double k = fixed > 0 ? std::min(1.0, (panel.height() - gaps) * 0.6 / fixed) : 1.0;
    double y = panel.top();
    for (size_t i = 0; i < r.rows.size(); ++i) {
        const Row& row = r.rows[i];
        const double h = row.flexible ? panel.height() - gaps - fixed * k : heights[i] * k;
        double x = panel.left();
        const double widths = panel.width() - columnGap * static_cast<double>(row.columns.size() - 1);
        for (const Column& c : row.columns) {
            const QRectF column(x, y, widths * c.share, h);
            layOutColumn(c, column, needs, s, l.blocks);
            x = column.right() + columnGap;
        }
        y += h + rowGap;
    }

    const double inset = s.mm(4);
    l.northArrow = QRectF(l.map.right() - inset - s.mm(12), l.map.top() + inset, s.mm(12), s.mm(20));
    l.scaleBar = QRectF(l.map.left() + inset, l.map.bottom() - inset - s.mm(17), std::min(l.map.width() * 0.4, s.mm(80)),
                        s.mm(17));
    return l;
}

}  // namespace ga::print
