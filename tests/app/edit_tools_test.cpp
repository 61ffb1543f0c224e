// The drawing tools for new grids and buildings, driven with the mouse on a copy of the sample
// community 友好社区 with grid 012 taken away (its ground uncovered, its buildings loose): a new
// grid drawn over the gap, a grid retired into the neighbour chosen, a building drawn with its
// attributes, a building's corner dragged, buildings deleted with their households sent back to
// review. Each is checked in the store, and undone.
// With GA_SCREENSHOT_DIR set, the window is saved there mid-draw and after (to look at).
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>

#include "app/add_building_tool.h"
#include "app/building_form.h"
#include "app/create_grid_tool.h"
#include "app/grid_editing.h"
#include "app/main_window.h"
#include "app/project_session.h"
#include "app/reshape_building_tool.h"
#include "app/retire_dialog.h"
#include "app/review_dock.h"
#include "app_test.h"
#include "edit/building_edits.h"
#include "edit/planar.h"
#include "store/grid_edits.h"
#include "store/project.h"
#include "store/review_queue.h"

using namespace ga;
using namespace ga::app;
using namespace ga::app::test;

namespace {

constexpr const char* kGone = "320623001001012";
constexpr const char* kCreated = "320623001001013";

}  // namespace

class EditToolsTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString path_;
    PluginManager plugins_;
    std::unique_ptr<MainWindow> window_;
    geo::Box gap_;
    long long gapHouseholds_ = 0;

    GridEditing& editing() { return window_->gridEditing(); }
    edit::Workspace& ws() { return *editing().workspace(); }
    QWidget& canvas() { return window_->canvas(); }
    QPoint pixelOf(geo::Point p) const { return window_->canvas().view().toScreen(p).toPoint(); }
    const store::EditGrid& grid(const char* code) { return ws().grids()[*ws().gridByCode(code)]; }

    long long scalar(const std::string& sql) {
        auto v = window_->session()->project().db().scalarInt(sql);
        return v && *v ? **v : -1;
    }

    // Saves the window, with `dialog` (a modal dialog over it) drawn where it shows.
    void shoot(const QString& name, QWidget* dialog = nullptr) {
        const QString dir = qEnvironmentVariable("GA_SCREENSHOT_DIR");
        if (dir.isEmpty()) return;
        QDir().mkpath(dir);
        waitForFrame(window_->canvas());
        QCoreApplication::processEvents();
        QPixmap shot = window_->grab();
        if (dialog) {
            // In the lower right of the map, so what it is about stays in view.
            QPainter p(&shot);
            const QPixmap d = dialog->grab();
            const QRect map(window_->canvas().mapTo(window_.get(), QPoint(0, 0)), window_->canvas().size());
            const QPoint at(map.right() - d.width() - 12, map.bottom() - d.height() - 12);
            p.drawPixmap(at, d);
            p.setPen(QPen(Qt::darkGray, 1));
            p.drawRect(QRect(at, d.size()));
        }
        shot.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // Runs `answer` on the next modal dialog or message box as soon as it shows.
    void whenDialogShows(std::function<void(QDialog*)> answer) {
        auto* timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, answer = std::move(answer)] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* d = qobject_cast<QDialog*>(w); d && d->isVisible() && d->isModal()) {
                    timer->stop();
                    timer->deleteLater();
                    answer(d);
                    return;
                }
        });
        timer->start();
    }

    // Closes the next message box, keeping its text in `text`.
    void dismissMessage(QString* text) {
        whenDialogShows([text](QDialog* d) {
            if (auto* box = qobject_cast<QMessageBox*>(d)) *text = box->text();
            d->reject();
        });
    }

    // Clicks the corners, the last one with a double-click (which finishes the shape).
    void drawPolygon(const std::vector<geo::Point>& corners, const QString& midDrawShot = {}) {
        for (size_t i = 0; i + 1 < corners.size(); ++i) {
            QTest::mouseMove(&canvas(), pixelOf(corners[i]));
            QTest::mouseClick(&canvas(), Qt::LeftButton, {}, pixelOf(corners[i]));
        }
        QTest::mouseMove(&canvas(), pixelOf(corners.back()));
        if (!midDrawShot.isEmpty()) shoot(midDrawShot);
        QTest::mouseDClick(&canvas(), Qt::LeftButton, {}, pixelOf(corners.back()));
        // A dialog opened by the double-click ran its own event loop: QTest still holds the
        // button as pressed, so the next gesture would be a drag.
        if (QApplication::mouseButtons() != Qt::NoButton)
            QTest::mouseRelease(&canvas(), Qt::LeftButton, {}, pixelOf(corners.back()));
    }

    // A point inside grid `code` with no building within `clear` metres.
    std::optional<geo::Point> openGround(const char* code, double clear) {
        const geo::Geometry& g = grid(code).geometry;
        const geo::Box b = g.bounds();
        for (double y = b.miny + clear; y < b.maxy - clear; y += 10)
            for (double x = b.minx + clear; x < b.maxx - clear; x += 10) {
                const geo::Point p{x, y};
                bool inside = true;
                for (const geo::Point& c : {geo::Point{x - clear, y - clear}, geo::Point{x + clear, y - clear},
                                            geo::Point{x + clear, y + clear}, geo::Point{x - clear, y + clear}})
                    inside = inside && edit::covers(g, c);
                if (inside && ws().buildingsInBox({x - clear, y - clear, x + clear, y + clear}).empty()) return p;
            }
        return std::nullopt;
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("youhao.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(GA_YOUHAO_PROJECT), path_));
        QFile::setPermissions(path_, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            // Grid 012 was never drawn: its ground is uncovered and its buildings belong to no grid.
            auto project = store::Project::open(path_.toStdString());
            QVERIFY2(project, project ? "" : project.error().message.c_str());
            auto r = project->db().exec(
                "UPDATE buildings SET grid = NULL WHERE grid = '320623001001012'; "
                "UPDATE issues SET grid = NULL WHERE grid = '320623001001012'; "
                "DELETE FROM grids WHERE code = '320623001001012'");
            QVERIFY2(r, r ? "" : r.error().message.c_str());
        }
        window_ = std::make_unique<MainWindow>(plugins_);
        window_->resize(1400, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        auto r = window_->openProject(path_);
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        QVERIFY(waitForFrame(window_->canvas()));
        // The gap: the community's box less the grids' is not enough, so take the loose buildings'.
        for (const store::EditBuilding& b : ws().buildings())
            if (b.grid.empty() && !b.geometry.isEmpty()) {
                gap_.expand(b.geometry.bounds());
                gapHouseholds_ += b.households;
            }
        QVERIFY(gapHouseholds_ > 0);
    }

    void cleanupTestCase() { window_.reset(); }

    void theToolsAreInTheMenusAndTheToolbar() {
        for (const char* name : {"actionCreateGrid", "actionAddBuilding", "actionReshapeBuilding",
                                 "actionDeleteBuildings", "actionRetireGrid"}) {
            QAction* a = editing().action(name);
            QVERIFY2(a, name);
            QVERIFY2(!a->icon().isNull(), name);
            auto* edit = window_->findChild<QMenu*>(QStringLiteral("menuEdit"));
            QVERIFY(edit && edit->actions().contains(a));
        }
        // Deleting needs selected buildings.
        window_->selection().clear();
        QVERIFY(!editing().action("actionDeleteBuildings")->isEnabled());
    }

    void aNewGridOverCoveredGroundIsRefused() {
        window_->canvas().zoomToFullExtent();
        QVERIFY(waitForFrame(window_->canvas()));
        window_->activateTool(editing().action("actionCreateGrid"));
        const geo::Box b = grid("320623001001006").geometry.bounds();
        const geo::Point c = b.center();
        const long long grids = scalar("SELECT count(*) FROM grids");
        QString message;
        dismissMessage(&message);
        drawPolygon({{c.x - 40, c.y - 40}, {c.x + 40, c.y - 40}, {c.x + 40, c.y + 40}, {c.x - 40, c.y + 40}});
        QVERIFY(editing().createGridTool().problem().contains(QStringLiteral("没有未被网格覆盖")));
        QVERIFY2(message.contains(QStringLiteral("没有未被网格覆盖")), qPrintable(message));
        QCOMPARE(scalar("SELECT count(*) FROM grids"), grids);
        QTest::keyClick(&canvas(), Qt::Key_Escape);
        QVERIFY(editing().createGridTool().sketch().isEmpty());
    }

    void drawingANewGridShowsItsHouseholdsAndCreatesIt() {
        window_->canvas().zoomToBox(gap_, 0.6);
        QVERIFY(waitForFrame(window_->canvas()));
        window_->activateTool(editing().action("actionCreateGrid"));
        // Drawn generously over the gap: what the neighbours cover is cut back.
        const geo::Box g = gap_;
        const double m = 25;
        const std::vector<geo::Point> corners = {
            {g.minx - m, g.miny - m}, {g.maxx + m, g.miny - m}, {g.maxx + m, g.maxy + m}, {g.minx - m, g.maxy + m}};
        for (size_t i = 0; i < 3; ++i) QTest::mouseClick(&canvas(), Qt::LeftButton, {}, pixelOf(corners[i]));
        QTest::mouseMove(&canvas(), pixelOf(corners[3]));
        const auto& preview = editing().createGridTool().preview();
        QVERIFY2(preview.has_value(), qPrintable(editing().createGridTool().problem()));
        QCOMPARE(preview->households, gapHouseholds_);
        QCOMPARE(preview->status, ws().range().classify(gapHouseholds_));
        QVERIFY(window_->statusBar()->currentMessage().contains(QString::number(gapHouseholds_)));
        shoot(QStringLiteral("create_grid_drawing"));
        // Backspace drops the last corner: two are not an area.
        QTest::keyClick(&canvas(), Qt::Key_Backspace);
        QCOMPARE(editing().createGridTool().sketch().corners().size(), size_t(2));
        QTest::mouseClick(&canvas(), Qt::LeftButton, {}, pixelOf(corners[2]));
        QTest::mouseDClick(&canvas(), Qt::LeftButton, {}, pixelOf(corners[3]));
        QCOMPARE(scalar("SELECT count(*) FROM grids WHERE code = '320623001001013'"), 1LL);
        QCOMPARE(scalar("SELECT count(*) FROM buildings WHERE grid = '320623001001013'"),
                 static_cast<long long>(ws().buildingsOfGrid(kCreated).size()));
        QCOMPARE(ws().householdsOfGrid(kCreated), gapHouseholds_);
        QCOMPARE(scalar("SELECT count(*) FROM buildings WHERE grid IS NULL"), 0LL);
        QVERIFY(waitForFrame(window_->canvas()));
        shoot(QStringLiteral("create_grid_done"));
        window_->action("actionUndo")->trigger();
        QCOMPARE(scalar("SELECT count(*) FROM grids WHERE code = '320623001001013'"), 0LL);
        QVERIFY(scalar("SELECT count(*) FROM buildings WHERE grid IS NULL") > 0);
        window_->action("actionRedo")->trigger();
        QCOMPARE(scalar("SELECT count(*) FROM grids WHERE code = '320623001001013'"), 1LL);
        QCOMPARE(ws().householdsOfGrid(kCreated), gapHouseholds_);
        QVERIFY(!ws().gridByCode(kGone).has_value());
    }

    void retiringAGridAsksWhichNeighbourTakesIt() {
        window_->canvas().zoomToFullExtent();
        const char* retired = "320623001001005";
        const long long own = ws().householdsOfGrid(retired);
        window_->selection().set({grid(retired).id}, {});
        QVERIFY(editing().action("actionRetireGrid")->isEnabled());
        std::string chosen;
        int offered = 0;
        bool defaultInRange = false, shownOnMap = false;
        whenDialogShows([&](QDialog* d) {
            auto* dialog = qobject_cast<RetireDialog*>(d);
            if (!dialog) return d->reject();
            offered = dialog->neighbours().count();
            // The first choice keeps the result in range (here not the longest shared boundary),
            // and the map shows it selected beside the grid retired.
            const std::string first = dialog->neighbour();
            defaultInRange = ws().range().classify(ws().householdsOfGrid(first) + own) == RangeStatus::In &&
                             dialog->neighbours().currentRow() > 0;
            shownOnMap = window_->selection().grids().size() == 2 &&
                         window_->selection().grids().contains(grid(first.c_str()).id);
            // Chosen instead: the longest shared boundary.
            dialog->neighbours().setCurrentRow(0);
            chosen = dialog->neighbour();
            if (!chosen.empty()) shoot(QStringLiteral("retire_dialog"), dialog);
            dialog->accept();
        });
        const auto before = [&] {
            std::map<std::string, long long> m;
            for (const auto& g : ws().grids()) m[g.code] = ws().householdsOfGrid(g.code);
            return m;
        }();
        editing().retireSelected();
        QVERIFY(offered >= 2);
        QVERIFY(defaultInRange);
        QVERIFY(shownOnMap);
        QVERIFY(!chosen.empty());
        QCOMPARE(scalar("SELECT count(*) FROM grids WHERE code = '320623001001005'"), 0LL);
        QCOMPARE(ws().householdsOfGrid(chosen), before.at(chosen) + own);
        QCOMPARE(scalar("SELECT count(*) FROM buildings WHERE grid = '" + chosen + "'"),
                 static_cast<long long>(ws().buildingsOfGrid(chosen).size()));
        window_->action("actionUndo")->trigger();
        QCOMPARE(scalar("SELECT count(*) FROM grids WHERE code = '320623001001005'"), 1LL);
        QCOMPARE(ws().householdsOfGrid(retired), own);
        QCOMPARE(ws().householdsOfGrid(chosen), before.at(chosen));
    }

    void drawingABuildingAsksForItsAttributes() {
        const char* code = "320623001001001";
        const auto at = openGround(code, 25);
        QVERIFY(at.has_value());
        window_->canvas().zoomToBox({at->x - 80, at->y - 60, at->x + 80, at->y + 60}, 0);
        QVERIFY(waitForFrame(window_->canvas()));
        window_->activateTool(editing().action("actionAddBuilding"));
        const long long households = ws().householdsOfGrid(code);
        const long long buildings = scalar("SELECT count(*) FROM buildings");
        bool asked = false;
        whenDialogShows([&](QDialog* d) {
            auto* form = qobject_cast<BuildingForm*>(d);
            if (!form) return d->reject();
            asked = true;
            form->setAttributes({.compound = "新建小区", .number = "1", .use = "住宅", .households = 24, .floors = 6});
            shoot(QStringLiteral("add_building_form"), form);
            form->accept();
        });
        const double h = 12;
        drawPolygon({{at->x - h, at->y - h / 2},
                     {at->x + h, at->y - h / 2},
                     {at->x + h, at->y + h / 2},
                     {at->x - h, at->y + h / 2}},
                    QStringLiteral("add_building_drawing"));
        QVERIFY(asked);
        QCOMPARE(scalar("SELECT count(*) FROM buildings"), buildings + 1);
        QCOMPARE(scalar("SELECT households FROM buildings WHERE compound = '新建小区' AND number = '1' AND grid = "
                        "'320623001001001' AND floors = 6"),
                 24LL);
        QCOMPARE(ws().householdsOfGrid(code), households + 24);
        QVERIFY(window_->statusBar()->currentMessage().contains(QStringLiteral("新增楼栋")));
        window_->action("actionUndo")->trigger();
        QCOMPARE(scalar("SELECT count(*) FROM buildings"), buildings);
        QCOMPARE(ws().householdsOfGrid(code), households);
    }

    void aFootprintThatCrossesItselfIsRefused() {
        const auto at = openGround("320623001001001", 25);
        QVERIFY(at.has_value());
        window_->canvas().zoomToBox({at->x - 80, at->y - 60, at->x + 80, at->y + 60}, 0);
        QVERIFY(waitForFrame(window_->canvas()));
        window_->activateTool(editing().action("actionAddBuilding"));
        const long long buildings = scalar("SELECT count(*) FROM buildings");
        QString message;
        dismissMessage(&message);
        // A bow-tie.
        drawPolygon(
            {{at->x - 10, at->y - 10}, {at->x + 10, at->y + 10}, {at->x + 10, at->y - 10}, {at->x - 10, at->y + 10}});
        QVERIFY2(message.contains(QStringLiteral("自相交")), qPrintable(message));
        QCOMPARE(scalar("SELECT count(*) FROM buildings"), buildings);
        QTest::keyClick(&canvas(), Qt::Key_Escape);
    }

    void draggingABuildingCornerReshapesIt() {
        const char* code = "320623001001003";
        const uint32_t slot = ws().buildingsOfGrid(code).front();
        const int64_t id = ws().buildings()[slot].id;
        const geo::Geometry before = ws().buildings()[slot].geometry;
        const geo::Box b = before.bounds();
        window_->canvas().zoomToBox({b.minx - 30, b.miny - 30, b.maxx + 30, b.maxy + 30}, 0);
        QVERIFY(waitForFrame(window_->canvas()));
        window_->activateTool(editing().action("actionReshapeBuilding"));
        const geo::Point corner = before.points[1];
        const QPoint from = pixelOf(corner);
        QTest::mouseMove(&canvas(), from);
        QVERIFY(editing().reshapeBuildingTool().hover().has_value());
        QVERIFY(!editing().reshapeBuildingTool().hover()->inserted);
        // Outwards from the building's centre, well clear of its other corners.
        const geo::Point c = edit::centroid(before);
        const double dx = corner.x - c.x, dy = corner.y - c.y, len = std::hypot(dx, dy);
        const QPoint to = pixelOf({corner.x + 6 * dx / len, corner.y + 6 * dy / len});
        QTest::mousePress(&canvas(), Qt::LeftButton, {}, from);
        QTest::mouseMove(&canvas(), (from + to) / 2);
        QTest::mouseMove(&canvas(), to);
        QVERIFY(editing().reshapeBuildingTool().preview().has_value());
        shoot(QStringLiteral("reshape_building_drag"));
        QTest::mouseRelease(&canvas(), Qt::LeftButton, {}, to);
        const geo::Geometry& after = ws().buildings()[*ws().buildingById(id)].geometry;
        QCOMPARE(after.points.size(), before.points.size());
        QVERIFY(std::hypot(after.points[1].x - corner.x, after.points[1].y - corner.y) > 3);
        QVERIFY(edit::stableArea(after) > edit::stableArea(before));
        QCOMPARE(scalar("SELECT count(*) FROM edit_log WHERE action = 'building_reshape' AND target = 'buildings:" +
                        std::to_string(id) + "'"),
                 1LL);
        window_->action("actionUndo")->trigger();
        QVERIFY(ws().buildings()[*ws().buildingById(id)].geometry == before);
    }

    void aCornerDraggedAcrossTheOutlineIsRefused() {
        const uint32_t slot = ws().buildingsOfGrid("320623001001003").front();
        const int64_t id = ws().buildings()[slot].id;
        const geo::Geometry before = ws().buildings()[slot].geometry;
        QCOMPARE(before.points.size(), size_t(5));
        // Corner 1 pulled past corner 2: the outline would cross itself.
        const geo::Point a = before.points[1], b = before.points[2];
        const geo::Point target{b.x + 0.6 * (b.x - a.x), b.y + 0.6 * (b.y - a.y)};
        const long long edits = scalar("SELECT count(*) FROM edit_log");
        QString message;
        dismissMessage(&message);
        QTest::mouseMove(&canvas(), pixelOf(a));
        QTest::mousePress(&canvas(), Qt::LeftButton, {}, pixelOf(a));
        QTest::mouseMove(&canvas(), pixelOf(target));
        QVERIFY(editing().reshapeBuildingTool().preview().has_value());
        QTest::mouseRelease(&canvas(), Qt::LeftButton, {}, pixelOf(target));
        QVERIFY2(message.contains(QStringLiteral("无效")), qPrintable(message));
        QVERIFY(ws().buildings()[*ws().buildingById(id)].geometry == before);
        QCOMPARE(scalar("SELECT count(*) FROM edit_log"), edits);
    }

    void draggingASideAddsACorner() {
        const uint32_t slot = ws().buildingsOfGrid("320623001001003").front();
        const int64_t id = ws().buildings()[slot].id;
        const geo::Geometry before = ws().buildings()[slot].geometry;
        const geo::Point a = before.points[0], b = before.points[1];
        const geo::Point mid{(a.x + b.x) / 2, (a.y + b.y) / 2};
        const QPoint from = pixelOf(mid);
        QTest::mouseMove(&canvas(), from);
        QVERIFY(editing().reshapeBuildingTool().hover().has_value());
        QVERIFY(editing().reshapeBuildingTool().hover()->inserted);
        const geo::Point c = edit::centroid(before);
        const double dx = mid.x - c.x, dy = mid.y - c.y, len = std::hypot(dx, dy);
        const QPoint to = pixelOf({mid.x + 4 * dx / len, mid.y + 4 * dy / len});
        QTest::mousePress(&canvas(), Qt::LeftButton, {}, from);
        QTest::mouseMove(&canvas(), to);
        QTest::mouseRelease(&canvas(), Qt::LeftButton, {}, to);
        QCOMPARE(ws().buildings()[*ws().buildingById(id)].geometry.points.size(), before.points.size() + 1);
        window_->action("actionUndo")->trigger();
        QVERIFY(ws().buildings()[*ws().buildingById(id)].geometry == before);
    }

    // Households linked to buildings `ids`, through the store (whatever the link table).
    long long linkedTo(const std::vector<int64_t>& ids) {
        long long n = 0;
        for (int64_t id : ids) {
            auto h = store::householdsLinkedTo(window_->session()->project(), id);
            if (!h) return -1;
            n += static_cast<long long>(h->size());
        }
        return n;
    }

    long long queuedAs(std::string_view reason) {
        auto rows = store::readReviewQueue(window_->session()->project());
        if (!rows) return -1;
        return std::count_if(rows->begin(), rows->end(), [&](const store::ReviewRow& r) { return r.reason == reason; });
    }

    void deletingBuildingsSendsTheirHouseholdsToReview() {
        // The two buildings with most linked households.
        std::vector<std::pair<long long, int64_t>> linked;
        for (const store::EditBuilding& b : ws().buildings())
            if (b.linked && !b.geometry.isEmpty()) linked.push_back({b.households, b.id});
        std::sort(linked.rbegin(), linked.rend());
        QVERIFY(linked.size() >= 2);
        const std::vector<int64_t> ids = {linked[0].second, linked[1].second};
        const std::string list = std::to_string(ids[0]) + ", " + std::to_string(ids[1]);
        const long long households = linkedTo(ids);
        QVERIFY(households > 0);
        const long long queued = queuedAs(edit::kReviewReason);
        const geo::Box box = ws().buildings()[*ws().buildingById(ids[0])].geometry.bounds();
        window_->canvas().zoomToBox({box.minx - 60, box.miny - 60, box.maxx + 60, box.maxy + 60}, 0);
        window_->selection().set({}, {ids[0], ids[1]});
        QVERIFY(editing().action("actionDeleteBuildings")->isEnabled());
        QString question;
        whenDialogShows([&](QDialog* d) {
            auto* ask = qobject_cast<QMessageBox*>(d);
            if (!ask) return d->reject();
            question = ask->text();
            shoot(QStringLiteral("delete_buildings_confirm"), ask);
            ask->button(QMessageBox::Yes)->click();
        });
        editing().deleteSelectedBuildings();
        QVERIFY2(question.contains(QString::number(households) + QStringLiteral(" 户")), qPrintable(question));
        QCOMPARE(scalar("SELECT count(*) FROM buildings WHERE id IN (" + list + ")"), 0LL);
        QCOMPARE(linkedTo(ids), 0LL);
        QCOMPARE(queuedAs(edit::kReviewReason), queued + households);
        QVERIFY(window_->statusBar()->currentMessage().contains(QString::number(households)));
        QVERIFY(window_->reviewDock().isVisible());
        QVERIFY(waitForFrame(window_->canvas()));
        shoot(QStringLiteral("delete_buildings_done"));
        // One undo step puts both buildings and every link back, and takes them off the queue.
        window_->action("actionUndo")->trigger();
        QCOMPARE(scalar("SELECT count(*) FROM buildings WHERE id IN (" + list + ")"), 2LL);
        QCOMPARE(linkedTo(ids), households);
        QCOMPARE(queuedAs(edit::kReviewReason), queued);
    }
};

GA_APP_TEST_MAIN(EditToolsTest)
#include "edit_tools_test.moc"
