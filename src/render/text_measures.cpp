#include "render/text_measures.h"

namespace ga::render {
namespace {

QString keyOf(const QString& fontKey, const QString& text) { return fontKey + QChar(0x1f) + text; }

}  // namespace

double TextMeasures::width(const QString& fontKey, const QFontMetricsF& metrics, const QString& text) {
    const QString key = keyOf(fontKey, text);
    {
        std::lock_guard lock(mutex_);
        if (const auto it = widths_.constFind(key); it != widths_.constEnd()) return *it;
    }
    const double w = metrics.horizontalAdvance(text);
    std::lock_guard lock(mutex_);
    if (widths_.size() >= capacity_) widths_.clear();
    widths_.insert(key, w);
    return w;
}

std::shared_ptr<const GlyphRun> TextMeasures::run(const QString& fontKey, const QFontMetricsF& metrics,
                                                  const QString& text) {
    const QString key = keyOf(fontKey, text);
    {
        std::lock_guard lock(mutex_);
        if (const auto it = runs_.constFind(key); it != runs_.constEnd()) return *it;
    }
    auto r = std::make_shared<const GlyphRun>(glyphRun(text, metrics));
    std::lock_guard lock(mutex_);
    if (runs_.size() >= capacity_) runs_.clear();
    runs_.insert(key, r);
    return r;
}

}  // namespace ga::render
