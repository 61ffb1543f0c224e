#pragma once
// One open project: the store connection, the lock that keeps a second instance read-only, the
// map model the canvas draws, and the undo stack of the session's edits.
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QUndoStack>
#include <memory>

#include "app/project_content.h"
#include "core/error.h"
#include "model/map_model.h"
#include "store/attribute_edits.h"
#include "store/edit_history.h"
#include "store/project.h"

namespace ga::app {

class ProjectSession : public QObject {
    Q_OBJECT

public:
    /// When open() reads the map content: at once, or later by the caller, who reads it on a
    /// worker thread (ProjectOpening) and hands it over with setContent().
    enum class ContentReading { Now, Later };

    /// Opens `path`. When another instance holds the project's lock (a `.lock` file beside it),
    /// or the file or its folder cannot be written, the project is opened read-only and
    /// readOnlyReason() says why. Missing, corrupt and foreign files fail with a message.
    static Result<std::unique_ptr<ProjectSession>> open(const QString& path,
                                                        ContentReading reading = ContentReading::Now);
    ~ProjectSession() override;

    store::Project& project() { return *project_; }
    const QString& path() const { return path_; }
    bool isReadOnly() const { return project_->readOnly(); }
    /// Why the project is read-only, for the warning shown on opening ("" when writable).
    const QString& readOnlyReason() const { return readOnlyReason_; }
    /// The map model (shared with render threads; replaced, never changed, by reloadModel() and
    /// afterGridEdit()).
    std::shared_ptr<const model::MapModel> model() const { return model_; }
    /// Takes the map content read for this session (after open(path, ContentReading::Later)).
    void setContent(ProjectContent content);
    /// The basemaps as opened with the project, bottom first.
    const render::BasemapLayers& basemaps() const { return basemaps_; }
    /// Why some of the project's basemaps could not be opened (a file moved away).
    const std::vector<std::string>& basemapProblems() const { return basemapProblems_; }
    QUndoStack& undoStack() { return undoStack_; }
    /// Operator written to the edit log: the preference, else the project's, else the OS user.
    std::string operatorName() const;

    /// Reloads the map model after the project changed and emits modelChanged().
    Result<void> reloadModel();
    /// Call after features of `layer` changed: reloads the model when the map shows the layer,
    /// then emits edited().
    Result<void> afterEdit(store::Layer layer);
    /// Call after a grid or building edit, its undo or redo, or a roll-back committed `changes`:
    /// the model follows them without reading the whole project again (MapModel::afterChanges),
    /// then modelChanged() and edited(Grids) are emitted.
    Result<void> afterGridEdit(const store::ChangeSet& changes);
    /// Call after one feature's attributes changed from `before` to `after` (a form, its undo or
    /// redo): the model follows through MapModel::afterChanges as after a grid edit, then
    /// edited() is emitted for the feature's layer.
    Result<void> afterAttributeEdit(const store::FeatureAttributes& before, const store::FeatureAttributes& after);
    /// Call after household `household`'s link moved from building `from` to `to` (a review
    /// resolution or its undo): the counts of their grids follow on the map without reading the
    /// whole project; then edited(Households) is emitted.
    Result<void> afterLinkChanged(int64_t household, std::optional<int64_t> from, std::optional<int64_t> to);

signals:
    void modelChanged();
    /// Features of `layer` changed (an attribute form, undo, redo).
    void edited(ga::store::Layer layer);
    /// An edit replayed by undo or redo could not be written.
    void editFailed(const QString& message);

private:
    ProjectSession() = default;
    // The model after `changes` (MapModel::afterChanges), then modelChanged() and edited(layer).
    Result<void> followChanges(const store::ChangeSet& changes, store::Layer layer);
    QString path_;
    std::unique_ptr<QLockFile> lock_;
    std::unique_ptr<store::Project> project_;
    std::shared_ptr<const model::MapModel> model_;
    render::BasemapLayers basemaps_;
    std::vector<std::string> basemapProblems_;
    QString readOnlyReason_;
    QUndoStack undoStack_;
};

/// The message for a project whose layers cannot be read.
QString contentReadFailure(const QString& path, const std::string& why);

/// The lock file guarding `projectPath` against a second writer.
QString lockPathFor(const QString& projectPath);

}  // namespace ga::app
