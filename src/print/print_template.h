#pragma once
// The printout templates: what a sheet is about (one grid or a whole community), what it shows and
// how it is held. Paper size and orientation are free; the layout follows the sheet's shape.
#include <QString>
#include <span>
#include <string_view>

#include "core/error.h"
#include "print/paper.h"

namespace ga::print {

enum class TemplateId {
    Notice,    ///< 网格责任区公示牌: the grid, its staff with photos, for notice boards (A4/A3 portrait)
    WallMap,   ///< 网格图: the grid's wall map, map first (A1/A0 landscape)
    Overview,  ///< 社区网格总图: every grid of a community with its code and leader
};

/// What one sheet of a template is about.
enum class Subject { Grid, Community };

struct PrintTemplate {
    TemplateId id;
    std::string_view name;   ///< as the CLI takes it: notice, wall, overview
    QString heading;         ///< the kind of sheet, shown after the title: 网格责任区公示牌
    Subject subject;
    Orientation orientation;  ///< how it is usually held
};

/// Every template, in the order the CLI and the dialog list them.
std::span<const PrintTemplate> printTemplates();
/// The template called `name`; the message lists the names there are.
Result<const PrintTemplate*> findTemplate(std::string_view name);
/// The template for `id`.
const PrintTemplate& templateOf(TemplateId id);
/// The grid template that suits a paper size: the notice board up to A3, the wall map above.
const PrintTemplate& gridTemplateFor(PaperSize size);

}  // namespace ga::print
