#include "print/print_template.h"

#include <array>
#include <fmt/format.h>

namespace ga::print {
namespace {

const std::array<PrintTemplate, 3>& all() {
    static const std::array<PrintTemplate, 3> templates = {{
        {TemplateId::Notice, "notice", QStringLiteral("网格责任区公示牌"), Subject::Grid, Orientation::Portrait},
        {TemplateId::WallMap, "wall", QStringLiteral("网格图"), Subject::Grid, Orientation::Landscape},
        {TemplateId::Overview, "overview", QStringLiteral("社区网格总图"), Subject::Community, Orientation::Landscape},
    }};
    return templates;
}

}  // namespace

std::span<const PrintTemplate> printTemplates() { return all(); }

Result<const PrintTemplate*> findTemplate(std::string_view name) {
    for (const PrintTemplate& t : all())
        if (t.name == name) return &t;
    return fail(fmt::format("template '{}' is unknown: give notice, wall or overview", name));
}

const PrintTemplate& templateOf(TemplateId id) { return all()[static_cast<size_t>(id)]; }

const PrintTemplate& gridTemplateFor(PaperSize size) {
    return templateOf(size == PaperSize::A4 || size == PaperSize::A3 ? TemplateId::Notice : TemplateId::WallMap);
}

}  // namespace ga::print
