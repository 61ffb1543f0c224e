#include "print/print_job.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include "print_test_support.h"

using namespace ga::print;
using namespace ga::print::testing;

namespace {

template <class F>
bool spinUntil(F done) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 60000) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

std::vector<Sheet> atlas() {
    PrintRequest r;
    r.target = Target::Atlas;
    r.paper = PaperSize::A4;
    return planSheets(*sample().source, r).value_or(std::vector<Sheet>{});
}

}  // namespace

TEST(PrintJob, ReportsEachPageAndFinishesWithTheFile) {
    GA_REQUIRE_SAMPLE();
    QTemporaryDir dir;
    const std::string out = dir.filePath(QStringLiteral("atlas.pdf")).toStdString();
    auto painter = std::make_shared<const SheetPainter>(sample().source->sharedModel(), sample().source->style());
    PrintJob job(atlas(), painter, out, 150);
    ASSERT_EQ(job.pages(), 12u);
    std::vector<int> progress;
    bool finished = false;
    // Queued to this thread: the job lives here.
    QObject::connect(&job, &PrintJob::progressed, &job, [&](int done, int total) {
        EXPECT_EQ(total, 12);
        progress.push_back(done);
    });
    QObject::connect(&job, &PrintJob::finished, &job, [&] { finished = true; });
    job.start();
    ASSERT_TRUE(spinUntil([&] { return finished; }));
    ASSERT_TRUE(job.result()) << job.result().error().message;
    EXPECT_EQ(job.result()->pages, 12u);
    EXPECT_EQ(progress.size(), 12u);
    EXPECT_EQ(progress.back(), 12);
    EXPECT_TRUE(QFileInfo::exists(QString::fromStdString(out)));
}

TEST(PrintJob, CancellingStopsEarlyAndWritesNothing) {
    GA_REQUIRE_SAMPLE();
    QTemporaryDir dir;
    const std::string out = dir.filePath(QStringLiteral("atlas.pdf")).toStdString();
    auto painter = std::make_shared<const SheetPainter>(sample().source->sharedModel(), sample().source->style());
    PrintJob job(atlas(), painter, out, 150);
    bool finished = false;
    // Cancelled from the worker after its second page, before it can write a third.
    QObject::connect(
        &job, &PrintJob::progressed, &job, [&](int done, int) {
            if (done == 2) job.cancel();
        },
        Qt::DirectConnection);
    QObject::connect(&job, &PrintJob::finished, &job, [&] { finished = true; });
    job.start();
    ASSERT_TRUE(spinUntil([&] { return finished; }));
    ASSERT_TRUE(job.result());
    EXPECT_TRUE(job.result()->cancelled);
    EXPECT_EQ(job.result()->pages, 2u);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
