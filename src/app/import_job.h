#pragma once
// Long imports run off the UI thread on their own connection to the project, with progress and
// cancel: cancelling interrupts the import's transaction, so the project stays as it was.
#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

#include "io/importer.h"
#include "io/problem_report.h"

namespace ga::app {

/// What the work sees of its job.
class JobControl {
public:
    virtual ~JobControl() = default;
    virtual void progress(qint64 done, qint64 total) = 0;
    virtual bool isCancelled() const = 0;
};

/// The outcome handed to the UI.
struct ImportOutcome {
    bool ok = false;
    bool cancelled = false;
    QString message;  ///< the error, or a one-line summary
    io::ImportSummary summary;
    io::ProblemReport report;
};

class ImportJob : public QObject {
    Q_OBJECT

public:
    /// The work: runs in the worker thread on a fresh connection to the project.
    using Work = std::function<Result<io::ImportSummary>(store::Project&, io::ProblemReport&, JobControl&)>;

    ImportJob(QString projectPath, Work work, QObject* parent = nullptr);
    ~ImportJob() override;

    void start();
    /// Asks the work to stop; finished() follows with cancelled set.
    void cancel();
    bool isRunning() const;

    /// The io import of one file, as `gridatlas-cli import` runs it.
    static Work fileImport(io::ImportOptions options);

signals:
    void progressed(qint64 done, qint64 total);
    void finished(const ga::app::ImportOutcome& outcome);

private:
    QString projectPath_;
    Work work_;
    std::atomic<bool> cancelled_{false};
    std::unique_ptr<QThread> thread_;
};

}  // namespace ga::app
