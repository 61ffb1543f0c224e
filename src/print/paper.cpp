#include "print/paper.h"

#include <array>
#include <cctype>
#include <fmt/format.h>

namespace ga::print {
namespace {

struct PaperDef {
    PaperSize size;
    std::string_view name;
    double width, height;  ///< millimetres, portrait (ISO 216)
    QPageSize::PageSizeId id;
};

constexpr std::array<PaperDef, 5> kPapers = {{
    {PaperSize::A4, "A4", 210, 297, QPageSize::A4},
    {PaperSize::A3, "A3", 297, 420, QPageSize::A3},
    {PaperSize::A2, "A2", 420, 594, QPageSize::A2},
    {PaperSize::A1, "A1", 594, 841, QPageSize::A1},
    {PaperSize::A0, "A0", 841, 1189, QPageSize::A0},
}};

const PaperDef& def(PaperSize s) { return kPapers[static_cast<size_t>(s)]; }

}  // namespace

QSizeF Paper::millimetres() const {
    const PaperDef& d = def(size);
    return landscape() ? QSizeF(d.height, d.width) : QSizeF(d.width, d.height);
}

QPageSize Paper::pageSize() const { return QPageSize(def(size).id); }

QString Paper::name() const {
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(def(size).name.data(), static_cast<qsizetype>(def(size).name.size())),
                                       landscape() ? QStringLiteral("landscape") : QStringLiteral("portrait"));
}

Result<PaperSize> parsePaperSize(std::string_view text) {
    std::string upper(text);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (const PaperDef& d : kPapers)
        if (d.name == upper) return d.size;
    return fail(fmt::format("paper '{}' is not supported: give A4, A3, A2, A1 or A0", text));
}

std::string_view paperSizeName(PaperSize size) { return def(size).name; }

}  // namespace ga::print
