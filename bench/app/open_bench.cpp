// open_bench PROJECT [--size WxH] [--runs N]: how long the workstation takes to open a project,
// stage by stage, as a user sees it (offscreen): the map read on the worker thread, the window
// set up with it, the first sharp map frame, then the overview and the grid table. Meanwhile a
// 10 ms timer on the UI thread measures how long the window was unresponsive. Run it on the synth
// district (gridatlas-cli synth OUT --households 1000000); the target is the first frame
// within 2 s.
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "app/grid_table_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/overview_map.h"
#include "app/project_opening.h"
#include "app/screenshot.h"
#include "window_bench_args.h"

using namespace ga::app;

namespace {

struct Run {
    qint64 read = 0, opened = 0, frame = 0, all = 0, longestGap = 0;
};

long residentMegabytes() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6)) / 1024;
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const auto parsed = ga::bench::parseWindowBenchArgs(args, "open_bench", "runs", 3);
    if (!parsed) return 2;
    const QString& project = parsed->project;
    const QSize size = parsed->size;
    const int runs = parsed->count;
    PluginManager plugins;
    std::vector<Run> all;
    for (int r = 0; r < runs; ++r) {
        MainWindow window(plugins);
        window.resize(size);
        window.show();
        QCoreApplication::processEvents();
        auto* opening = window.findChild<ProjectOpening*>(QStringLiteral("projectOpening"));
        Run run;
        QElapsedTimer clock, tick;
        qint64 readStart = 0;
        QObject::connect(opening, &ProjectOpening::started, [&] { readStart = clock.elapsed(); });
        QString stages;
        qint64 stageStart = 0;
        QString stage;
        const auto endStage = [&] {
            if (!stage.isEmpty()) stages += QStringLiteral(" %1 %2").arg(stage).arg(clock.elapsed() - stageStart);
        };
        QObject::connect(opening, &ProjectOpening::progressed, [&](ga::store::Layer layer, int, int) {
            endStage();
            stage = QString::fromUtf8(ga::store::layerDef(layer).name);
            stageStart = clock.elapsed();
        });
        QObject::connect(opening, &ProjectOpening::finished, [&] {
            endStage();
            run.read = clock.elapsed() - readStart;
        });
        QTimer timer;
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [&] { run.longestGap = std::max(run.longestGap, tick.restart()); });
        clock.start();
        tick.start();
        timer.start();
        if (auto opened = window.openProject(project); !opened) {
            std::fprintf(stderr, "open_bench: %s\n", opened.error().message.c_str());
            return 2;
        }
        run.opened = clock.elapsed();
        if (!waitForSharpFrame(window.canvas(), std::chrono::seconds(60))) return 2;
        run.frame = clock.elapsed();
        while (!window.overview().hasFrame() || window.gridTable().isLoading()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        run.all = clock.elapsed();
        timer.stop();
        std::printf(
            "run %d: map read %lld ms (worker) | window set up %lld ms | first sharp frame %lld ms | overview and "
            "grid table %lld ms | longest UI pause %lld ms | resident %ld MB\n",
            r + 1, static_cast<long long>(run.read), static_cast<long long>(run.opened),
            static_cast<long long>(run.frame), static_cast<long long>(run.all), static_cast<long long>(run.longestGap),
            residentMegabytes());
        std::printf("       read per layer (ms, the last with the basemaps):%s\n", qPrintable(stages));
        all.push_back(run);
    }
    std::vector<qint64> frames, gaps;
    for (const Run& r : all) frames.push_back(r.frame), gaps.push_back(r.longestGap);
    std::printf("median of %d: first sharp frame %lld ms, longest UI pause %lld ms\n", runs,
                ga::bench::median(frames), ga::bench::median(gaps));
    return 0;
}
