#include "print/print_job.h"

namespace ga::print {

PrintJob::PrintJob(std::vector<Sheet> sheets, std::shared_ptr<const SheetPainter> painter, std::string out, int dpi,
                   QObject* parent)
    : QObject(parent), sheets_(std::move(sheets)), painter_(std::move(painter)), out_(std::move(out)), dpi_(dpi) {}

PrintJob::~PrintJob() {
    cancel();
    wait();
}

void PrintJob::start() {
    if (thread_.joinable()) return;
    thread_ = std::jthread([this](std::stop_token stop) {
        result_ = writeSheets(
            out_, sheets_, *painter_, dpi_,
            [this](size_t done, size_t total) { emit progressed(static_cast<int>(done), static_cast<int>(total)); }, stop);
        done_ = true;
        emit finished();
    });
}

void PrintJob::cancel() {
    if (thread_.joinable()) thread_.request_stop();
}

void PrintJob::wait() {
    if (thread_.joinable()) thread_.join();
}

}  // namespace ga::print
