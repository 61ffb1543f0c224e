#include "render/label_sprites.h"

#include <QPainter>
#include <cmath>

namespace ga::render {
namespace {

// Turned glyphs are kept per 5°: the error, at most 2.5°, does not show in a glyph.
constexpr double kAngleStep = 5;

double quantised(double angle) { return std::round(angle / kAngleStep) * kAngleStep; }

LabelSpriteCache::Sprite make(const LabelText& part, double angle, const HaloStyle& halo, double dpr) {
    const double pad = std::ceil(halo.width / 2 + 1);
    const double h = part.ascent + part.descent;
    const QRectF box(-part.width / 2 - pad, -h / 2 - pad, part.width + 2 * pad, h + 2 * pad);
    QTransform turn;
    turn.rotate(angle);
    const QRectF bounds = turn.mapRect(box);
    LabelSpriteCache::Sprite s;
    s.image = QImage(static_cast<int>(std::ceil(bounds.width() * dpr)),
                     static_cast<int>(std::ceil(bounds.height() * dpr)), QImage::Format_ARGB32_Premultiplied);
    s.image.setDevicePixelRatio(dpr);
    s.image.fill(Qt::transparent);
    s.offset = bounds.topLeft();
    QPainter p(&s.image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.translate(-bounds.topLeft());
    p.rotate(angle);
    p.setFont(part.font);
    const QPointF origin = baselineOrigin(part);
    if (halo.width > 0 && halo.colour.alpha() > 0) {
        // The halo as the text drawn around it at the halo's radius: eight glyph-cached draws,
        // much cheaper than stroking the glyph outlines.
        p.setPen(halo.colour);
        const double r = halo.width / 2;
        const double d = r * std::sqrt(0.5);
        const QPointF ring[] = {{r, 0}, {-r, 0}, {0, r}, {0, -r}, {d, d}, {-d, d}, {d, -d}, {-d, -d}};
        for (const QPointF& o : ring) p.drawText(origin + o, part.text);
    }
    p.setPen(part.colour);
    p.drawText(origin, part.text);
    return s;
}

}  // namespace

LabelSpriteCache::Sprite LabelSpriteCache::sprite(const LabelText& part, const QString& fontKey, const HaloStyle& halo,
                                                  double dpr) {
    const double angle = quantised(part.angle);
    // Integers only: formatting doubles into keys showed up in profiles.
    QString key;
    key.reserve(part.text.size() + fontKey.size() + 40);
    key += part.text;
    key += QChar(0x1f);
    key += fontKey;
    key += QChar(0x1f);
    key += QString::number(part.colour.rgba(), 16);
    key += QChar(0x1f);
    key += QString::number(static_cast<int>(angle));
    key += QChar(0x1f);
    key += QString::number(halo.colour.rgba(), 16);
    key += QChar(0x1f);
    key += QString::number(static_cast<int>(std::lround(halo.width * 100)));
    key += QChar(0x1f);
    key += QString::number(static_cast<int>(std::lround(dpr * 100)));
    {
        std::lock_guard lock(mutex_);
        if (const auto it = sprites_.constFind(key); it != sprites_.constEnd()) return *it;
    }
    Sprite s = make(part, angle, halo, dpr);
    std::lock_guard lock(mutex_);
    if (sprites_.size() >= capacity_) sprites_.clear();
    sprites_.insert(key, s);
    return s;
}

qsizetype LabelSpriteCache::size() const {
    std::lock_guard lock(mutex_);
    return sprites_.size();
}

}  // namespace ga::render
