#pragma once
// Sheets written to files: all of them as the pages of one PDF (vector, text as text, fonts
// embedded, exact page size), or each as a PNG at a chosen resolution (RGB, no alpha). Every file
// is written under a temporary name and renamed when complete, so a failed or cancelled run leaves
// nothing half-written behind.
#include <QString>
#include <functional>
#include <span>
#include <stop_token>
#include <string>
#include <vector>

#include "print/sheet_painter.h"

namespace ga::print {

/// Called after each page with the pages done and the pages in all.
using Progress = std::function<void(size_t done, size_t total)>;

struct OutputReport {
    std::vector<std::string> files;  ///< written (none when cancelled)
    size_t pages = 0;                ///< drawn (when cancelled: before it stopped)
    bool cancelled = false;
};

/// Writes `sheets` as the pages of the PDF at `path`; `dpi` sets the map's level of detail.
Result<OutputReport> writePdf(const std::string& path, std::span<const Sheet> sheets, const SheetPainter& painter,
                              int dpi, const Progress& progress = {}, std::stop_token stop = {});

/// Writes each sheet as a PNG at `dpi`, to the matching path of `paths`.
Result<OutputReport> writePngs(std::span<const std::string> paths, std::span<const Sheet> sheets,
                               const SheetPainter& painter, int dpi, const Progress& progress = {},
                               std::stop_token stop = {});

/// The sheet drawn into an image at `dpi` (RGB32: opaque, so it is written as RGB).
Result<QImage> renderSheetImage(const Sheet& sheet, const SheetPainter& painter, int dpi, std::stop_token stop = {});

/// Refuses a path whose folder is missing or cannot be written, before any work is done.
Result<void> checkWritable(const std::string& path);

}  // namespace ga::print
