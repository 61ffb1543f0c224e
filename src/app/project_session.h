#pragma once
// One open project: the store connection, the lock that keeps a second instance read-only, the
// map model the canvas draws, and the undo stack of the session's edits.
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QUndoStack>
#include <memory>

#include "core/error.h"
#include "model/map_model.h"
#include "store/project.h"

namespace ga::app {

class ProjectSession : public QObject {
    Q_OBJECT

public:
    /// Opens `path`. When another instance holds the project's lock (a `.lock` file beside it),
    /// or the file or its folder cannot be written, the project is opened read-only and
    /// readOnlyReason() says why. Missing, corrupt and foreign files fail with a message.
    static Result<std::unique_ptr<ProjectSession>> open(const QString& path);
    ~ProjectSession() override;

    store::Project& project() { return *project_; }
    const QString& path() const { return path_; }
    bool isReadOnly() const { return project_->readOnly(); }
    /// Why the project is read-only, for the warning shown on opening ("" when writable).
    const QString& readOnlyReason() const { return readOnlyReason_; }
    /// The map model (shared with render threads; replaced, never changed, by reloadModel()).
    std::shared_ptr<const model::MapModel> model() const { return model_; }
    QUndoStack& undoStack() { return undoStack_; }
    /// Operator written to the edit log: the preference, else the project's, else the OS user.
    std::string operatorName() const;

    /// Reloads the map model after the project changed and emits modelChanged().
    Result<void> reloadModel();
    /// Call after features of `layer` changed: reloads the model when the map shows the layer,
    /// then emits edited().
    Result<void> afterEdit(store::Layer layer);

signals:
    void modelChanged();
    /// Features of `layer` changed (an attribute form, undo, redo).
    void edited(ga::store::Layer layer);
    /// An edit replayed by undo or redo could not be written.
    void editFailed(const QString& message);

private:
    ProjectSession() = default;
    QString path_;
    std::unique_ptr<QLockFile> lock_;
    std::unique_ptr<store::Project> project_;
    std::shared_ptr<const model::MapModel> model_;
    QString readOnlyReason_;
    QUndoStack undoStack_;
};

/// The lock file guarding `projectPath` against a second writer.
QString lockPathFor(const QString& projectPath);

}  // namespace ga::app
