#pragma once
// A grid edit on the session's undo stack. The edit is committed before it is pushed (so a refused
// edit never reaches the stack); undo and redo then each write a logged undo entry through the
// edit history (the log only grows): undo undoes the edit, redo undoes that undo.
#include <QUndoCommand>
#include <cstdint>

namespace ga::app {

class GridEditing;

class GridEditCommand : public QUndoCommand {
public:
    /// `editId` is the committed edit's log id; the first redo(), which push() calls, writes nothing.
    GridEditCommand(GridEditing& editing, int64_t editId, const QString& text);

    void undo() override;
    void redo() override;

private:
    GridEditing& editing_;
    int64_t applied_;     ///< the log entry whose effect is in the project
    int64_t undone_ = 0;  ///< the undo entry written by the last undo()
    bool pushed_ = false;
};

}  // namespace ga::app
