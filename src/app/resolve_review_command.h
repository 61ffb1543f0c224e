#pragma once
// A review resolution on the undo stack: redo links the household as the operator chose (and
// saves the alias), undo puts link, queue entry and alias back — each its own logged store
// transaction, so the log only grows.
#include <QUndoCommand>

#include "app/project_session.h"
#include "store/review_queue.h"

namespace ga::app {

class ResolveReviewCommand : public QUndoCommand {
public:
    /// `record` is the resolution already written (to show its error at once), so the first
    /// redo(), which QUndoStack::push() calls, writes nothing.
    ResolveReviewCommand(ProjectSession& session, store::Resolution resolution, store::ResolutionRecord record,
                         const QString& text);

    void undo() override;
    void redo() override;

private:
    ProjectSession& session_;
    store::Resolution resolution_;
    store::ResolutionRecord record_;
    bool written_ = true;
};

/// Resolves one queued household and pushes the step on the session's undo stack; the error is
/// for the dock to show.
Result<void> resolveAndRecord(ProjectSession& session, const store::Resolution& resolution, const QString& text);

}  // namespace ga::app
