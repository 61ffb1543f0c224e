#include "print/print_request.h"

#include <QFileInfo>
#include <fmt/format.h>

namespace ga::print {
namespace {

Paper paperFor(const PrintTemplate& t, const PrintRequest& r) {
    Paper p;
    p.size = r.paper.value_or(t.id == TemplateId::Notice ? PaperSize::A3 : PaperSize::A1);
    p.orientation = r.orientation.value_or(t.orientation);
    return p;
}

const PrintTemplate& gridTemplate(const PrintRequest& r) {
    if (r.templateId) return templateOf(*r.templateId);
    return r.paper ? gridTemplateFor(*r.paper) : templateOf(TemplateId::WallMap);
}

}  // namespace

Result<FileFormat> formatOf(const std::string& path) {
    const QString suffix = QFileInfo(QString::fromStdString(path)).suffix().toLower();
    if (suffix == QStringLiteral("pdf")) return FileFormat::Pdf;
    if (suffix == QStringLiteral("png")) return FileFormat::Png;
    return fail(fmt::format("{}: give an output file ending in .pdf or .png", path));
}

Result<std::vector<Sheet>> planSheets(const PrintSource& source, const PrintRequest& request) {
    std::vector<Sheet> sheets;
    switch (request.target) {
    case Target::Grid: {
        const PrintTemplate& t = gridTemplate(request);
        if (t.subject != Subject::Grid)
            return fail(fmt::format("template '{}' prints a community: use --overview", t.name));
        auto content = source.gridSheet(t.id, request.code);
        if (!content) return std::unexpected(content.error());
        sheets.push_back({std::move(*content), paperFor(t, request)});
        break;
    }
    case Target::Overview: {
        if (request.templateId && templateOf(*request.templateId).subject != Subject::Community)
            return fail(fmt::format("template '{}' prints a grid, not a community overview",
                                    templateOf(*request.templateId).name));
        auto content = source.communitySheet(request.code);
        if (!content) return std::unexpected(content.error());
        sheets.push_back({std::move(*content), paperFor(templateOf(TemplateId::Overview), request)});
        break;
    }
    case Target::Atlas: {
        const PrintTemplate& t = gridTemplate(request);
        if (t.subject != Subject::Grid)
            return fail(fmt::format("template '{}' prints a community; an atlas prints grids", t.name));
        auto codes = source.atlasGrids(request.code);
        if (!codes) return std::unexpected(codes.error());
        const Paper paper = paperFor(t, request);
        if (request.cover) {
            auto cover = source.communitySheet(request.code);
            if (!cover) return std::unexpected(cover.error());
            // The cover lists every grid with its page: the cover is page 1.
            for (GridFacts& g : cover->grids)
                for (size_t i = 0; i < codes->size(); ++i)
                    if (g.code.toStdString() == (*codes)[i]) g.page = static_cast<int>(i) + 2;
            sheets.push_back({std::move(*cover), paper});
        }
        for (const std::string& code : *codes) {
            auto content = source.gridSheet(t.id, code);
            if (!content) return std::unexpected(content.error());
            sheets.push_back({std::move(*content), paper});
        }
        break;
    }
    }
    return sheets;
}

std::vector<std::string> outputPaths(const std::string& out, FileFormat format, const std::vector<Sheet>& sheets) {
    if (format == FileFormat::Pdf || sheets.size() == 1) return {out};
    const QFileInfo info(QString::fromStdString(out));
    const QString base = info.path() + QLatin1Char('/') + info.completeBaseName();
    std::vector<std::string> paths;
    for (const Sheet& s : sheets) {
        const QString code = s.content.grid ? QString::fromStdString(s.content.code) : QStringLiteral("overview");
        paths.push_back((base + QLatin1Char('-') + code + QLatin1Char('.') + info.suffix()).toStdString());
    }
    return paths;
}

Result<OutputReport> writeSheets(const std::string& out, const std::vector<Sheet>& sheets, const SheetPainter& painter,
                                 int dpi, const Progress& progress, std::stop_token stop) {
    auto format = formatOf(out);
    if (!format) return std::unexpected(format.error());
    if (*format == FileFormat::Pdf) return writePdf(out, sheets, painter, dpi, progress, stop);
    const std::vector<std::string> paths = outputPaths(out, *format, sheets);
    return writePngs(paths, sheets, painter, dpi, progress, stop);
}

}  // namespace ga::print
