// Attribute forms: a grid edit is one transaction with an edit-log entry and an undo step; staff
// photos come from a file.
#include <QImage>
#include <QLineEdit>
#include <QTemporaryDir>

#include "app/attribute_dialog.h"
#include "app/new_project_dialog.h"
#include "app/project_session.h"
#include "app/staff_dialog.h"
#include "app_test.h"
#include "store/attribute_edits.h"
#include "store/grid_staff.h"
#include "test_project.h"

using namespace ga;
using namespace ga::app;
using namespace ga::app::test;

class FormsTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    TestProject project_;
    std::unique_ptr<ProjectSession> session_;

    long long logEntries() { return session_->project().db().scalarInt("SELECT count(*) FROM edit_log")->value_or(-1); }
    QString gridName(int64_t id) {
        auto a = store::readAttributes(session_->project(), store::Layer::Grids, id);
        return a && a->values[1] ? QString::fromStdString(*a->values[1]) : QString();
    }

private slots:
    void initTestCase() {
        auto p = makeTestProject(dir_.path());
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        project_ = *p;
        auto s = ProjectSession::open(project_.path);
        QVERIFY2(s, s ? "" : s.error().message.c_str());
        session_ = std::move(*s);
    }

    void cleanupTestCase() { session_.reset(); }

    void aGridEditIsLoggedAndUndoable() {
        const long long before = logEntries();
        const auto modelBefore = session_->model();
        auto dialog = AttributeDialog::create(*session_, store::Layer::Grids, project_.gridIds[0]);
        QVERIFY(dialog);
        QLineEdit* name = (*dialog)->editor("name");
        QVERIFY(name);
        QVERIFY((*dialog)->editor("code")->isReadOnly());
        name->setText(QStringLiteral("和盛网格"));
        QVERIFY((*dialog)->save());
        QCOMPARE(gridName(project_.gridIds[0]), QStringLiteral("和盛网格"));
        QCOMPARE(logEntries(), before + 1);
        // The map model follows: labels show the new name. It was made from the one before, not
        // read afresh: the roads are shared (on a district a full read takes a second).
        QCOMPARE(QString::fromStdString(session_->model()->grids().features[0].name), QStringLiteral("和盛网格"));
        QCOMPARE(&session_->model()->roads(), &modelBefore->roads());

        QVERIFY(session_->undoStack().canUndo());
        session_->undoStack().undo();
        QCOMPARE(gridName(project_.gridIds[0]), QStringLiteral("第一网格"));
        QCOMPARE(QString::fromStdString(session_->model()->grids().features[0].name), QStringLiteral("第一网格"));
        QCOMPARE(logEntries(), before + 2);
        session_->undoStack().redo();
        QCOMPARE(gridName(project_.gridIds[0]), QStringLiteral("和盛网格"));
        QCOMPARE(logEntries(), before + 3);
    }

    void aBadValueIsRefusedWithAMessage() {
        auto dialog = AttributeDialog::create(*session_, store::Layer::Buildings, project_.householdBuildingId);
        QVERIFY(dialog);
        const long long before = logEntries();
        (*dialog)->editor("floors")->setValidator(nullptr);
        (*dialog)->editor("floors")->setText(QStringLiteral("十一"));
        QVERIFY(!(*dialog)->save());
        QCOMPARE(logEntries(), before);
    }

    void aStaffPhotoIsPickedFromAFile() {
        StaffDialog dialog(*session_, project_.gridCodes[1]);
        QCOMPARE(dialog.staffCount(), 2);
        QImage photo(90, 120, QImage::Format_RGB32);
        photo.fill(QColor(0x3A, 0x8F, 0xD0));
        const QString file = dir_.filePath(QStringLiteral("leader.png"));
        QVERIFY(photo.save(file));
        dialog.selectRow(0);
        QVERIFY(dialog.setPhotoFromFile(file));
        QVERIFY(dialog.save());
        auto staff = store::staffOfGrid(session_->project(), project_.gridCodes[1].toStdString());
        QVERIFY(staff);
        QCOMPARE(QString::fromStdString(staff->front().name), QStringLiteral("钱网格长"));
        QVERIFY(staff->front().hasPhoto);
        auto a = store::readAttributes(session_->project(), store::Layer::Staff, staff->front().id);
        const std::string& bytes = *a->values[4];
        QImage stored;
        QVERIFY(stored.loadFromData(reinterpret_cast<const uchar*>(bytes.data()), static_cast<int>(bytes.size())));
        QCOMPARE(stored.size(), QSize(90, 120));
    }

    void aNewStaffMemberIsAdded() {
        StaffDialog dialog(*session_, project_.gridCodes[2]);
        QCOMPARE(dialog.staffCount(), 0);
        dialog.startNew();
        dialog.setFields(QStringLiteral("周新"), QStringLiteral("专职网格员"), QStringLiteral("0513-8888"));
        QVERIFY(dialog.save());
        QCOMPARE(dialog.staffCount(), 1);
    }

    void theNewProjectDialogCreatesAProjectThatOpens() {
        NewProjectDialog dialog;
        const QString path = dir_.filePath(QStringLiteral("new.sqlite"));
        dialog.setValues(path, QStringLiteral("新社区"), QStringLiteral("320623001002"), QStringLiteral("EPSG:4549"));
        QVERIFY(dialog.create());
        QCOMPARE(dialog.createdPath(), path);
        auto opened = ProjectSession::open(path);
        QVERIFY2(opened, opened ? "" : opened.error().message.c_str());
        QCOMPARE((*opened)->project().settings().srid, 4549);
        QCOMPARE(QString::fromStdString((*opened)->project().settings().name), QStringLiteral("新社区"));
        // A geographic CRS cannot be a project CRS: the dialog refuses it and creates nothing.
        NewProjectDialog wrong;
        wrong.setValues(dir_.filePath(QStringLiteral("wrong.sqlite")), {}, {}, QStringLiteral("EPSG:4326"));
        QVERIFY(!wrong.create());
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("wrong.sqlite"))));
    }

    void notAPhotoIsRefused() {
        StaffDialog dialog(*session_, project_.gridCodes[1]);
        const QString file = dir_.filePath(QStringLiteral("not-a-photo.png"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plain text");
        f.close();
        QVERIFY(!dialog.setPhotoFromFile(file));
    }
};

GA_APP_TEST_MAIN(FormsTest)
#include "forms_test.moc"
