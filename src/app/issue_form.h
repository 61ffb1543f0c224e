#pragma once
// One issue in the Issues dock: its fields, its history (who moved it, when, why) and the
// workflow actions allowed from its state — only those are offered. An action runs through
// ledger::transition, which stores the event; refusals come back as messages.
#include <QWidget>
#include <optional>

#include "core/error.h"
#include "ledger/workflow.h"

class QDateTimeEdit;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ga::app {

class ProjectSession;

class IssueForm : public QWidget {
    Q_OBJECT

public:
    explicit IssueForm(QWidget* parent = nullptr);

    /// Shows issue `id` (row id) of `session`'s project; nullopt clears the form.
    void showIssue(ProjectSession* session, std::optional<int64_t> id);
    std::optional<int64_t> issue() const { return issue_; }

    /// Runs `action` with the note and deadline typed in the form (for buttons and tests).
    Result<void> act(ledger::Action action);
    /// The buttons on offer now, one per allowed action.
    QList<QPushButton*> actionButtons() const;
    QLineEdit& noteEdit() const { return *note_; }
    QDateTimeEdit& deadlineEdit() const { return *deadline_; }
    QTableWidget& history() const { return *history_; }

signals:
    /// An action was stored: the ledger changed.
    void transitioned(qint64 issue);
    /// "Show it on the map."
    void zoomRequested(qint64 issue);

private:
    void refresh();

    ProjectSession* session_ = nullptr;
    std::optional<int64_t> issue_;
    QLabel* title_;
    QFormLayout* fields_;
    QTableWidget* history_;
    QHBoxLayout* actions_;
    QLineEdit* note_;
    QDateTimeEdit* deadline_;
    QPushButton* zoom_;
};

}  // namespace ga::app
