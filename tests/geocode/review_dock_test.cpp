// The review dock and the address search of the workstation, on a copy of the built sample
// whose registers were geocoded strictly (threshold 1.0), so the queue has rows: resolving by a
// candidate and undoing it, masking and the logged reveal, a geocoding run from the dock, and
// the search box answering an address with its grid and grid leader.
#include "app/review_dock.h"

#include <fmt/format.h>

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <filesystem>

#include "app/geocode_job.h"
#include "app/main_window.h"
#include "app/project_session.h"
#include "app/review_model.h"
#include "app/screenshot.h"
#include "app/translations.h"
#include "geocode/geocoder.h"
#include "store/review_queue.h"

using namespace ga;
using namespace ga::app;

class ReviewDockTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString path_;
    PluginManager plugins_;
    std::unique_ptr<MainWindow> window_;

    ReviewDock& dock() { return window_->reviewDock(); }
    int64_t count(const std::string& sql) { return window_->session()->project().db().scalarInt(sql)->value_or(-1); }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("youhao.sqlite"));
        std::filesystem::copy_file(GA_YOUHAO_PROJECT, path_.toStdString());
        {
            auto p = store::Project::open(path_.toStdString());
            QVERIFY(p);
            geocode::GeocodeOptions strict;
            strict.threshold = 1.0;
            auto r = geocode::geocodeProject(*p, strict);
            QVERIFY2(r, r ? "" : r.error().message.c_str());
            QVERIFY(r->review > 10);
        }
        window_ = std::make_unique<MainWindow>(plugins_);
        window_->resize(1500, 950);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        auto opened = window_->openProject(path_);
        QVERIFY2(opened, opened ? "" : opened.error().message.c_str());
        dock().show();
        dock().raise();
    }

    void cleanupTestCase() { window_.reset(); }

    void listsTheQueueWithCandidatesAndMaskedNames() {
        QVERIFY(dock().model().rowCount() > 10);
        QCOMPARE(dock().model().rowCount(), static_cast<int>(count("SELECT count(*) FROM review_queue")));
        dock().table().selectRow(0);
        QVERIFY(dock().candidates().rowCount() > 0);
        const QString name = dock().model().index(0, ReviewModel::Name).data().toString();
        QVERIFY2(name.endsWith(QLatin1Char('*')), qPrintable(name));
        QVERIFY(!dock().model().index(0, ReviewModel::Reason).data().toString().isEmpty());
        if (const char* out = std::getenv("GA_SCREENSHOT_DIR")) {
            QVERIFY(waitForSharpFrame(window_->canvas(), std::chrono::seconds(20)));
            QVERIFY(window_->grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/review_dock.png")));
        }
    }

    void resolvesARowByItsCandidateAndUndoesIt() {
        const int before = dock().model().rowCount();
        dock().table().selectRow(0);
        const int64_t household = dock().model().row(0)->household;
        const int64_t building = dock().model().row(0)->candidates.front().building;
        dock().saveAlias().setChecked(false);
        QVERIFY(dock().linkToCandidate(0));
        QCOMPARE(dock().model().rowCount(), before - 1);
        QCOMPARE(count(fmt::format("SELECT building FROM household_links WHERE household = {}", household)), building);
        QCOMPARE(count(fmt::format("SELECT count(*) FROM household_links WHERE household = {} AND method = 'manual'",
                                   household)),
                 1);
        QVERIFY(window_->session()->undoStack().canUndo());
        window_->session()->undoStack().undo();  // the dock reads the queue again by itself
        QCOMPARE(dock().model().rowCount(), before);
        QCOMPARE(count(fmt::format("SELECT count(*) FROM household_links WHERE household = {} AND method = 'manual'",
                                   household)),
                 0);
    }

    void revealsPersonalDataOnlyWithALogEntry() {
        dock().table().selectRow(1);
        const int64_t logged = count("SELECT count(*) FROM edit_log WHERE action = 'show_unmasked'");
        QVERIFY(dock().revealSelected(QStringLiteral("核对住址")));
        QCOMPARE(count("SELECT count(*) FROM edit_log WHERE action = 'show_unmasked'"), logged + 1);
        const QString name = dock().model().index(1, ReviewModel::Name).data().toString();
        QVERIFY2(!name.contains(QLatin1Char('*')), qPrintable(name));
    }

    void geocodesFromTheDock() {
        QSignalSpy done(&dock(), &ReviewDock::geocoded);
        dock().geocode();
        QVERIFY(done.wait(60000));
        const auto outcome = done.takeFirst().at(0).value<GeocodeOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(dock().model().rowCount(), 0);
        QCOMPARE(count("SELECT count(*) FROM households h LEFT JOIN household_links l ON l.household = h.id "
                       "WHERE l.building IS NULL"),
                 0);
    }

    void answersAnAddressWithItsGridAndLeader() {
        const auto hits = window_->search(QStringLiteral("华荣上海城12号楼2单元301室"));
        QVERIFY(!hits.empty());
        QCOMPARE(hits.front().layer, store::Layer::Buildings);
        const QString label = QString::fromStdString(hits.front().label);
        QVERIFY2(label.contains(QStringLiteral("华荣上海城 12号楼")), qPrintable(label));
        QVERIFY2(label.contains(QStringLiteral("网格长")), qPrintable(label));
        const auto typo = window_->search(QStringLiteral("华容上海城十二幢二单元301"));
        QVERIFY(!typo.empty());
        QCOMPARE(typo.front().id, hits.front().id);
    }
};

int main(int argc, char** argv) {
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GridAtlasTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ReviewDockTest"));
    installTranslators(app, QStringLiteral("zh"));
    qRegisterMetaType<ga::app::GeocodeOutcome>();
    ReviewDockTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "review_dock_test.moc"
