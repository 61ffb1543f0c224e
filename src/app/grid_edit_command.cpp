#include "app/grid_edit_command.h"

#include "app/grid_editing.h"

namespace ga::app {

GridEditCommand::GridEditCommand(GridEditing& editing, int64_t editId, const QString& text)
    : QUndoCommand(text), editing_(editing), applied_(editId) {}

void GridEditCommand::undo() {
    if (const int64_t id = editing_.undo(applied_)) undone_ = id;
}

void GridEditCommand::redo() {
    if (!pushed_) {
        pushed_ = true;
        return;
    }
    if (undone_ == 0) return;
    if (const int64_t id = editing_.undo(undone_)) applied_ = id;
}

}  // namespace ga::app
