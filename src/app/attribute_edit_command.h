#pragma once
// An attribute edit on the undo stack: undo writes the values before, redo the values after,
// each as its own store transaction with an edit-log entry (the log only grows).
#include <QUndoCommand>

#include "app/project_session.h"
#include "store/attribute_edits.h"

namespace ga::app {

class AttributeEditCommand : public QUndoCommand {
public:
    /// `after` is already saved (the form saves first, to show errors at once), so the first
    /// redo(), which QUndoStack::push() calls, writes nothing.
    AttributeEditCommand(ProjectSession& session, store::FeatureAttributes before, store::FeatureAttributes after,
                         const QString& text);

    void undo() override;
    void redo() override;

private:
    // Writes `to` over `from` and lets the map follow.
    void write(const store::FeatureAttributes& from, const store::FeatureAttributes& to);

    ProjectSession& session_;
    store::FeatureAttributes before_, after_;
    bool saved_ = true;
};

/// Saves `after` over the stored values and, when something changed, pushes the edit on the
/// session's undo stack and reloads the map model. Returns the error for the form to show.
Result<void> saveAndRecord(ProjectSession& session, const store::FeatureAttributes& after, const QString& text);

}  // namespace ga::app
