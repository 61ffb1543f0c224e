#include "print/sheet_text.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

#include "render/map_fonts.h"

namespace ga::print {
namespace {

constexpr double kUnits = 100;  // font units per millimetre

// Scales the painter to font units around a drawing and back.
class FontUnits {
public:
    FontUnits(QPainter& p, QPointF originMm) : p_(p) {
        p_.save();
        p_.translate(originMm);
        p_.scale(1 / kUnits, 1 / kUnits);
    }
    ~FontUnits() { p_.restore(); }
    FontUnits(const FontUnits&) = delete;
    FontUnits& operator=(const FontUnits&) = delete;

private:
    QPainter& p_;
};

QTextLayout& laidOut(QTextLayout& layout, double width) {
    QTextOption option;
    // Breaks where Unicode line breaking allows (between CJK characters, at spaces, not before
    // closing punctuation) and inside a Latin run only when it is longer than the line.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    double y = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) break;
        line.setLineWidth(width * kUnits);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return layout;
}

}  // namespace

QFont sheetFont(const TextStyle& style) {
    QFont f(render::cjkFamily(render::OutputKind::Vector));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(style.size * kUnits))));
    f.setBold(style.bold);
    // Positions come from unhinted advances, so text measured here sits the same on any device.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

double textWidth(const TextStyle& style, const QString& text) {
    return QFontMetricsF(sheetFont(style)).horizontalAdvance(text) / kUnits;
}

double textAscent(const TextStyle& style) { return QFontMetricsF(sheetFont(style)).ascent() / kUnits; }
double textDescent(const TextStyle& style) { return QFontMetricsF(sheetFont(style)).descent() / kUnits; }
double lineSpacing(const TextStyle& style) { return QFontMetricsF(sheetFont(style)).lineSpacing() / kUnits; }

void drawTextAt(QPainter& painter, const TextStyle& style, QPointF baseline, const QString& text) {
    if (text.isEmpty()) return;
    FontUnits units(painter, baseline);
    painter.setFont(sheetFont(style));
    painter.setPen(style.colour);
    painter.drawText(QPointF(0, 0), text);
}

TextStyle shrunkToFit(TextStyle style, const QString& text, double width, double minSize) {
    const double w = textWidth(style, text);
    if (w > width && w > 0) style.size = std::max(minSize, style.size * width / w * 0.999);
    return style;
}

void drawTextIn(QPainter& painter, const TextStyle& style, const QRectF& box, Qt::Alignment align, const QString& text) {
    const TextStyle s = shrunkToFit(style, text, box.width(), style.size * 0.3);
    const double w = textWidth(s, text);
    double x = box.left();
    if (align & Qt::AlignHCenter) x = box.center().x() - w / 2;
    else if (align & Qt::AlignRight) x = box.right() - w;
    const double ascent = textAscent(s), descent = textDescent(s);
    drawTextAt(painter, s, QPointF(x, box.center().y() + (ascent - descent) / 2), text);
}

std::vector<QString> wrapText(const TextStyle& style, const QString& text, double width) {
    QTextLayout layout(text, sheetFont(style));
    laidOut(layout, width);
    std::vector<QString> lines;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        lines.push_back(text.mid(line.textStart(), line.textLength()));
    }
    // Where a run too long for a line was cut anywhere, Unicode's rules no longer hold: closing
    // punctuation left at a line's start hangs at the end of the line before (悬挂标点), opening
    // punctuation left at a line's end moves to the next.
    static const QString closing = QStringLiteral("，。、；：？！）】」』”’》〉%,.;:?!)]}");
    static const QString opening = QStringLiteral("（【「『“‘《〈([{");
    for (size_t i = 1; i < lines.size(); ++i) {
        while (!lines[i].isEmpty() && closing.contains(lines[i].front())) {
            lines[i - 1] += lines[i].front();
            lines[i].remove(0, 1);
        }
        while (!lines[i - 1].isEmpty() && opening.contains(lines[i - 1].back())) {
            lines[i].prepend(lines[i - 1].back());
            lines[i - 1].chop(1);
        }
    }
    lines.erase(std::remove_if(lines.begin(), lines.end(), [](const QString& l) { return l.isEmpty(); }), lines.end());
    return lines;
}

double wrappedHeight(const TextStyle& style, const QString& text, double width) {
    if (text.isEmpty()) return 0;
    return static_cast<double>(wrapText(style, text, width).size()) * lineSpacing(style);
}

double drawWrapped(QPainter& painter, const TextStyle& style, const QRectF& box, Qt::Alignment align,
                   const QString& text) {
    const double spacing = lineSpacing(style), ascent = textAscent(style);
    double used = 0;
    for (const QString& line : wrapText(style, text, box.width())) {
        if (used + spacing > box.height() + 1e-6) break;
        const double w = textWidth(style, line);
        double x = box.left();
        if (align & Qt::AlignHCenter) x = box.center().x() - w / 2;
        else if (align & Qt::AlignRight) x = box.right() - w;
        drawTextAt(painter, style, QPointF(x, box.top() + used + ascent), line);
        used += spacing;
    }
    return used;
}

}  // namespace ga::print
