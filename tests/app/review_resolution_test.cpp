// A household linked by hand (户进房复核) on a copy of the sample: the map's grid counts follow the
// link, its undo puts them back, and the map is updated from the model before rather than read
// again (a district's full read takes a second).
#include <QFile>
#include <QTemporaryDir>

#include "app/project_session.h"
#include "app/resolve_review_command.h"
#include "app_test.h"

using namespace ga;
using namespace ga::app;

class ReviewResolutionTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<ProjectSession> session_;

    long long households(const std::string& code) {
        const model::MapModel& m = *session_->model();
        const auto g = m.gridByCode(code);
        return g ? m.grids().features[*g].households : -1;
    }
    std::string scalar(const std::string& sql) {
        auto v = session_->project().db().scalarText(sql);
        return v && *v ? **v : std::string();
    }

private slots:
    void initTestCase() {
        const QString path = dir_.filePath(QStringLiteral("youhao.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(GA_YOUHAO_PROJECT), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto s = ProjectSession::open(path);
        QVERIFY2(s, s ? "" : s.error().message.c_str());
        session_ = std::move(*s);
    }
    void cleanupTestCase() { session_.reset(); }

    void theMapCountsFollowAHandMadeLinkAndItsUndo() {
        // A household linked in grid 006, moved by hand to a building of grid 007.
        const std::string household = scalar(
            "SELECT l.household FROM household_links l JOIN buildings b ON b.id = l.building "
            "WHERE b.grid = '320623001001006' ORDER BY l.household LIMIT 1");
        const std::string target =
            scalar("SELECT id FROM buildings WHERE grid = '320623001001007' ORDER BY id LIMIT 1");
        QVERIFY(!household.empty() && !target.empty());
        const long long from = households("320623001001006"), to = households("320623001001007");
        const auto before = session_->model();

        store::Resolution r;
        r.household = std::stoll(household);
        r.building = std::stoll(target);
        auto done = resolveAndRecord(*session_, r, QStringLiteral("关联到楼栋"));
        QVERIFY2(done, done ? "" : done.error().message.c_str());
        QCOMPARE(households("320623001001006"), from - 1);
        QCOMPARE(households("320623001001007"), to + 1);
        QCOMPARE(&session_->model()->roads(), &before->roads());

        session_->undoStack().undo();
        QCOMPARE(households("320623001001006"), from);
        QCOMPARE(households("320623001001007"), to);
        session_->undoStack().redo();
        QCOMPARE(households("320623001001007"), to + 1);
    }
};

QTEST_MAIN(ReviewResolutionTest)
#include "review_resolution_test.moc"
