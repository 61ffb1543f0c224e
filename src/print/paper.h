#pragma once
// Paper sizes the printouts come in (ISO A series) and their orientation.
#include <QPageSize>
#include <QSizeF>
#include <QString>
#include <string_view>

#include "core/error.h"

namespace ga::print {

enum class PaperSize { A4, A3, A2, A1, A0 };
enum class Orientation { Portrait, Landscape };

struct Paper {
    PaperSize size = PaperSize::A3;
    Orientation orientation = Orientation::Portrait;

    /// Width and height in millimetres as the sheet is held (landscape: the long side across).
    QSizeF millimetres() const;
    /// The Qt page size (always given portrait; see orientation).
    QPageSize pageSize() const;
    /// "A3 portrait", "A0 landscape".
    QString name() const;
    bool landscape() const { return orientation == Orientation::Landscape; }

    friend bool operator==(const Paper&, const Paper&) = default;
};

/// Parses "A4" … "A0" (either case); the message lists the sizes there are.
Result<PaperSize> parsePaperSize(std::string_view text);
/// "A4" … "A0".
std::string_view paperSizeName(PaperSize size);

}  // namespace ga::print
