#include "print/scale_bar.h"

#include <algorithm>
#include <cmath>

namespace ga::print {

ScaleBar scaleBarFor(double metresPerMm, double maxLengthMm) {
    ScaleBar bar;
    const double maxMetres = metresPerMm * maxLengthMm;
    double decade = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = decade;
    for (double s : {5.0, 2.0, 1.0})
        if (s * decade <= maxMetres) {
            metres = s * decade;
            break;
        }
    bar.metres = metres;
    bar.lengthMm = metres / metresPerMm;
    // 5 x 10^n splits into 5 parts, 1 and 2 x 10^n into 4 or 2: every tick a round number.
    const double lead = metres / decade;
    bar.segments = lead > 4.5 ? 5 : 4;
    return bar;
}

QString distanceText(double metres) {
    if (metres >= 1000) return QString::number(metres / 1000, 'g', 4) + QStringLiteral("公里");
    return QString::number(metres, 'g', 6) + QStringLiteral("米");
}

QString scaleText(double scaleDenominator) {
    // Thousands grouped with a thin space, as Chinese cartography writes 1:10 000.
    QString digits = QString::number(static_cast<long long>(std::llround(scaleDenominator)));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) digits.insert(i, QChar(0x2009));
    return QStringLiteral("比例尺 1:") + digits;
}

QSizeF scaleBarSize(const ScaleBar& bar, double barHeight, const TextStyle& text) {
    const double label = lineSpacing(text);
    const double tail = textWidth(text, distanceText(bar.metres)) / 2;
    return {bar.lengthMm + tail + textWidth(text, QStringLiteral("0")) / 2, label + barHeight + label * 1.1};
}

void drawScaleBar(QPainter& painter, const ScaleBar& bar, QPointF topLeft, double barHeight, const TextStyle& text,
                  const QString& caption) {
    const double label = lineSpacing(text);
    const double x0 = topLeft.x() + textWidth(text, QStringLiteral("0")) / 2;
    const double y = topLeft.y() + label;
    const double part = bar.lengthMm / bar.segments;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor ink(0x1A, 0x1A, 0x1A);
    for (int i = 0; i < bar.segments; ++i) {
        const QRectF r(x0 + i * part, y, part, barHeight);
        painter.fillRect(r, i % 2 == 0 ? ink : QColor(Qt::white));
    }
    painter.setPen(QPen(ink, barHeight * 0.12));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(x0, y, bar.lengthMm, barHeight));
    painter.restore();
    // Ticks labelled at the ends and the middle: 0, half, whole.
    auto tick = [&](double at, const QString& t) {
        const double w = textWidth(text, t);
        drawTextAt(painter, text, QPointF(at - w / 2, y - textDescent(text) - barHeight * 0.25), t);
    };
    tick(x0, QStringLiteral("0"));
    if (bar.segments % 2 == 0) tick(x0 + bar.lengthMm / 2, QString::number(bar.metres / 2, 'g', 6));
    tick(x0 + bar.lengthMm, distanceText(bar.metres));
    if (!caption.isEmpty())
        drawTextAt(painter, text, QPointF(topLeft.x(), y + barHeight + textAscent(text) + label * 0.2), caption);
}

}  // namespace ga::print
