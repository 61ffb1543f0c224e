// Basemaps in the workstation: the layers dock adds an orthophoto, the canvas draws it under the
// grids, visibility and opacity repaint, it is kept with the project and comes back on reopening;
// the add dialog names a file that is no raster and stays open; a basemap gone missing is listed
// as such while the project opens.
#include "app/basemap_panel.h"

#include <QFile>
#include <QListWidget>
#include <QStatusBar>
#include <QTemporaryDir>

#include "../io/basemap_fixtures.h"
#include "app/basemap_dialog.h"
#include "app/main_window.h"
#include "app/overview_map.h"
#include "app_test.h"
#include "store/basemap_settings.h"
#include "test_project.h"

using namespace ga;
using namespace ga::app;
using namespace ga::app::test;

class BasemapPanelTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    TestProject project_;
    PluginManager plugins_;
    std::unique_ptr<MainWindow> window_;
    QString ortho_;

    BasemapPanel& panel() const { return window_->basemapPanel(); }
    // The colour the canvas shows at map point p (a sharp frame of the current view).
    QColor shownAt(geo::Point p) const {
        const auto& frame = window_->canvas().frame();
        return frame->image.pixelColor(window_->canvas().view().toScreen(p).toPoint());
    }
    // West of the grids, where only the basemap lies.
    geo::Point west() const { return {kX0 - 150, kY0 + 100}; }
    std::unique_ptr<io::BasemapSource> openOrtho() const {
        auto s = io::BasemapSource::open(ortho_.toStdString(), 4549);
        return s ? std::move(*s) : nullptr;
    }
    // Share of the overview's pixels in the orthophoto's colours (under the veil of the grids too).
    double overviewOrthoShare() const {
        const QImage shot = window_->overview().grab().toImage();
        long hits = 0;
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                hits += (c.red() > c.green() + 60 && c.red() > c.blue() + 60) ||
                        (c.blue() > c.red() + 60 && c.blue() > c.green() + 60);
            }
        return double(hits) / double(std::max(1, shot.width() * shot.height()));
    }
    static bool near(QColor c, ga::testing::Rgb want) {
        return std::abs(c.red() - want[0]) < 8 && std::abs(c.green() - want[1]) < 8 && std::abs(c.blue() - want[2]) < 8;
    }
    // Moves the map so the whole orthophoto's middle is in view and waits for the frame.
    bool showOrtho() {
        window_->canvas().zoomToBox({kX0 - 300, kY0 - 100, kX0 + 900, kY0 + 300});
        return waitForFrame(window_->canvas());
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        auto p = makeTestProject(dir_.path());
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        project_ = *p;
        // 1.4 km x 1 km around the grids: red west of x0 + 300, blue east of it.
        ortho_ = dir_.filePath(QStringLiteral("正射影像.tif"));
        ga::testing::writeGeoTiff(
            ortho_.toStdString(), {kX0 - 400, kY0 + 600, 5, 280, 200, 4549},
            [](double x, double) { return x < kX0 + 300 ? ga::testing::kRed : ga::testing::kBlue; });
        window_ = std::make_unique<MainWindow>(plugins_);
        window_->resize(1400, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        auto r = window_->openProject(project_.path);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        QVERIFY(waitForFrame(window_->canvas()));
    }

    void cleanupTestCase() { window_.reset(); }

    void addingAnOrthophotoDrawsItUnderTheMapAndKeepsIt() {
        QVERIFY(showOrtho());
        QCOMPARE(shownAt(west()), render::MapStyle::defaults().background);
        QTRY_VERIFY(window_->overview().hasFrame());
        const double plainOverview = overviewOrthoShare();
        auto r = panel().addBasemap({"正射影像", ortho_.toStdString(), 1, true, "© 测绘院"}, openOrtho());
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        QVERIFY(waitForFrame(window_->canvas()));
        QVERIFY(near(shownAt(west()), ga::testing::kRed));
        QVERIFY(near(shownAt({kX0 + 800, kY0 + 100}), ga::testing::kBlue));
        // The overview shows it too.
        QTRY_VERIFY2(overviewOrthoShare() > plainOverview + 0.2,
                     qPrintable(QStringLiteral("%1 → %2").arg(plainOverview).arg(overviewOrthoShare())));
        QCOMPARE(panel().findChild<QListWidget*>(QStringLiteral("basemapList"))->count(), 1);
        auto saved = store::loadBasemaps(window_->session()->project());
        QVERIFY(saved);
        QCOMPARE(saved->size(), size_t{1});
        QCOMPARE(saved->front().attribution, std::string("© 测绘院"));
    }

    void visibilityAndOpacityRepaint() {
        QVERIFY(showOrtho());
        panel().setBasemapVisible("正射影像", false);
        QVERIFY(waitForFrame(window_->canvas()));
        QCOMPARE(shownAt(west()), render::MapStyle::defaults().background);
        panel().setBasemapVisible("正射影像", true);
        panel().setBasemapOpacity("正射影像", 0.5);
        QVERIFY(waitForFrame(window_->canvas()));
        const int bg = render::MapStyle::defaults().background.green();
        QVERIFY(std::abs(shownAt(west()).green() - (bg + ga::testing::kRed[1]) / 2) < 8);
        panel().setBasemapOpacity("正射影像", 1);
        QVERIFY(waitForFrame(window_->canvas()));
        QVERIFY(near(shownAt(west()), ga::testing::kRed));
    }

    void theBasemapComesBackWhenTheProjectIsOpenedAgain() {
        auto r = window_->openProject(project_.path);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        QCOMPARE(panel().layers().size(), size_t{1});
        QVERIFY(showOrtho());
        QVERIFY(near(shownAt(west()), ga::testing::kRed));
    }

    void theDialogNamesAFileThatIsNoRasterAndStaysOpen() {
        const QString text = dir_.filePath(QStringLiteral("说明.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("不是影像\n");
        f.close();
        BasemapDialog dialog(4549);
        dialog.setSource(text);
        dialog.accept();
        QTRY_VERIFY(!dialog.isChecking());
        QVERIFY2(dialog.problem().contains(QStringLiteral("说明.txt: not a raster")), qPrintable(dialog.problem()));
        QVERIFY(dialog.result() != QDialog::Accepted);
    }

    void theDialogOpensAGoodFileAndSuggestsItsName() {
        BasemapDialog dialog(4549);
        dialog.setSource(ortho_);
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.source() != nullptr);
        QCOMPARE(dialog.setting().name, std::string("正射影像"));
        QCOMPARE(dialog.setting().source, ortho_.toStdString());
    }

    void aBasemapGoneMissingIsListedAndTheProjectStillOpens() {
        const QString moved = dir_.filePath(QStringLiteral("moved.tif"));
        QVERIFY(QFile::rename(ortho_, moved));
        auto r = window_->openProject(project_.path);
        QFile::rename(moved, ortho_);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        QVERIFY(panel().layers().empty());
        auto* list = panel().findChild<QListWidget*>(QStringLiteral("basemapList"));
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("无法打开")), qPrintable(list->item(0)->text()));
        QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("file not found")));
        QVERIFY(waitForFrame(window_->canvas()));
    }

    void removingTheBasemapTakesItOffTheMapAndOutOfTheProject() {
        auto reopened = window_->openProject(project_.path);
        QVERIFY(reopened);
        auto r = panel().removeBasemap("正射影像");
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        QVERIFY(showOrtho());
        QCOMPARE(shownAt(west()), render::MapStyle::defaults().background);
        QVERIFY(store::loadBasemaps(window_->session()->project())->empty());
    }
};

GA_APP_TEST_MAIN(BasemapPanelTest)
#include "basemap_panel_test.moc"
