#include "render/map_fonts.h"

#include <QFontDatabase>
#include <QStringList>
#include <mutex>

namespace ga::render {
namespace {

QString lookUp(const QString& preferred) {
    const QStringList all = QFontDatabase::families();
    if (all.contains(preferred)) return preferred;
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    if (!chinese.isEmpty()) return chinese.front();
    return QFont().family();
}

QFont font(const QString& family, int pixelSize, bool bold = false) {
    QFont f(family);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    // Map text is placed by measured advances; kerning from hinting would move glyphs off them.
    f.setHintingPreference(QFont::PreferVerticalHinting);
    return f;
}

}  // namespace

QString cjkFamily(OutputKind output) {
    static std::once_flag once;
    static QString screen, vector;
    std::call_once(once, [] {
        screen = lookUp(QStringLiteral("Noto Sans CJK SC"));
        vector = lookUp(QStringLiteral("WenQuanYi Micro Hei"));
    });
    return output == OutputKind::Vector ? vector : screen;
}

namespace {

MapFonts make(OutputKind output) {
    const QString f = cjkFamily(output);
    MapFonts m;
    m.community = font(f, 16, true);
    m.gridName = font(f, 13, true);
    m.gridDetail = font(f, 11);
    m.road = font(f, 12);
    m.compound = font(f, 12);
    m.building = font(f, 10);
    m.water = font(f, 12);
    m.organisation = font(f, 11);
    m.attribution = font(f, 10);
    m.legend = font(f, 12);
    return m;
}

}  // namespace

MapFonts MapFonts::forOutput(OutputKind output) {
    // Made once: every frame then uses the same QFont objects, which hit Qt's font caches.
    static const MapFonts screen = make(OutputKind::Screen), vector = make(OutputKind::Vector);
    return output == OutputKind::Vector ? vector : screen;
}

}  // namespace ga::render
