#pragma once
// Geocoding off the UI thread on its own connection to the project, with progress and cancel:
// cancelling rolls the run back, so the project stays as it was.
#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <memory>

#include "geocode/geocoder.h"

namespace ga::app {

/// The outcome handed to the UI.
struct GeocodeOutcome {
    bool ok = false;
    bool cancelled = false;
    QString message;  ///< the error, or a one-line summary
    geocode::GeocodeReport report;
};

class GeocodeJob : public QObject {
    Q_OBJECT

public:
    GeocodeJob(QString projectPath, geocode::GeocodeOptions options, QObject* parent = nullptr);
    ~GeocodeJob() override;

    void start();
    /// Asks the run to stop; finished() follows with cancelled set.
    void cancel();
    bool isRunning() const;

signals:
    /// `stage` as the geocoder names it (reading, matching, locating, writing), fraction 0…1.
    void progressed(const QString& stage, double fraction);
    void finished(const ga::app::GeocodeOutcome& outcome);

private:
    QString projectPath_;
    geocode::GeocodeOptions options_;
    std::atomic<bool> cancelled_{false};
    std::unique_ptr<QThread> thread_;
};

/// "4,080 households linked, 21 left for review" for the status bar and dialogs.
QString summarize(const geocode::GeocodeReport& report);

}  // namespace ga::app
