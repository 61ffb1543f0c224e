#pragma once
// Text widths and glyph runs measured once per (font, text) and kept across frames: measuring a
// short Chinese text shapes it (tens of microseconds), and a view shows the same names again and
// again as it pans and zooms. Thread-safe.
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <memory>
#include <mutex>

#include "render/line_label.h"

namespace ga::render {

class TextMeasures {
public:
    explicit TextMeasures(qsizetype capacity = 50000) : capacity_(capacity) {}

    /// Advance width of `text` measured with `metrics`; `fontKey` is the QFont::key() of the
    /// metrics' font (made once per font by the caller: making it per call is not free).
    double width(const QString& fontKey, const QFontMetricsF& metrics, const QString& text);
    /// The glyphs of `text` with their advances.
    std::shared_ptr<const GlyphRun> run(const QString& fontKey, const QFontMetricsF& metrics, const QString& text);

private:
    std::mutex mutex_;
    QHash<QString, double> widths_;
    QHash<QString, std::shared_ptr<const GlyphRun>> runs_;
    qsizetype capacity_;
};

}  // namespace ga::render
