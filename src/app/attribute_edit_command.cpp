#include "app/attribute_edit_command.h"

namespace ga::app {

AttributeEditCommand::AttributeEditCommand(ProjectSession& session, store::FeatureAttributes before,
                                           store::FeatureAttributes after, const QString& text)
    : QUndoCommand(text), session_(session), before_(std::move(before)), after_(std::move(after)) {}

void AttributeEditCommand::undo() { write(after_, before_); }

void AttributeEditCommand::redo() {
    if (saved_) {
        saved_ = false;
        return;
    }
    write(before_, after_);
}

void AttributeEditCommand::write(const store::FeatureAttributes& from, const store::FeatureAttributes& to) {
    auto r = store::saveAttributes(session_.project(), to, session_.operatorName());
    if (!r) {
        emit session_.editFailed(QString::fromStdString(r.error().message));
        return;
    }
    if (auto m = session_.afterAttributeEdit(from, to); !m)
        emit session_.editFailed(QString::fromStdString(m.error().message));
}

Result<void> saveAndRecord(ProjectSession& session, const store::FeatureAttributes& after, const QString& text) {
    auto before = store::readAttributes(session.project(), after.layer, after.id);
    if (!before) return std::unexpected(before.error());
    auto logged = store::saveAttributes(session.project(), after, session.operatorName());
    if (!logged) return std::unexpected(logged.error());
    if (*logged == 0) return {};  // nothing changed
    session.undoStack().push(new AttributeEditCommand(session, *before, after, text));
    return session.afterAttributeEdit(*before, after);
}

}  // namespace ga::app
