// Opening a large project does not freeze the window: while a synthetic district's map is read
// on the worker thread, a timer on the UI thread keeps firing, the status bar shows the progress,
// a second open is refused, and the map is drawn once the reading is done.
#include "app/project_opening.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include "app/main_window.h"
#include "app_test.h"
#include "synth/district_generator.h"

using namespace ga;
using namespace ga::app;
using namespace ga::app::test;

class ProjectOpeningTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString district_;
    PluginManager plugins_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        district_ = dir_.filePath(QStringLiteral("district.sqlite"));
        synth::SynthOptions options;
        options.households = 250000;
        auto r = synth::generateDistrict(district_.toStdString(), options);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
    }

    void theWindowAnswersWhileALargeProjectIsRead() {
        MainWindow window(plugins_);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* opening = window.findChild<ProjectOpening*>(QStringLiteral("projectOpening"));
        QVERIFY(opening);

        // A 10 ms timer on the UI thread: its gaps while the project is read show whether the
        // thread was free. From its first tick it also tries a second open, which must wait.
        QElapsedTimer reading, sinceTick;
        qint64 longestGap = 0, readingTime = 0;
        int ticks = 0;
        bool progressShown = false;
        std::optional<Result<void>> secondOpen;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] {
            if (!opening->isBusy()) return;
            if (ticks > 0) longestGap = std::max(longestGap, sinceTick.elapsed());
            sinceTick.start();
            ++ticks;
            progressShown = progressShown || opening->isVisible();
            if (!secondOpen) secondOpen = window.openProject(district_);
        });
        connect(opening, &ProjectOpening::started, this, [&] { reading.start(); });
        connect(opening, &ProjectOpening::finished, this, [&] { readingTime = reading.elapsed(); });
        timer.start();
        auto opened = window.openProject(district_);
        timer.stop();
        QVERIFY2(opened, opened ? "" : opened.error().message.c_str());
        qInfo("read the district's map in %lld ms; the UI timer fired %d times meanwhile, longest gap %lld ms",
              readingTime, ticks, longestGap);
        QVERIFY2(ticks >= 3, "the UI thread was blocked while the project was read");
        QVERIFY2(longestGap < std::max<qint64>(readingTime / 2, 50), "the UI thread was held up");
        QVERIFY(progressShown);
        QVERIFY(!opening->isVisible());
        QVERIFY(secondOpen.has_value());
        QVERIFY(!*secondOpen);
        QVERIFY2(QString::fromStdString(secondOpen->error().message).contains(QStringLiteral("请稍候")),
                 secondOpen->error().message.c_str());

        QVERIFY(window.session());
        QVERIFY(window.session()->model()->buildings().size() > 10000);
        QVERIFY(waitForFrame(window.canvas()));
    }

    void aProjectThatCannotBeReadIsReportedWithoutHanging() {
        MainWindow window(plugins_);
        const QString bad = dir_.filePath(QStringLiteral("not_a_project.sqlite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3 but not really");
        f.close();
        auto r = window.openProject(bad);
        QVERIFY(!r);
        QVERIFY(!window.session());
        auto* opening = window.findChild<ProjectOpening*>(QStringLiteral("projectOpening"));
        QVERIFY(!opening->isBusy());
    }
};

GA_APP_TEST_MAIN(ProjectOpeningTest)
#include "project_opening_test.moc"
