#include "render/label_painter.h"

#include <QPainterPath>
#include <cmath>
#include <vector>

#include "render/label_sprites.h"

namespace ga::render {
namespace {

// Places the painter's frame at the part's centre, turned by its angle.
void enter(QPainter& p, const QTransform& base, const LabelText& part) {
    QTransform t = base;
    t.translate(part.centre.x(), part.centre.y());
    if (part.angle != 0) t.rotate(part.angle);
    p.setWorldTransform(t);
}

void drawAsText(QPainter& painter, std::span<const PlacedLabel> labels, const HaloStyle& halo) {
    const QTransform base = painter.worldTransform();
    if (halo.width > 0 && halo.colour.alpha() > 0) {
        QPen pen(halo.colour, halo.width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setBrush(Qt::NoBrush);
        for (const PlacedLabel& label : labels)
            for (const LabelText& part : label.parts) {
                enter(painter, base, part);
                QPainterPath path;
                path.addText(baselineOrigin(part), part.font, part.text);
                painter.strokePath(path, pen);
            }
    }
    for (const PlacedLabel& label : labels)
        for (const LabelText& part : label.parts) {
            enter(painter, base, part);
            painter.setFont(part.font);
            painter.setPen(part.colour);
            painter.drawText(baselineOrigin(part), part.text);
        }
}

// Sprites carry their halo, so halos cannot cover a neighbour's text here only because placed
// labels never overlap. Every sprite is a plain blit on whole device pixels: crisp and cheap.
void drawSprites(QPainter& painter, std::span<const PlacedLabel> labels, const HaloStyle& halo,
                 LabelSpriteCache& sprites, double dpr) {
    // A frame's labels use a handful of fonts: their keys are made once.
    std::vector<std::pair<QFont, QString>> fontKeys;
    fontKeys.reserve(16);
    const auto keyOf = [&](const QFont& f) -> const QString& {
        for (const auto& [font, key] : fontKeys)
            if (font == f) return key;
        fontKeys.emplace_back(f, f.key());
        return fontKeys.back().second;
    };
    for (const PlacedLabel& label : labels)
        for (const LabelText& part : label.parts) {
            const LabelSpriteCache::Sprite s = sprites.sprite(part, keyOf(part.font), halo, dpr);
            const QPointF at = part.centre + s.offset;
            painter.drawImage(QPointF(std::round(at.x() * dpr) / dpr, std::round(at.y() * dpr) / dpr), s.image);
        }
}

}  // namespace

QPointF baselineOrigin(const LabelText& part) { return {-part.width / 2, (part.ascent - part.descent) / 2}; }

void drawLabels(QPainter& painter, std::span<const PlacedLabel> labels, const HaloStyle& halo,
                LabelSpriteCache* sprites, double devicePixelRatio) {
    if (labels.empty()) return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (sprites)
        drawSprites(painter, labels, halo, *sprites, devicePixelRatio);
    else
        drawAsText(painter, labels, halo);
    painter.restore();
}

}  // namespace ga::render
