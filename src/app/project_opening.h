#pragma once
// Opening a project without freezing the window. The session (lock, connection) is made at once;
// the map model and the basemaps — seconds for a district — are read on a worker thread while the
// caller's window keeps painting and answering, and this status-bar widget shows which layer is
// being read.
#include <QLabel>
#include <QProgressBar>
#include <QWidget>
#include <memory>

#include "app/project_session.h"

namespace ga::app {

class ProjectOpening : public QWidget {
    Q_OBJECT

public:
    explicit ProjectOpening(QWidget* parent = nullptr);
    ~ProjectOpening() override;

    /// Opens `path` as ProjectSession::open() does and returns once its map is read; the event
    /// loop runs meanwhile (a local one), so the window stays responsive. A second call while one
    /// is under way is refused.
    Result<std::unique_ptr<ProjectSession>> open(const QString& path);
    /// True while a project is being read.
    bool isBusy() const { return busy_; }

signals:
    /// Reading started (a project is being opened).
    void started(const QString& path);
    /// Reading reached `layer`, the (`done` + 1)th of `total`.
    void progressed(ga::store::Layer layer, int done, int total);
    /// Reading ended, the project opened or not.
    void finished();

private:
    void showProgress(store::Layer layer, int done, int total);

    QLabel* label_ = nullptr;
    QProgressBar* bar_ = nullptr;
    QString name_;
    bool busy_ = false;
};

}  // namespace ga::app
