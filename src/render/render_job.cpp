#include "render/render_job.h"

#include <QMetaObject>
#include <QThreadPool>

namespace ga::render {

RenderJob::RenderJob(std::shared_ptr<const MapRenderer> renderer, MapView view, RenderOptions options, QObject* parent)
    : QObject(parent), renderer_(std::move(renderer)), view_(view), options_(std::move(options)) {}

RenderJob::~RenderJob() {
    if (!task_) return;
    stop_.request_stop();
    // A job still queued is taken back; one running is waited for.
    if (!QThreadPool::globalInstance()->tryTake(task_.get())) waitForFinished();
}

void RenderJob::start() {
    if (task_) return;
    task_.reset(QRunnable::create([this] { run(stop_.get_token()); }));
    task_->setAutoDelete(false);
    QThreadPool::globalInstance()->start(task_.get());
}

void RenderJob::cancel() { stop_.request_stop(); }

bool RenderJob::waitForFinished(std::chrono::milliseconds timeout) {
    if (!task_) return false;  // never started
    std::unique_lock lock(mutex_);
    const auto isDone = [&] { return done_.load(); };
    if (timeout == std::chrono::milliseconds::max())
        doneChanged_.wait(lock, isDone);
    else if (!doneChanged_.wait_for(lock, timeout, isDone))
        return false;
    return true;
}

void RenderJob::run(std::stop_token stop) {
    const auto began = std::chrono::steady_clock::now();
    auto frame = renderer_->renderImage(view_, options_, stop);
    if (frame) {
        image_ = std::move(frame->image);
        result_ = std::move(frame->result);
    } else {
        errors_ << QString::fromStdString(frame.error().message);
    }
    if (stop.stop_requested()) result_.cancelled = true;
    elapsed_ = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - began);
    // Queued to this object's thread; Qt drops the call if the job is deleted before it runs.
    QMetaObject::invokeMethod(this, &RenderJob::finished, Qt::QueuedConnection);
    {
        std::lock_guard lock(mutex_);
        done_.store(true);
    }
    doneChanged_.notify_all();
}

}  // namespace ga::render
