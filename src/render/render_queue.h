#pragma once
// What the map canvas talks to: request a frame for a view whenever the view changes; a newer
// request cancels the frame in flight, and only the newest finished frame is reported.
#include <QObject>
#include <memory>

#include "render/render_job.h"

namespace ga::render {

/// A finished frame as the canvas shows it.
struct RenderedFrame {
    quint64 number = 0;  ///< the request() that produced it
    MapView view;
    QImage image;
    RenderResult result;
    std::chrono::microseconds elapsed{0};
};

class RenderQueue : public QObject {
    Q_OBJECT
public:
    explicit RenderQueue(std::shared_ptr<const MapRenderer> renderer, QObject* parent = nullptr);
    ~RenderQueue() override;

    /// Replaces the renderer (a new model or style) for the following requests.
    void setRenderer(std::shared_ptr<const MapRenderer> renderer);
    const std::shared_ptr<const MapRenderer>& renderer() const { return renderer_; }

    /// Starts a frame for `view`, cancelling the one in flight; returns the frame's number.
    quint64 request(const MapView& view, const RenderOptions& options = {});
    /// Cancels the frame in flight, if any.
    void cancel();
    /// True while a frame is being drawn.
    bool busy() const { return current_ != nullptr; }

signals:
    /// The newest requested frame is ready.
    void frameReady(std::shared_ptr<const ga::render::RenderedFrame> frame);
    /// The newest requested frame could not be drawn; `message` says why.
    void frameFailed(quint64 number, QString message);

private:
    void jobFinished(RenderJob* job, quint64 number);

    std::shared_ptr<const MapRenderer> renderer_;
    RenderJob* current_ = nullptr;  ///< child of this queue; older jobs delete themselves when done
    quint64 next_ = 0;
};

}  // namespace ga::render
