// The workstation window on a small project: identify, search, the shared selection, layer
// toggles, the read-only second open and bad files.
#include "app/main_window.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

#include "app/app_settings.h"
#include "app/grid_table_panel.h"
#include "app/identify_panel.h"
#include "app/layer_panel.h"
#include "app/project_session.h"
#include "app_test.h"
#include "store/attribute_edits.h"
#include "test_project.h"

using namespace ga;
using namespace ga::app;
using namespace ga::app::test;

class MainWindowTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    TestProject project_;
    PluginManager plugins_;
    std::unique_ptr<MainWindow> window_;

    QPoint pixelOf(geo::Point p) const { return window_->canvas().view().toScreen(p).toPoint(); }
    QString identifyText() const {
        QStringList lines;
        auto* tree = window_->identifyPanel().findChild<QTreeWidget*>(QStringLiteral("tree"));
        for (QTreeWidgetItemIterator it(tree); *it; ++it) lines << (*it)->text(0) + QLatin1Char(' ') + (*it)->text(1);
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        auto p = makeTestProject(dir_.path());
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        project_ = *p;
        window_ = std::make_unique<MainWindow>(plugins_);
        window_->resize(1400, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        auto r = window_->openProject(project_.path);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        QVERIFY(waitForFrame(window_->canvas()));
        // The grid table is read on a worker thread.
        QTRY_COMPARE(window_->gridTable().model().rowCount(), 3);
    }

    void cleanupTestCase() { window_.reset(); }

    void init() {
        window_->selection().clear();
        window_->canvas().zoomToFullExtent();
        QVERIFY(waitForFrame(window_->canvas()));
    }

    void opensTheProjectWithEveryGridInTheTable() {
        QCOMPARE(window_->gridTable().model().rowCount(), 3);
        QVERIFY(window_->windowTitle().contains(QStringLiteral("测试社区")));
        QVERIFY(!window_->session()->isReadOnly());
        // The leader column names the grid leader, not the first staff member written.
        const int row = window_->gridTable().model().rowOfGrid(project_.gridIds[1]);
        QCOMPARE(window_->gridTable().model().index(row, GridTableModel::Leader).data().toString(),
                 QStringLiteral("钱网格长"));
    }

    void identifyReturnsTheGridUnderTheClick() {
        window_->activateTool(window_->action("actionIdentify"));
        const geo::Box g3 = project_.gridBox(2);
        QTest::mouseClick(&window_->canvas(), Qt::LeftButton, {}, pixelOf({g3.minx + 30, g3.maxy - 30}));
        QCOMPARE(window_->identifyPanel().result().gridCode, project_.gridCodes[2]);
        QVERIFY(!window_->identifyPanel().result().buildingId);
        QVERIFY(identifyText().contains(QStringLiteral("第三网格")));
    }

    void identifyShowsABuildingWithItsHouseholdsMaskedAndItsLeader() {
        window_->activateTool(window_->action("actionIdentify"));
        QTest::mouseClick(&window_->canvas(), Qt::LeftButton, {}, pixelOf(project_.householdBuilding()));
        const IdentifyResult& r = window_->identifyPanel().result();
        QCOMPARE(r.buildingId.value_or(0), project_.householdBuildingId);
        QCOMPARE(r.gridCode, project_.gridCodes[1]);
        const QString text = identifyText();
        QVERIFY(text.contains(QStringLiteral("张**")));
        QVERIFY(text.contains(QStringLiteral("138****5678")));
        QVERIFY2(!text.contains(QStringLiteral("张三丰")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("13812345678")));
        QVERIFY(text.contains(QStringLiteral("钱网格长")));
    }

    void searchZoomsToTheGrid() {
        window_->searchBox().setText(project_.gridCodes[2]);
        QTest::keyClick(&window_->searchBox(), Qt::Key_Return);
        const geo::Box view = window_->canvas().view().extent();
        const geo::Box g3 = project_.gridBox(2);
        QVERIFY(view.minx <= g3.minx && view.maxx >= g3.maxx && view.miny <= g3.miny && view.maxy >= g3.maxy);
        QVERIFY2(view.height() < g3.height() * 1.5, "the view should be about the grid's size");
        QCOMPARE(window_->selection().grids(), QSet<qint64>{project_.gridIds[2]});
        QVERIFY(waitForFrame(window_->canvas()));
    }

    void searchFindsABuildingByCompoundAndNumber() {
        const auto hits = window_->search(QStringLiteral("华荣上海城12号楼"));
        QCOMPARE(hits.size(), size_t(1));
        window_->goTo(hits.front());
        QVERIFY(window_->canvas().view().extent().contains(project_.householdBuilding()));
        QCOMPARE(window_->selection().buildings(), QSet<qint64>{project_.householdBuildingId});
    }

    void gridTableSelectionReachesTheMap() {
        auto* table = window_->gridTable().findChild<QTableView*>(QStringLiteral("table"));
        const int row = window_->gridTable().model().rowOfGrid(project_.gridIds[0]);
        const QModelIndex index =
            window_->gridTable().proxy().mapFromSource(window_->gridTable().model().index(row, 0));
        table->selectRow(index.row());
        QCOMPARE(window_->selection().grids(), QSet<qint64>{project_.gridIds[0]});
        QCOMPARE(window_->canvas().renderOptions().selectedGrids.size(), size_t(1));
        QVERIFY(waitForFrame(window_->canvas()));
    }

    void mapSelectionReachesTheGridTable() {
        window_->activateTool(window_->action("actionSelect"));
        const geo::Box g2 = project_.gridBox(1);
        QTest::mouseClick(&window_->canvas(), Qt::LeftButton, {}, pixelOf({g2.maxx - 20, g2.maxy - 20}));
        QCOMPARE(window_->selection().grids(), QSet<qint64>{project_.gridIds[1]});
        auto* table = window_->gridTable().findChild<QTableView*>(QStringLiteral("table"));
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(window_->gridTable().proxy().data(rows.front(), GridTableModel::kIdRole).toLongLong(),
                 project_.gridIds[1]);
    }

    void rectangleSelectionTakesEveryGridItTouches() {
        window_->activateTool(window_->action("actionSelectRect"));
        const QPoint a = pixelOf({kX0 + 150, kY0 + 150}), b = pixelOf({kX0 + 450, kY0 + 50});
        QTest::mousePress(&window_->canvas(), Qt::LeftButton, {}, a);
        QTest::mouseMove(&window_->canvas(), b);
        QTest::mouseRelease(&window_->canvas(), Qt::LeftButton, {}, b);
        QCOMPARE(window_->selection().grids().size(), 3);
    }

    void gridTableDoubleClickZoomsToTheGrid() {
        window_->zoomToGrid(project_.gridIds[0]);
        const geo::Box view = window_->canvas().view().extent();
        QVERIFY(view.contains(project_.gridBox(0).center()));
        QVERIFY(!view.contains(project_.gridBox(2).center()));
    }

    void filterNarrowsTheGridTable() {
        window_->gridTable().setFilter(QStringLiteral("第二"));
        QCOMPARE(window_->gridTable().proxy().rowCount(), 1);
        window_->gridTable().setFilter(QString());
        QCOMPARE(window_->gridTable().proxy().rowCount(), 3);
    }

    void layerToggleRepaints() {
        MapCanvas& canvas = window_->canvas();
        const QImage before = canvas.frame()->image;
        const quint64 number = canvas.frame()->number;
        window_->layerPanel().setLayerVisible(store::Layer::Grids, false);
        QVERIFY(waitForFrame(canvas));
        QVERIFY(canvas.frame()->number > number);
        QVERIFY(canvas.frame()->image != before);
        window_->layerPanel().setLayerVisible(store::Layer::Grids, true);
        QVERIFY(waitForFrame(canvas));
        QCOMPARE(canvas.frame()->image, before);
    }

    void layerStyleIsKeptWithTheProject() {
        window_->layerPanel().setLayerVisible(store::Layer::Water, false);
        auto saved = render::loadMapStyle(window_->session()->project());
        QVERIFY(saved);
        QVERIFY(!saved->layer(store::Layer::Water).visible);
        MainWindow other(plugins_);
        QVERIFY(other.openProject(project_.path));
        QVERIFY(!other.layerPanel().style().layer(store::Layer::Water).visible);
        window_->layerPanel().setLayerVisible(store::Layer::Water, true);
        QVERIFY(render::loadMapStyle(window_->session()->project())->layer(store::Layer::Water).visible);
    }

    void keyboardPansAndZooms() {
        MapCanvas& canvas = window_->canvas();
        canvas.setFocus();
        const render::MapView before = canvas.view();
        QTest::keyClick(&canvas, Qt::Key_Right);
        QVERIFY(canvas.view().centre.x > before.centre.x);
        QTest::keyClick(&canvas, Qt::Key_Plus);
        QVERIFY(canvas.view().metresPerPixel < before.metresPerPixel);
    }

    void statusBarShowsProjectAndLonLatCoordinates() {
        QTest::mouseMove(&window_->canvas(), pixelOf(project_.gridBox(1).center()));
        bool found = false;
        for (QLabel* l : window_->statusBar()->findChildren<QLabel*>())
            if (l->text().contains(QStringLiteral("X 5")) && l->text().contains(QStringLiteral("经度 120.")))
                found = true;
        QVERIFY(found);
    }

    void measuresDistanceAndArea() {
        window_->activateTool(window_->action("actionMeasureArea"));
        auto* tool = dynamic_cast<MeasureTool*>(window_->canvas().tool());
        QVERIFY(tool);
        // The three corners of grid 1's lower-left half: a right triangle of 200 m sides.
        const geo::Box g1 = project_.gridBox(0);
        const geo::Point corners[] = {{g1.minx, g1.miny}, {g1.maxx, g1.miny}, {g1.maxx, g1.maxy}};
        for (const geo::Point& c : corners) QTest::mouseClick(&window_->canvas(), Qt::LeftButton, {}, pixelOf(c));
        QTest::mouseDClick(&window_->canvas(), Qt::LeftButton, {}, pixelOf(corners[2]));
        const double pixel = window_->canvas().metresPerPixel();
        QVERIFY2(std::abs(tool->area() - 20000) < 200 * pixel * 2, qPrintable(QString::number(tool->area())));
        window_->activateTool(window_->action("actionMeasureDistance"));
        auto* distance = dynamic_cast<MeasureTool*>(window_->canvas().tool());
        // A double-click is a click and then the double-click event, as Qt delivers it.
        QTest::mouseClick(&window_->canvas(), Qt::LeftButton, {}, pixelOf(corners[0]));
        QTest::mouseClick(&window_->canvas(), Qt::LeftButton, {}, pixelOf(corners[1]));
        QTest::mouseDClick(&window_->canvas(), Qt::LeftButton, {}, pixelOf(corners[1]));
        QVERIFY2(std::abs(distance->length() - 200) < pixel * 2, qPrintable(QString::number(distance->length())));
        QVERIFY(distance->key(Qt::Key_Escape));
        QCOMPARE(distance->length(), 0.0);
        window_->activateTool(window_->action("actionPan"));
    }

    void theOpenProjectIsFirstAmongTheRecentOnes() {
        QCOMPARE(AppSettings().recentProjects().value(0), QFileInfo(project_.path).absoluteFilePath());
    }

    void theSecondOpenIsReadOnly() {
        MainWindow second(plugins_);
        QVERIFY(second.openProject(project_.path));
        QVERIFY(second.session()->isReadOnly());
        QVERIFY(!second.session()->readOnlyReason().isEmpty());
        QVERIFY(second.windowTitle().contains(QStringLiteral("只读")));
        QVERIFY(!second.action("actionImport")->isEnabled());
        auto a = store::readAttributes(second.session()->project(), store::Layer::Grids, project_.gridIds[0]);
        QVERIFY(a);
        a->values[1] = "改不了";
        QVERIFY(!store::saveAttributes(second.session()->project(), *a, "test"));
    }

    void refusesMissingCorruptAndForeignFiles() {
        MainWindow other(plugins_);
        QVERIFY(!other.openProject(dir_.filePath(QStringLiteral("nothing.sqlite"))));
        QFile text(dir_.filePath(QStringLiteral("notes.sqlite")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("these are notes, not a database\n");
        text.close();
        auto r = other.openProject(text.fileName());
        QVERIFY(!r);
        QVERIFY(QString::fromStdString(r.error().message).contains(QStringLiteral("notes.sqlite")));
        QVERIFY(!other.session());
    }

    void survivesAProjectWithoutFeaturesAndAbsurdExtents() {
        auto empty = makeEmptyProject(dir_.path());
        QVERIFY(empty);
        MainWindow other(plugins_);
        other.resize(800, 600);
        other.show();
        QVERIFY(other.openProject(*empty));
        QCOMPARE(other.gridTable().model().rowCount(), 0);
        QVERIFY(!other.canvas().zoomToBox({-1e300, -1e300, 1e300, 1e300}));
        QVERIFY(!other.canvas().zoomToBox({0, 0, 1e12, 1e12}));
        other.canvas().setScaleDenominator(1e-12);
        QVERIFY(other.canvas().view().metresPerPixel >= MapCanvas::kMinMetresPerPixel);
        QVERIFY(waitForFrame(other.canvas()));
        other.identifyAt({0, 0}, 1);
        QVERIFY(other.identifyPanel().result().isEmpty());
    }

    void screenshotCommandWritesTheWindowAndRefusesAMissingProject() {
        const QString png = dir_.filePath(QStringLiteral("shot.png"));
        // A second process: it opens the project read-only, as our window holds the lock.
        QProcess p;
        p.setProcessEnvironment([] {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            return env;
        }());
        p.start(QStringLiteral(GRIDATLAS_EXECUTABLE), {project_.path, QStringLiteral("--screenshot"), png,
                                                       QStringLiteral("--size"), QStringLiteral("1000x700")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1000, 700));
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("只读")));

        p.start(QStringLiteral(GRIDATLAS_EXECUTABLE),
                {dir_.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("--screenshot"), png});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAllStandardError().isEmpty());

        // An extent no scale can show is refused, not drawn as an empty map.
        p.start(QStringLiteral(GRIDATLAS_EXECUTABLE), {project_.path, QStringLiteral("--screenshot"), png,
                                                       QStringLiteral("--extent"), QStringLiteral("0,0,1e12,1e12")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
    }
};

GA_APP_TEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
