#include "app/resolve_review_command.h"

namespace ga::app {

ResolveReviewCommand::ResolveReviewCommand(ProjectSession& session, store::Resolution resolution,
                                           store::ResolutionRecord record, const QString& text)
    : QUndoCommand(text), session_(session), resolution_(std::move(resolution)), record_(std::move(record)) {}

void ResolveReviewCommand::undo() {
    auto r = store::undoResolution(session_.project(), record_, session_.operatorName());
    if (!r) {
        emit session_.editFailed(QString::fromStdString(r.error().message));
        return;
    }
    if (auto m = session_.afterLinkChanged(record_.household, resolution_.building, record_.before.building); !m)
        emit session_.editFailed(QString::fromStdString(m.error().message));
}

void ResolveReviewCommand::redo() {
    if (written_) {
        written_ = false;
        return;
    }
    auto r = store::resolveReview(session_.project(), resolution_, session_.operatorName());
    if (!r) {
        emit session_.editFailed(QString::fromStdString(r.error().message));
        return;
    }
    record_ = std::move(*r);
    if (auto m = session_.afterLinkChanged(record_.household, record_.before.building, resolution_.building); !m)
        emit session_.editFailed(QString::fromStdString(m.error().message));
}

Result<void> resolveAndRecord(ProjectSession& session, const store::Resolution& resolution, const QString& text) {
    auto record = store::resolveReview(session.project(), resolution, session.operatorName());
    if (!record) return std::unexpected(record.error());
    const std::optional<int64_t> before = record->before.building;
    session.undoStack().push(new ResolveReviewCommand(session, resolution, std::move(*record), text));
    return session.afterLinkChanged(resolution.household, before, resolution.building);
}

}  // namespace ga::app
