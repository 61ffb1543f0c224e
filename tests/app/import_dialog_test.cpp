// File → Import over io: the source inspected and its columns mapped before anything is written,
// the import run off the UI thread, and a cancelled import leaving the project as it was.
#include "app/import_dialog.h"

#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>

#include "app_test.h"
#include "store/project.h"
#include "test_project.h"

using namespace ga;
using namespace ga::app;
using namespace ga::app::test;

Q_DECLARE_METATYPE(ga::app::ImportOutcome)

class ImportDialogTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    QString writeFile(const QString& name, const QByteArray& bytes) {
        const QString path = dir_.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) f.write(bytes);
        return path;
    }
    long long count(const QString& project, const char* sql) {
        auto p = store::Project::open(project.toStdString(), true);
        return p ? p->db().scalarInt(sql)->value_or(-1) : -1;
    }

private slots:
    void initTestCase() { qRegisterMetaType<ImportOutcome>(); }

    void mapsChineseHeadersAndImportsOffTheUiThread() {
        auto project = makeTestProject(dir_.path(), QStringLiteral("buildings.sqlite"));
        QVERIFY(project);
        const QString csv = writeFile(QStringLiteral("buildings.csv"),
                                      QStringLiteral("小区名称,楼号,户数,wkt\n"
                                                     "新城花园,3号楼,40,\"POLYGON((500010 3580010,500030 "
                                                     "3580010,500030 3580030,500010 3580030,500010 3580010))\"\n"
                                                     "新城花园,4号楼,36,\"POLYGON((500050 3580010,500070 "
                                                     "3580010,500070 3580030,500050 3580030,500050 3580010))\"\n")
                                          .toUtf8());
        ImportDialog dialog(project->path, "tester");
        dialog.findChild<QLineEdit*>(QStringLiteral("crsEdit"))->setText(QStringLiteral("EPSG:4549"));
        dialog.setSource(csv, store::Layer::Buildings);
        QCOMPARE(dialog.mappedColumn("compound"), QStringLiteral("小区名称"));
        QCOMPARE(dialog.mappedColumn("number"), QStringLiteral("楼号"));
        QCOMPARE(dialog.mappedColumn("wkt"), QStringLiteral("wkt"));
        QVERIFY(dialog.canImport());
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        QVERIFY(dialog.job()->isRunning() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        const auto outcome = finished.takeFirst().at(0).value<ImportOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.summary.inserted, int64_t(2));
        QCOMPARE(count(project->path, "SELECT count(*) FROM buildings WHERE compound = '新城花园'"), 2);
    }

    void aRequiredFieldWithoutAColumnBlocksTheImportUntilMapped() {
        auto project = makeTestProject(dir_.path(), QStringLiteral("staff.sqlite"));
        QVERIFY(project);
        const QString csv = writeFile(QStringLiteral("staff.csv"), QStringLiteral("人员,电话\n吴一,0513-1\n").toUtf8());
        ImportDialog dialog(project->path, "tester");
        dialog.setSource(csv, store::Layer::Staff);
        QVERIFY(!dialog.canImport());
        dialog.mapColumn("name", QStringLiteral("人员"));
        QVERIFY(dialog.canImport());
    }

    void aCancelledImportLeavesTheProjectAsItWas() {
        auto project = makeTestProject(dir_.path(), QStringLiteral("cancel.sqlite"));
        QVERIFY(project);
        QByteArray rows("户编号,地址,人口数\n");
        for (int i = 0; i < 200000; ++i)
            rows += QStringLiteral("C-%1,华荣上海城%2号楼1单元%3室,3\n").arg(i).arg(i % 40).arg(i % 900).toUtf8();
        const QString csv = writeFile(QStringLiteral("register.csv"), rows);
        ImportDialog dialog(project->path, "tester");
        dialog.setSource(csv, store::Layer::Households);
        QVERIFY(dialog.canImport());
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        QSignalSpy progressed(dialog.job(), &ImportJob::progressed);
        QVERIFY(progressed.wait(60000));
        dialog.cancelImport();
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        const auto outcome = finished.takeFirst().at(0).value<ImportOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.cancelled);
        QCOMPARE(count(project->path, "SELECT count(*) FROM households"), 3);
    }
};

GA_APP_TEST_MAIN(ImportDialogTest)
#include "import_dialog_test.moc"
