// edit_frame_bench PROJECT [--size WxH] [--splits N]: how soon the workstation shows a split, as
// an operator sees it (offscreen): a suggested split of an over-range grid committed through the
// window's grid editing (store transaction and log, the map model following it with
// MapModel::afterChanges, the window's indexes, the canvas handed the new model), then the next
// sharp frame of the grid's view. The same frame after a full reload of the map model
// (ProjectSession::reloadModel, what every edit did before) is timed in the same run. Run it on
// the synth district (gridatlas-cli synth OUT --households 1000000); the target is the
// map showing a split within 50 ms of its commit. PROJECT is copied; the copy is edited.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "app/grid_editing.h"
#include "app/grid_table_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/project_session.h"
#include "app/screenshot.h"
#include "window_bench_args.h"
#include "edit/split.h"
#include "edit/suggest_split.h"

using namespace ga;
using namespace ga::app;

namespace {

double medianMs(std::vector<qint64> ns) { return static_cast<double>(bench::median(std::move(ns))) / 1e6; }

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const auto parsed = bench::parseWindowBenchArgs(args, "edit_frame_bench", "splits", 5);
    if (!parsed) return 2;
    const QString& project = parsed->project;
    const QSize size = parsed->size;
    const int splits = parsed->count;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("district.sqlite"));
    if (!dir.isValid() || !QFile::copy(project, copy)) {
        std::fprintf(stderr, "edit_frame_bench: cannot copy %s\n", qPrintable(project));
        return 2;
    }
    PluginManager plugins;
    MainWindow window(plugins);
    window.resize(size);
    window.show();
    QCoreApplication::processEvents();
    if (auto opened = window.openProject(copy); !opened) {
        std::fprintf(stderr, "edit_frame_bench: %s\n", opened.error().message.c_str());
        return 2;
    }
    if (!waitForSharpFrame(window.canvas(), std::chrono::seconds(120))) return 2;
    GridEditing& editing = window.gridEditing();
    edit::Workspace* ws = editing.workspace();
    if (!ws) return 2;
    ProjectSession& session = *editing.session();

    std::vector<std::string> over;
    for (const auto& g : ws->grids())
        if (ws->householdsOfGrid(g.code) > ws->range().max) over.push_back(g.code);
    std::vector<qint64> commitNs, frameNs, reloadNs, reloadFrameNs;
    QElapsedTimer clock;
    for (const std::string& code : over) {
        if (static_cast<int>(commitNs.size()) == splits) break;
        auto s = edit::suggestSplit(*ws, code);
        if (!s) continue;
        auto plan = edit::planSplit(session.project(), *ws, code, s->line);
        if (!plan) continue;
        window.canvas().zoomToBox(ws->grids()[*ws->gridByCode(code)].geometry.bounds(), 0.3);
        if (!waitForSharpFrame(window.canvas(), std::chrono::seconds(60))) return 2;
        // An operator's edits are seconds apart: the grid table's recount of the last one is done.
        while (window.gridTable().isLoading()) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        clock.start();
        if (!editing.commit(*plan, QStringLiteral("bench split"))) return 2;
        commitNs.push_back(clock.nsecsElapsed());
        if (!waitForSharpFrame(window.canvas(), std::chrono::seconds(60))) return 2;
        frameNs.push_back(clock.nsecsElapsed());
        // The same view after the model is read again whole.
        clock.start();
        if (auto r = session.reloadModel(); !r) return 2;
        reloadNs.push_back(clock.nsecsElapsed());
        if (!waitForSharpFrame(window.canvas(), std::chrono::seconds(60))) return 2;
        reloadFrameNs.push_back(clock.nsecsElapsed());
        std::printf("%s: commit %.1f ms, sharp frame %.1f ms | full reload %.1f ms, sharp frame %.1f ms\n",
                    code.c_str(), commitNs.back() / 1e6, frameNs.back() / 1e6, reloadNs.back() / 1e6,
                    reloadFrameNs.back() / 1e6);
    }
    if (commitNs.empty()) {
        std::fprintf(stderr, "edit_frame_bench: no over-range grid with a suggested split\n");
        return 2;
    }
    const double frame = medianMs(frameNs), reloadFrame = medianMs(reloadFrameNs);
    std::printf(
        "median of %zu splits: commit to sharp frame %.1f ms (commit itself %.1f ms); after a full reload "
        "%.1f ms (reload %.1f ms); ratio %.3f\n",
        frameNs.size(), frame, medianMs(commitNs), reloadFrame, medianMs(reloadNs), frame / reloadFrame);
    return 0;
}
