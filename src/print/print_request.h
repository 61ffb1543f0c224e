#pragma once
// A print run as the CLI and the print dialog ask for it: which sheets (one grid, a community's
// overview, an atlas of grids), on which template and paper, into which file(s).
#include <optional>
#include <string>
#include <vector>

#include "print/print_source.h"
#include "print/sheet_output.h"
#include "print/sheet_painter.h"

namespace ga::print {

enum class Target {
    Grid,      ///< one grid's sheet
    Overview,  ///< a community's overview sheet
    Atlas,     ///< one sheet per grid of a community (or of the project), optionally after a cover
};

enum class FileFormat { Pdf, Png };

struct PrintRequest {
    Target target = Target::Grid;
    std::string code;                         ///< the grid (Grid) or community (Overview, Atlas; may be empty)
    std::optional<TemplateId> templateId;     ///< default: by paper for grids, the overview for communities
    std::optional<PaperSize> paper;           ///< default: the template's
    std::optional<Orientation> orientation;   ///< default: the template's
    bool cover = false;                       ///< atlas: the community overview with page numbers first
    int dpi = 300;                            ///< PNG resolution; the PDF map's level of detail
    PrintOptions options;
};

/// The format an output path asks for by its extension (.pdf, .png).
Result<FileFormat> formatOf(const std::string& path);
/// The sheets of `request` in page order; each sheet's warnings say what is missing (photos).
Result<std::vector<Sheet>> planSheets(const PrintSource& source, const PrintRequest& request);
/// The files a run writes to `out`: the one path for a PDF or a single PNG; for several PNGs one
/// per sheet, the sheet's code added before the extension (atlas.png → atlas-320623001001001.png).
std::vector<std::string> outputPaths(const std::string& out, FileFormat format, const std::vector<Sheet>& sheets);

/// Writes `sheets` to `out` in the format its extension names.
Result<OutputReport> writeSheets(const std::string& out, const std::vector<Sheet>& sheets, const SheetPainter& painter,
                                 int dpi, const Progress& progress = {}, std::stop_token stop = {});

}  // namespace ga::print
