#pragma once
// One frame drawn off the UI thread, QGIS-style: the job snapshots what it draws (a shared,
// immutable renderer and the view), draws on a thread of Qt's global pool (threads that live on,
// so their font caches stay warm from frame to frame), can be cancelled at any time, and reports
// finished() with the image and any error. Read the results after finished().
#include <QImage>
#include <QObject>
#include <QRunnable>
#include <QStringList>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <stop_token>

#include "render/map_renderer.h"

namespace ga::render {

class RenderJob : public QObject {
    Q_OBJECT
public:
    RenderJob(std::shared_ptr<const MapRenderer> renderer, MapView view, RenderOptions options = {},
              QObject* parent = nullptr);
    /// Cancels the frame and waits for it (cancellation is checked often, so this is short).
    ~RenderJob() override;

    /// Starts drawing on a pool thread; a second call does nothing.
    void start();
    /// Asks the drawing to stop; finished() still follows, with wasCancelled() true.
    void cancel();
    /// Blocks until the frame is done; false when `timeout` passed first or the job never started.
    bool waitForFinished(std::chrono::milliseconds timeout = std::chrono::milliseconds::max());
    bool isFinished() const { return done_.load(); }

    const MapView& view() const { return view_; }
    /// The frame (valid after finished(), null after an error).
    const QImage& image() const { return image_; }
    /// Labels placed and features drawn (after finished()).
    const RenderResult& result() const { return result_; }
    /// What went wrong, for the status bar (after finished()).
    const QStringList& errors() const { return errors_; }
    bool wasCancelled() const { return result_.cancelled; }
    /// Time spent drawing.
    std::chrono::microseconds elapsed() const { return elapsed_; }

signals:
    /// Emitted in the job's thread (queued from the worker) once the frame is done or cancelled.
    void finished();

private:
    void run(std::stop_token stop);

    std::shared_ptr<const MapRenderer> renderer_;
    MapView view_;
    RenderOptions options_;
    QImage image_;
    RenderResult result_;
    QStringList errors_;
    std::chrono::microseconds elapsed_{0};
    std::atomic<bool> done_{false};
    std::mutex mutex_;
    std::condition_variable doneChanged_;
    std::stop_source stop_;
    std::unique_ptr<QRunnable> task_;  ///< owned here (not auto-deleted), so it can be taken back unrun
};

}  // namespace ga::render
