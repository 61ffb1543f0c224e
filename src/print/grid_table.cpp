#include "print/grid_table.h"

#include <algorithm>
#include <vector>

namespace ga::print {
namespace {

constexpr double kRowHeight = 7.2;  // A4 millimetres at the natural size

struct Column {
    QString heading;
    double share;  // of the table's width
    Qt::Alignment align;
};

std::vector<Column> columnsOf(std::span<const GridFacts> grids) {
    const bool pages = std::any_of(grids.begin(), grids.end(), [](const GridFacts& g) { return g.page > 0; });
    std::vector<Column> c = {{QStringLiteral("网格编码"), 0.27, Qt::AlignLeft},
                             {QStringLiteral("网格名称"), 0.25, Qt::AlignLeft},
                             {QStringLiteral("网格长"), 0.12, Qt::AlignLeft},
                             {QStringLiteral("工作电话"), 0.20, Qt::AlignLeft},
                             {QStringLiteral("户数"), 0.10, Qt::AlignRight}};
    if (pages) c.push_back({QStringLiteral("页码"), 0.06, Qt::AlignRight});
    double total = 0;
    for (const Column& col : c) total += col.share;
    for (Column& col : c) col.share /= total;
    return c;
}

QString cell(const GridFacts& g, size_t column) {
    switch (column) {
    case 0: return g.code;
    case 1: return g.name;
    case 2: return g.leader;
    case 3: return g.leaderPhone;
    case 4: return QString::number(g.households);
    default: return g.page > 0 ? QString::number(g.page) : QString();
    }
}

}  // namespace

double gridTableHeight(size_t rows, const SheetStyle& style) {
    return static_cast<double>(rows + 1) * style.mm(kRowHeight);
}

void drawGridTable(QPainter& painter, const QRectF& box, std::span<const GridFacts> grids, const SheetStyle& style) {
    const std::vector<Column> columns = columnsOf(grids);
    const double natural = style.mm(kRowHeight);
    const double row = std::min(natural, box.height() / static_cast<double>(grids.size() + 1));
    const double k = row / natural;
    const double pad = style.mm(1.2) * k;
    TextStyle head = style.text(3.1 * k, true);
    head.colour = Qt::white;
    TextStyle body = style.text(3.1 * k);
    painter.fillRect(QRectF(box.left(), box.top(), box.width(), row), style.accent);
    double x = box.left();
    for (const Column& c : columns) {
        const double w = c.share * box.width();
        drawTextIn(painter, head, QRectF(x + pad, box.top(), w - 2 * pad, row), c.align, c.heading);
        x += w;
    }
    for (size_t r = 0; r < grids.size(); ++r) {
        const double y = box.top() + static_cast<double>(r + 1) * row;
        if (r % 2 == 1) painter.fillRect(QRectF(box.left(), y, box.width(), row), QColor(0xEE, 0xF3, 0xF9));
        x = box.left();
        for (size_t c = 0; c < columns.size(); ++c) {
            const double w = columns[c].share * box.width();
            drawTextIn(painter, body, QRectF(x + pad, y, w - 2 * pad, row), columns[c].align, cell(grids[r], c));
            x += w;
        }
    }
    painter.fillRect(QRectF(box.left(), box.top() + static_cast<double>(grids.size() + 1) * row - style.mm(0.2) * k,
                            box.width(), style.mm(0.3) * k),
                     style.accent);
}

}  // namespace ga::print
