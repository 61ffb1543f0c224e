#pragma once
// What every GUI test executable shares: a QApplication on the platform the environment gives
// (offscreen under ctest), settings kept apart from the user's, Chinese UI, and waiting helpers.
#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <chrono>

#include "app/map_canvas.h"
#include "app/screenshot.h"
#include "app/translations.h"

namespace ga::app::test {

/// Waits for the canvas to show a sharp frame of its current view.
inline bool waitForFrame(MapCanvas& canvas) { return waitForSharpFrame(canvas, std::chrono::seconds(20)); }

}  // namespace ga::app::test

#define GA_APP_TEST_MAIN(TestClass)                                             \
    int main(int argc, char** argv) {                                           \
        QStandardPaths::setTestModeEnabled(true);                               \
        QApplication app(argc, argv);                                           \
        QCoreApplication::setOrganizationName(QStringLiteral("GridAtlasTest")); \
        QCoreApplication::setApplicationName(QStringLiteral(#TestClass));       \
        ga::app::installTranslators(app, QStringLiteral("zh"));                 \
        TestClass test;                                                         \
        return QTest::qExec(&test, argc, argv);                                 \
    }
