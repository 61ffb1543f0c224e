#pragma once
// Label texts drawn once with their halo into small images and blitted in later frames: drawing
// a short Chinese text with a halo costs tens of microseconds, blitting it about one. Raster
// output only; vector output draws text as text.
#include <QHash>
#include <QImage>
#include <mutex>

#include "render/label_engine.h"
#include "render/label_painter.h"

namespace ga::render {

class LabelSpriteCache {
public:
    struct Sprite {
        QImage image;    ///< premultiplied ARGB at the device pixel ratio it was made for
        QPointF offset;  ///< top left of the image from the part's centre, logical px
    };

    /// Keeps at most `capacity` sprites; when full it starts again empty (labels of the current
    /// view are made again at once, and old views' labels are not needed).
    explicit LabelSpriteCache(qsizetype capacity = 20000) : capacity_(capacity) {}

    /// The sprite of a label part (its text, font, colour and angle to the nearest 5°) with
    /// `halo`, to be drawn unturned at the part's centre + offset; thread-safe.
    /// `fontKey` is part.font.key(), which callers compute once per font rather than per part.
    Sprite sprite(const LabelText& part, const QString& fontKey, const HaloStyle& halo, double devicePixelRatio);
    qsizetype size() const;

private:
    mutable std::mutex mutex_;
    QHash<QString, Sprite> sprites_;
    qsizetype capacity_;
};

}  // namespace ga::render
