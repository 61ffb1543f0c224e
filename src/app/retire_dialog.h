#pragma once
// Asks which neighbour takes a retired grid's area, buildings and issues: the grids of the same
// community that share a boundary with it, longest shared boundary first, each with the households
// it would hold afterwards and that count's rule status. The first whose result stays in range is
// chosen at first (the longest boundary when none does).
#include <QDialog>
#include <QListWidget>
#include <string>

#include "edit/workspace.h"

namespace ga::app {

class RetireDialog : public QDialog {
    Q_OBJECT

public:
    /// For grid slot `grid` of `workspace`, which has at least one neighbour in its community.
    RetireDialog(const edit::Workspace& workspace, size_t grid, QWidget* parent = nullptr);

    /// The code of the neighbour chosen.
    std::string neighbour() const;
    /// The list of neighbours (for tests and keyboard users).
    QListWidget& neighbours() const { return *list_; }

signals:
    /// Another neighbour was chosen (to show it on the map).
    void neighbourChosen(const QString& code);

private:
    QListWidget* list_ = nullptr;
};

}  // namespace ga::app
