#pragma once
// The fonts of the map's text. Chinese needs a CJK font: Noto Sans CJK SC on screen, WenQuanYi
// Micro Hei for vector output, because Qt 6.4 writes Noto CJK glyphs into PDF text layers as
// Kangxi radicals (网 comes back as ⽹ from pdftotext) and WenQuanYi reads back right.
#include <QFont>
#include <QString>

#include "render/map_view.h"

namespace ga::render {

struct MapFonts {
    QFont community, gridName, gridDetail, road, compound, building, water, organisation, attribution, legend;

    /// The fonts for `output`, sizes in logical pixels.
    static MapFonts forOutput(OutputKind output);
};

/// The CJK family for `output` as installed (looked up once in QFontDatabase): the preferred one,
/// else any family that writes Simplified Chinese, else the default family.
QString cjkFamily(OutputKind output);

}  // namespace ga::render
