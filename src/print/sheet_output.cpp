#include "print/sheet_output.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <cmath>
#include <fmt/format.h>

#include "print/png_writer.h"

namespace ga::print {
namespace {

// Device units of the PDF: fine enough that no coordinate is visibly rounded.
constexpr int kPdfResolution = 1200;

std::string text(const QString& s) { return s.toStdString(); }

QPageLayout pageLayout(const Paper& paper) {
    return QPageLayout(paper.pageSize(), paper.landscape() ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

// Temporary files of a multi-file run, removed unless every one was renamed into place.
class PendingFiles {
public:
    ~PendingFiles() {
        for (const QString& f : temporary_) QFile::remove(f);
    }
    void add(const QString& temporary, const QString& final) {
        temporary_.push_back(temporary);
        final_.push_back(final);
    }
    Result<void> commit() {
        for (size_t i = 0; i < temporary_.size(); ++i) {
            QFile::remove(final_[i]);
            if (!QFile::rename(temporary_[i], final_[i]))
                return fail(fmt::format("{}: cannot rename the finished file into place", text(final_[i])));
        }
        temporary_.clear();
        return {};
    }

private:
    std::vector<QString> temporary_, final_;
};

}  // namespace

Result<void> checkWritable(const std::string& path) {
    const QFileInfo info(QString::fromStdString(path));
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists() || !dir.isDir()) return fail(fmt::format("{}: the folder {} does not exist", path, text(dir.filePath())));
    if (!dir.isWritable()) return fail(fmt::format("{}: the folder {} cannot be written", path, text(dir.filePath())));
    if (info.exists() && (info.isDir() || !info.isWritable()))
        return fail(fmt::format("{}: exists and cannot be replaced", path));
    return {};
}

Result<OutputReport> writePdf(const std::string& path, std::span<const Sheet> sheets, const SheetPainter& painter,
                              int dpi, const Progress& progress, std::stop_token stop) {
    if (sheets.empty()) return fail("nothing to print");
    if (auto ok = checkWritable(path); !ok) return std::unexpected(ok.error());
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly)) return fail(fmt::format("{}: cannot write: {}", path, text(file.errorString())));
    OutputReport report;
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(kPdfResolution);
        pdf.setCreator(QStringLiteral("GridAtlas 网格图谱工作站"));
        pdf.setTitle(sheets.front().content.texts.title);
        pdf.setPageLayout(pageLayout(sheets.front().paper));
        QPainter p;
        if (!p.begin(&pdf)) return fail(fmt::format("{}: cannot start the PDF", path));
        const double devicePerMm = kPdfResolution / 25.4;
        for (size_t i = 0; i < sheets.size(); ++i) {
            if (stop.stop_requested()) break;
            if (i > 0) {
                pdf.setPageLayout(pageLayout(sheets[i].paper));
                if (!pdf.newPage()) return fail(fmt::format("{}: cannot add page {}", path, i + 1));
            }
            auto drawn = painter.draw(p, sheets[i], devicePerMm, dpi, stop);
            if (!drawn) return fail(fmt::format("{}: page {} ({}): {}", path, i + 1, sheets[i].content.code, drawn.error().message));
            ++report.pages;
            if (progress) progress(i + 1, sheets.size());
        }
        p.end();
    }
    if (stop.stop_requested()) {
        file.cancelWriting();
        report.cancelled = true;
        return report;
    }
    if (!file.commit()) return fail(fmt::format("{}: cannot write: {}", path, text(file.errorString())));
    report.files.push_back(path);
    return report;
}

Result<QImage> renderSheetImage(const Sheet& sheet, const SheetPainter& painter, int dpi, std::stop_token stop) {
    if (dpi < 10 || dpi > 1200) return fail(fmt::format("--dpi {}: give 10 to 1200", dpi));
    const QSizeF mm = sheet.paper.millimetres();
    const int w = static_cast<int>(std::lround(mm.width() / 25.4 * dpi));
    const int h = static_cast<int>(std::lround(mm.height() / 25.4 * dpi));
    // RGB32 is opaque: QPainter draws on it as fast as on premultiplied ARGB, and the PNG writer
    // stores it as RGB without an alpha channel.
    QImage image(w, h, QImage::Format_RGB32);
    if (image.isNull()) return fail(fmt::format("cannot allocate a {}x{} px image ({} at {} dpi)", w, h, text(sheet.paper.name()), dpi));
    image.fill(Qt::white);  // the page may end inside the last row or column of pixels
    const int dotsPerMetre = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    auto drawn = painter.draw(p, sheet, dpi / 25.4, dpi, stop);
    p.end();
    if (!drawn) return std::unexpected(drawn.error());
    return image;
}

Result<OutputReport> writePngs(std::span<const std::string> paths, std::span<const Sheet> sheets,
                               const SheetPainter& painter, int dpi, const Progress& progress, std::stop_token stop) {
    if (sheets.empty()) return fail("nothing to print");
    if (paths.size() != sheets.size()) return fail("one PNG path per sheet is needed");
    for (const std::string& p : paths)
        if (auto ok = checkWritable(p); !ok) return std::unexpected(ok.error());
    OutputReport report;
    PendingFiles pending;
    report.cancelled = true;  // until every sheet is written
    for (size_t i = 0; i < sheets.size(); ++i) {
        if (stop.stop_requested()) return report;
        auto image = renderSheetImage(sheets[i], painter, dpi, stop);
        if (!image) return fail(fmt::format("{}: {}", paths[i], image.error().message));
        if (stop.stop_requested()) return report;
        const QString final = QString::fromStdString(paths[i]);
        const QFileInfo info(final);
        const QString temporary = info.absoluteDir().filePath(QStringLiteral(".%1.part").arg(info.fileName()));
        pending.add(temporary, final);
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(fmt::format("{}: cannot write: {}", paths[i], text(file.errorString())));
        if (auto ok = writeRgbPng(file, *image, dpi); !ok) return fail(fmt::format("{}: {}", paths[i], ok.error().message));
        file.close();
        if (file.error() != QFileDevice::NoError)
            return fail(fmt::format("{}: cannot write: {}", paths[i], text(file.errorString())));
        ++report.pages;
        if (progress) progress(i + 1, sheets.size());
    }
    if (auto ok = pending.commit(); !ok) return std::unexpected(ok.error());
    report.cancelled = false;
    report.files.assign(paths.begin(), paths.end());
    return report;
}

}  // namespace ga::print
