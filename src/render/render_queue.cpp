#include "render/render_queue.h"

namespace ga::render {

RenderQueue::RenderQueue(std::shared_ptr<const MapRenderer> renderer, QObject* parent)
    : QObject(parent), renderer_(std::move(renderer)) {}

// Child jobs are deleted with the queue; each one's destructor cancels and joins its thread.
RenderQueue::~RenderQueue() = default;

void RenderQueue::setRenderer(std::shared_ptr<const MapRenderer> renderer) { renderer_ = std::move(renderer); }

quint64 RenderQueue::request(const MapView& view, const RenderOptions& options) {
    cancel();
    const quint64 number = ++next_;
    auto* job = new RenderJob(renderer_, view, options, this);
    connect(job, &RenderJob::finished, this, [this, job, number] { jobFinished(job, number); });
    current_ = job;
    job->start();
    return number;
}

void RenderQueue::cancel() {
    // The cancelled job still reports finished(); jobFinished() then only deletes it.
    if (current_) current_->cancel();
    current_ = nullptr;
}

void RenderQueue::jobFinished(RenderJob* job, quint64 number) {
    job->deleteLater();
    if (job != current_) return;
    current_ = nullptr;
    if (job->wasCancelled()) return;
    if (!job->errors().isEmpty()) {
        emit frameFailed(number, job->errors().join(QStringLiteral("; ")));
        return;
    }
    auto frame = std::make_shared<RenderedFrame>();
    frame->number = number;
    frame->view = job->view();
    frame->image = job->image();
    frame->result = job->result();
    frame->elapsed = job->elapsed();
    emit frameReady(std::move(frame));
}

}  // namespace ga::render
