#pragma once
// A print run off the UI thread, with progress and cancel (an atlas of many sheets, a large PNG):
// start(), progressed() after each page, cancel() at any time, finished() once; read result()
// after finished(). Cancelling leaves no file behind.
#include <QObject>
#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "print/print_request.h"

namespace ga::print {

class PrintJob : public QObject {
    Q_OBJECT
public:
    PrintJob(std::vector<Sheet> sheets, std::shared_ptr<const SheetPainter> painter, std::string out, int dpi,
             QObject* parent = nullptr);
    /// Cancels a run still going and waits for it.
    ~PrintJob() override;

    /// Starts writing on a worker thread; a second call does nothing.
    void start();
    /// Asks the run to stop; finished() still follows, with the report's cancelled set.
    void cancel();
    bool isFinished() const { return done_.load(); }
    /// Blocks until the run is done.
    void wait();

    size_t pages() const { return sheets_.size(); }
    /// The outcome (valid after finished()).
    const Result<OutputReport>& result() const { return *result_; }

signals:
    /// Pages done of pages in all; emitted from the worker thread (queued to the job's thread).
    void progressed(int done, int total);
    void finished();

private:
    std::vector<Sheet> sheets_;
    std::shared_ptr<const SheetPainter> painter_;
    std::string out_;
    int dpi_;
    std::optional<Result<OutputReport>> result_;
    std::atomic<bool> done_{false};
    std::jthread thread_;
};

}  // namespace ga::print
