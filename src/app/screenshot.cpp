#include "app/screenshot.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImageWriter>
#include <QTimer>

#include "app/grid_table_panel.h"
#include "app/map_canvas.h"
#include "app/overview_map.h"

namespace ga::app {

bool waitForSharpFrame(MapCanvas& canvas, std::chrono::milliseconds timeout) {
    QElapsedTimer clock;
    clock.start();
    // Let pending resizes and the render request of the current view happen first.
    QCoreApplication::processEvents();
    while (!canvas.hasSharpFrame()) {
        if (clock.elapsed() > timeout.count()) return false;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        QObject::connect(&canvas, &MapCanvas::frameShown, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

Result<void> saveScreenshot(MainWindow& window, const QString& path, QSize size, const std::optional<geo::Box>& extent,
                            std::chrono::milliseconds timeout) {
    window.resize(size);
    window.show();
    QCoreApplication::processEvents();
    if (extent && !window.canvas().zoomToBox(*extent, 0))
        return fail(QStringLiteral("--extent does not describe an area that can be shown").toStdString());
    if (window.session() && !waitForSharpFrame(window.canvas(), timeout))
        return fail(QStringLiteral("the map was not drawn within %1 s").arg(timeout.count() / 1000).toStdString());
    // The overview and the grid table are made on worker threads too; give them the rest of the time.
    QElapsedTimer clock;
    clock.start();
    while (window.session() && (!window.overview().hasFrame() || window.gridTable().isLoading()) &&
           clock.elapsed() < timeout.count()) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    QImageWriter writer(path, "png");
    if (!writer.write(image))
        return fail(
            QStringLiteral("%1: cannot write the screenshot: %2").arg(path, writer.errorString()).toStdString());
    return {};
}

}  // namespace ga::app
