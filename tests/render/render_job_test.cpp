#include "render/render_job.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "../model/map_test_project.h"
#include "render/render_queue.h"

using namespace ga;
using namespace std::chrono_literals;

namespace {

class RenderJobTest : public ::testing::Test {
protected:
    std::unique_ptr<ga::testing::MapTestProject> t;
    std::shared_ptr<const render::MapRenderer> renderer;

    void SetUp() override {
        t = std::make_unique<ga::testing::MapTestProject>(
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        t->createSample();
        auto m = model::MapModel::load(*t->project);
        ASSERT_TRUE(m) << m.error().message;
        renderer = std::make_shared<const render::MapRenderer>(std::make_shared<const model::MapModel>(std::move(*m)),
                                                               render::MapStyle::defaults());
    }

    static render::MapView view(double mpp) {
        render::MapView v;
        v.centre = {ga::testing::kX0 + 300, ga::testing::kY0 + 200};
        v.metresPerPixel = mpp;
        v.size = {640, 480};
        return v;
    }

    // Runs the event loop until `done` or 10 s.
    template <class F>
    static bool spinUntil(F done) {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < 10000) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return done();
    }
};

}  // namespace

TEST_F(RenderJobTest, DrawsInAWorkerAndReportsFinished) {
    render::RenderJob job(renderer, view(0.8));
    bool finished = false;
    QObject::connect(&job, &render::RenderJob::finished, [&] { finished = true; });
    job.start();
    ASSERT_TRUE(job.waitForFinished(10s));
    EXPECT_TRUE(spinUntil([&] { return finished; }));
    EXPECT_TRUE(job.errors().isEmpty());
    EXPECT_FALSE(job.wasCancelled());
    EXPECT_EQ(job.image().size(), QSize(640, 480));
    EXPECT_FALSE(job.result().labels.empty());
}

TEST_F(RenderJobTest, ReportsErrorsOfAViewItCannotDraw) {
    render::RenderJob job(renderer, view(1e12));
    job.start();
    ASSERT_TRUE(job.waitForFinished(10s));
    ASSERT_EQ(job.errors().size(), 1);
    EXPECT_TRUE(job.errors()[0].contains(QStringLiteral("scale")));
    EXPECT_TRUE(job.image().isNull());
}

TEST_F(RenderJobTest, ACancelledJobStillFinishes) {
    render::RenderJob job(renderer, view(0.8));
    job.start();
    job.cancel();
    ASSERT_TRUE(job.waitForFinished(10s));
    EXPECT_TRUE(job.isFinished());
}

TEST_F(RenderJobTest, WaitingForAJobNeverStartedReturnsAtOnce) {
    render::RenderJob job(renderer, view(0.8));
    EXPECT_FALSE(job.waitForFinished(10s));
}

TEST_F(RenderJobTest, TheQueueReportsOnlyTheNewestFrame) {
    render::RenderQueue queue(renderer);
    std::vector<quint64> ready;
    QObject::connect(&queue, &render::RenderQueue::frameReady,
                     [&](std::shared_ptr<const render::RenderedFrame> f) { ready.push_back(f->number); });
    queue.request(view(0.5));
    queue.request(view(0.7));
    const quint64 last = queue.request(view(0.9));
    ASSERT_TRUE(spinUntil([&] { return !queue.busy(); }));
    // Give cancelled frames time to report, had they been allowed to.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 300) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    ASSERT_EQ(ready.size(), 1u);
    EXPECT_EQ(ready[0], last);
}

TEST_F(RenderJobTest, TheQueueReportsFailuresOfTheNewestFrame) {
    render::RenderQueue queue(renderer);
    QString message;
    QObject::connect(&queue, &render::RenderQueue::frameFailed, [&](quint64, QString m) { message = m; });
    queue.request(view(1e12));
    ASSERT_TRUE(spinUntil([&] { return !message.isEmpty(); }));
    EXPECT_TRUE(message.contains(QStringLiteral("scale")));
}
