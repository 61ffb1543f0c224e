#pragma once
// A PNG writer for sheet-sized images: an A0 sheet at 300 dpi is 140 million pixels, which Qt's
// writer (libpng with its adaptive filters, one thread) takes several seconds to compress. This
// one writes 8-bit RGB (no alpha), picks each row's filter by the usual minimum-sum heuristic and
// deflates bands of rows on several threads, joined into one zlib stream the way pigz does.
#include <QIODevice>
#include <QImage>

#include "core/error.h"

namespace ga::print {

/// Writes `image` (RGB32 or ARGB32 drawn opaque: alpha is dropped) as an RGB PNG at `dpi` to `out`,
/// deflating on up to `threads` threads.
Result<void> writeRgbPng(QIODevice& out, const QImage& image, int dpi, int threads = 2);

}  // namespace ga::print
