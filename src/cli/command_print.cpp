// gridatlas-cli print: grid wall maps, notice boards, community overviews and atlases as PDF or
// PNG, drawn by the same renderer as the workstation.
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <iostream>

#include "cli/command.h"
#include "analysis/issue_table.h"
#include "cli/gui_application.h"
#include "print/print_request.h"

namespace ga::cli {
namespace {

Result<int> parseDpi(const std::string& text) {
    try {
        size_t used = 0;
        const int dpi = std::stoi(text, &used);
        if (used == text.size() && dpi >= 10 && dpi <= 1200) return dpi;
    } catch (const std::exception&) {
    }
    return fail(fmt::format("--dpi '{}': give a resolution from 10 to 1200", text));
}

Result<print::PrintRequest> requestOf(const Args& a) {
    print::PrintRequest r;
    const int targets = (a.value("grid") ? 1 : 0) + (a.flag("atlas") ? 1 : 0) + (a.flag("overview") ? 1 : 0);
    if (targets != 1) return fail("print needs one of --grid CODE, --atlas or --overview");
    if (auto grid = a.value("grid")) {
        r.target = print::Target::Grid;
        r.code = *grid;
    } else {
        r.target = a.flag("atlas") ? print::Target::Atlas : print::Target::Overview;
        r.code = a.value("community").value_or("");
    }
    if (a.flag("cover") && r.target != print::Target::Atlas) return fail("--cover goes with --atlas");
    if (auto t = a.value("template")) {
        auto found = print::findTemplate(*t);
        if (!found) return std::unexpected(found.error());
        r.templateId = (*found)->id;
    }
    if (auto p = a.value("paper")) {
        auto size = print::parsePaperSize(*p);
        if (!size) return std::unexpected(size.error());
        r.paper = *size;
    }
    if (a.flag("landscape") && a.flag("portrait")) return fail("give --landscape or --portrait, not both");
    if (a.flag("landscape")) r.orientation = print::Orientation::Landscape;
    if (a.flag("portrait")) r.orientation = print::Orientation::Portrait;
    if (auto d = a.value("dpi")) {
        auto dpi = parseDpi(*d);
        if (!dpi) return std::unexpected(dpi.error());
        r.dpi = *dpi;
    }
    r.cover = a.flag("cover");
    r.options.issues = a.flag("issues");
    r.options.organisations = !a.flag("no-organisations");
    r.options.heatmap = a.flag("heatmap");
    r.options.basemaps = !a.flag("no-basemap");
    return r;
}

}  // namespace

int runPrint(const Args& a) {
    const auto out = a.value("out");
    if (!out || out->empty()) return failWith(Error{"print needs --out OUT.pdf or OUT.png"});
    auto format = print::formatOf(*out);
    if (!format) return failWith(format.error());
    auto request = requestOf(a);
    if (!request) return failWith(request.error());
    if (auto ok = print::checkWritable(*out); !ok) return failWith(ok.error());
    auto project = openProject(a, true);
    if (!project) return failWith(project.error());
    const auto app = guiApplication();

    const auto began = std::chrono::steady_clock::now();
    auto source = print::PrintSource::load(*project);
    if (!source) return failWith(source.error());
    auto sheets = print::planSheets(*source, *request);
    if (!sheets) return failWith(sheets.error());
    if (auto title = a.value("title"); title && sheets->size() == 1)
        sheets->front().content.texts.title = QString::fromStdString(*title);
    for (const print::Sheet& s : *sheets)
        for (const std::string& w : s.content.warnings) std::cerr << "gridatlas-cli: warning: " << w << "\n";
    if (request->options.basemaps)
        for (const std::string& p : source->basemapProblems()) std::cerr << "gridatlas-cli: warning: " << p << "\n";
    const auto loaded = std::chrono::steady_clock::now();

    const bool terminal = ::isatty(STDERR_FILENO) != 0;
    print::Progress progress;
    if (terminal && sheets->size() > 1)
        progress = [](size_t done, size_t total) {
            std::cerr << fmt::format("\rprinting: page {} of {}", done, total);
            std::cerr.flush();
        };
    std::shared_ptr<const analysis::IssueTable> issues;
    if (request->options.heatmap) {
        auto table = analysis::IssueTable::load(*project, false);
        if (!table) return failWith(table.error());
        issues = std::make_shared<const analysis::IssueTable>(std::move(*table));
    }
    const print::SheetPainter painter(source->sharedModel(), source->style(), request->options, issues,
                                      source->basemaps());
    auto written = print::writeSheets(*out, *sheets, painter, request->dpi, progress);
    if (progress) std::cerr << "\r\033[K";
    if (!written) return failWith(written.error());
    const auto done = std::chrono::steady_clock::now();

    using ms = std::chrono::duration<double, std::milli>;
    const print::Sheet& first = sheets->front();
    std::cout << fmt::format("{}: {} page{} ({}, {}), {} file{}; load {:.0f} ms, print {:.0f} ms\n", *out,
                             written->pages, written->pages == 1 ? "" : "s",
                             print::templateOf(sheets->back().content.templateId).name, first.paper.name().toStdString(),
                             written->files.size(), written->files.size() == 1 ? "" : "s", ms(loaded - began).count(),
                             ms(done - loaded).count());
    if (written->files.size() > 1)
        for (const std::string& f : written->files) std::cout << "  " << f << "\n";
    return 0;
}

}  // namespace ga::cli
