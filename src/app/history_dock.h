#pragma once
// The History dock: the edit log, newest first — who did what and when, and what is undone — and
// rolling the project back to just after any edit (the roll-back is itself logged).
#include <QDockWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <vector>

#include "store/edit_history.h"

namespace ga::app {

class HistoryDock : public QDockWidget {
    Q_OBJECT

public:
    explicit HistoryDock(QWidget* parent = nullptr);

    void setEntries(const std::vector<store::HistoryEntry>& entries);
    void clear();
    QTreeWidget& list() const { return *list_; }

signals:
    /// Roll back to just after edit `editId`.
    void rollbackRequested(qint64 editId);

private:
    QTreeWidget* list_ = nullptr;
    QPushButton* rollback_ = nullptr;
};

}  // namespace ga::app
