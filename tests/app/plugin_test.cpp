// The household-register importer as the workstation loads it: from the plugins directory, run
// as an import job, its households written through io into the project.
#include <QTemporaryDir>

#include "app/import_job.h"
#include "app/main_window.h"
#include "app/plugin_import.h"
#include "app/plugin_manager.h"
#include "app/table_rows.h"
#include "app_test.h"
#include "store/layer_reader.h"
#include "test_project.h"

using namespace ga;
using namespace ga::app;
using namespace ga::app::test;

namespace {
const QString kRegister = QStringLiteral(GA_TEST_DATA "/app/household_register_merged.xlsx");

ImportOutcome run(ImportJob& job) {
    ImportOutcome outcome;
    QSignalSpy spy(&job, &ImportJob::finished);
    job.start();
    if (spy.wait(60000)) outcome = spy.takeFirst().at(0).value<ImportOutcome>();
    return outcome;
}
}  // namespace

Q_DECLARE_METATYPE(ga::app::ImportOutcome)

class PluginTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    PluginManager plugins_;

private slots:
    void initTestCase() {
        qRegisterMetaType<ImportOutcome>();
        plugins_.loadFrom({QStringLiteral(GRIDATLAS_PLUGIN_DIR)});
    }

    void theRegisterImporterLoadsFromThePluginsDirectory() {
        QCOMPARE(plugins_.importers().size(), 1);
        QVERIFY(!plugins_.importers().front()->name().isEmpty());
        QCOMPARE(plugins_.plugins().size(), 1);
        QVERIFY(plugins_.plugins().front().error.isEmpty());
        QVERIFY(plugins_.plugins().front().file.startsWith(QStringLiteral(GRIDATLAS_PLUGIN_DIR)));
        QVERIFY(PluginManager::defaultDirectories().contains(QStringLiteral(GRIDATLAS_PLUGIN_DIR)));
    }

    void aLibraryThatIsNotAPluginIsListedWithTheReason() {
        QTemporaryDir other;
        QFile junk(other.filePath(QStringLiteral("libjunk.so")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a shared object");
        junk.close();
        PluginManager m;
        m.loadFrom({other.path()});
        QCOMPARE(m.plugins().size(), 1);
        QVERIFY(!m.plugins().front().error.isEmpty());
        QVERIFY(m.importers().isEmpty());
    }

    void aMapToolPluginJoinsTheToolsAndGetsMapClicks() {
        auto project = makeTestProject(dir_.path(), QStringLiteral("tool.sqlite"));
        QVERIFY(project);
        PluginManager tools;
        tools.loadFrom({QStringLiteral(GA_TEST_PLUGIN_DIR)});
        QCOMPARE(tools.mapTools().size(), 1);
        MainWindow window(tools);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(project->path));
        QVERIFY(waitForFrame(window.canvas()));
        QAction* action = nullptr;
        for (QAction* a : window.findChildren<QAction*>())
            if (a->text() == QStringLiteral("Click marker")) action = a;
        QVERIFY(action);
        action->trigger();
        QVERIFY(action->isChecked());
        QVERIFY(!window.action("actionPan")->isChecked());
        const geo::Point target = project->gridBox(1).center();
        QSignalSpy message(&window.canvas(), &MapCanvas::message);
        QTest::mouseClick(&window.canvas(), Qt::LeftButton, {}, window.canvas().view().toScreen(target).toPoint());
        QCOMPARE(message.count(), 1);
        const QStringList parts = message.first().first().toString().split(QLatin1Char(' '));
        QCOMPARE(parts.size(), 3);
        QVERIFY(std::abs(parts[1].toDouble() - target.x) < window.canvas().metresPerPixel() * 2);
        QVERIFY(std::abs(parts[2].toDouble() - target.y) < window.canvas().metresPerPixel() * 2);
    }

    void sheetRowsKeepTitleRowsAndMergedCellsEmpty() {
        auto rows = readTableRows(kRegister, QString());
        QVERIFY2(rows, rows ? "" : rows.error().message.c_str());
        QCOMPARE(rows->at(0).at(0), QStringLiteral("友好社区华荣上海城住户登记表"));
        QVERIFY(rows->at(0).at(1).isEmpty());
        QCOMPARE(rows->at(3).at(1), QStringLiteral("楼栋"));
        QCOMPARE(rows->at(4).at(1), QStringLiteral("12号楼"));
        QVERIFY(rows->at(5).at(1).isEmpty());  // merged into the cell above
    }

    void importsAMergedRegisterWithComposedAddresses() {
        auto project = makeTestProject(dir_.path(), QStringLiteral("plugin.sqlite"));
        QVERIFY(project);
        ImportJob job(project->path, pluginImport(*plugins_.importers().front(), kRegister, QString(), "tester"));
        const ImportOutcome outcome = run(job);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.summary.inserted, int64_t(6));
        QCOMPARE(outcome.summary.rejected, int64_t(2));  // a row without a room, a room given twice

        auto opened = store::Project::open(project->path.toStdString(), true);
        QVERIFY(opened);
        auto reader = store::LayerReader::create(*opened, store::Layer::Households, store::Masking::Masked);
        QVERIFY(reader);
        QMap<QString, QStringList> byId;
        store::ReadRow row;
        const auto& cols = reader->columns();
        const auto col = [&](const char* name) {
            return static_cast<size_t>(std::find(cols.begin(), cols.end(), name) - cols.begin());
        };
        while (*reader->next(row)) {
            const auto text = [&](const char* name) {
                return QString::fromStdString(row.values[col(name)].value_or(""));
            };
            byId.insert(text("household_id"), {text("address"), text("members"), text("name")});
        }
        QCOMPARE(byId.size(), 9);  // three households were in the test project already
        QCOMPARE(byId.value(QStringLiteral("华荣上海城-12-1-101")).value(0),
                 QStringLiteral("华荣上海城12号楼1单元101室"));
        // Building and unit merged down over the rooms below them.
        QCOMPARE(byId.value(QStringLiteral("华荣上海城-12-1-102")).value(0),
                 QStringLiteral("华荣上海城12号楼1单元102室"));
        QCOMPARE(byId.value(QStringLiteral("华荣上海城-12-2-202")).value(0),
                 QStringLiteral("华荣上海城12号楼2单元202室"));
        // 十三幢 一单元: Chinese numerals become digits.
        QCOMPARE(byId.value(QStringLiteral("华荣上海城-13-1-302")).value(0),
                 QStringLiteral("华荣上海城13号楼1单元302室"));
        QCOMPARE(byId.value(QStringLiteral("华荣上海城-13-1-302")).value(1), QStringLiteral("5"));
        // Personal fields are stored apart and masked when read for display.
        QCOMPARE(byId.value(QStringLiteral("华荣上海城-12-1-101")).value(2), QStringLiteral("张*"));
        auto logged = opened->db().scalarText("SELECT summary FROM edit_log WHERE action = 'import' ORDER BY id DESC");
        QVERIFY(logged && *logged);
        QVERIFY(QString::fromStdString(**logged).contains(QStringLiteral("household_register_merged")));
    }

    void importingTheSameRegisterAgainUpdatesInsteadOfDuplicating() {
        auto project = makeTestProject(dir_.path(), QStringLiteral("twice.sqlite"));
        QVERIFY(project);
        for (int i = 0; i < 2; ++i) {
            ImportJob job(project->path, pluginImport(*plugins_.importers().front(), kRegister, QString(), "tester"));
            const ImportOutcome outcome = run(job);
            QVERIFY2(outcome.ok, qPrintable(outcome.message));
            QCOMPARE(outcome.summary.inserted, int64_t(i == 0 ? 6 : 0));
            QCOMPARE(outcome.summary.updated, int64_t(i == 0 ? 0 : 6));
        }
    }

    void aFileWithoutTheLayoutIsRefusedAndNothingChanges() {
        auto project = makeTestProject(dir_.path(), QStringLiteral("refused.sqlite"));
        QVERIFY(project);
        const QString csv = dir_.filePath(QStringLiteral("other.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,phone\nA,1\n");
        f.close();
        ImportJob job(project->path, pluginImport(*plugins_.importers().front(), csv, QString(), "tester"));
        const ImportOutcome outcome = run(job);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.message.contains(QStringLiteral("other.csv")));
        auto opened = store::Project::open(project->path.toStdString(), true);
        QCOMPARE(opened->db().scalarInt("SELECT count(*) FROM households")->value_or(-1), 3);
    }
};

GA_APP_TEST_MAIN(PluginTest)
#include "plugin_test.moc"
