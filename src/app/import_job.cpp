#include "app/import_job.h"

#include <QPointer>

#include "store/cancellation.h"

namespace ga::app {
namespace {

class ThreadControl : public JobControl {
public:
    ThreadControl(ImportJob* job, const std::atomic<bool>& cancelled) : job_(job), cancelled_(cancelled) {}
    void progress(qint64 done, qint64 total) override {
        QPointer<ImportJob> job = job_;
        QMetaObject::invokeMethod(
            job_,
            [job, done, total] {
                if (job) emit job->progressed(done, total);
            },
            Qt::QueuedConnection);
    }
    bool isCancelled() const override { return cancelled_.load(); }

private:
    ImportJob* job_;
    const std::atomic<bool>& cancelled_;
};

}  // namespace

ImportJob::ImportJob(QString projectPath, Work work, QObject* parent)
    : QObject(parent), projectPath_(std::move(projectPath)), work_(std::move(work)) {}

ImportJob::~ImportJob() {
    if (thread_) {
        cancelled_ = true;
        thread_->wait();
    }
}

bool ImportJob::isRunning() const { return thread_ && thread_->isRunning(); }

void ImportJob::cancel() { cancelled_ = true; }

void ImportJob::start() {
    cancelled_ = false;
    thread_.reset(QThread::create([this] {
        ImportOutcome outcome;
        auto project = store::Project::open(projectPath_.toStdString());
        if (!project) {
            outcome.message = QString::fromStdString(project.error().message);
        } else {
            store::watchCancellation(*project, &cancelled_);
            ThreadControl control(this, cancelled_);
            auto summary = work_(*project, outcome.report, control);
            store::watchCancellation(*project, nullptr);
            outcome.cancelled = cancelled_.load();
            if (summary) {
                outcome.ok = true;
                outcome.summary = *summary;
            } else {
                outcome.message = outcome.cancelled ? tr("导入已取消，项目未改动。")
                                                    : QString::fromStdString(summary.error().message);
            }
            if (summary && outcome.cancelled) outcome.cancelled = false;  // it finished before the cancel took
        }
        QMetaObject::invokeMethod(
            this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
    }));
    thread_->start();
}

ImportJob::Work ImportJob::fileImport(io::ImportOptions options) {
    return [options](store::Project& project, io::ProblemReport& report, JobControl& control) mutable {
        options.progress = [&control](int64_t done, int64_t total) { control.progress(done, total); };
        return io::importFile(project, options, report);
    };
}

}  // namespace ga::app
