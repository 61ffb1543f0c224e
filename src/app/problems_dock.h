#pragma once
// The Problems dock: every broken grid rule with its grid(s) and a one-line reason; a double-click
// zooms to the spot and selects the grids.
#include <QDockWidget>
#include <QLabel>
#include <QStringList>
#include <QTreeWidget>

#include "edit/validation.h"

namespace ga::app {

class ProblemsDock : public QDockWidget {
    Q_OBJECT

public:
    explicit ProblemsDock(QWidget* parent = nullptr);

    /// Shows `report` (replacing what was shown).
    void show(const edit::ValidationReport& report, double milliseconds);
    /// Shows nothing (no project).
    void clear();
    /// The rows shown, for tests: rule id, grids, detail.
    int count() const { return list_->topLevelItemCount(); }
    QTreeWidget& list() const { return *list_; }

signals:
    /// Zoom to `box` and select `grids`.
    void zoomRequested(double minx, double miny, double maxx, double maxy, const QStringList& grids);
    void recheckRequested();

private:
    QTreeWidget* list_ = nullptr;
    QLabel* summary_ = nullptr;
    std::vector<edit::Violation> violations_;
};

}  // namespace ga::app
