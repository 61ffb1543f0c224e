#pragma once
// The Issues dock (事件): the ledger's filters, the list of issues passing them, the form of the
// chosen one with its workflow actions, and the map views of the ledger (symbols, heatmap with
// its time slider, per-grid choropleth) drawn as overlays on the canvas. Statistics and charts
// open in their own window. The window only hands it the session and the canvas.
#include <QDockWidget>
#include <memory>

#include "app/issue_ledger.h"

class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace ga::app {

class IssueFilterBar;
class IssueForm;
class IssueListModel;
class MapCanvas;
class NewIssueDialog;
class ProjectSession;
class StatisticsWindow;
class ThematicPanel;

class IssuesDock : public QDockWidget {
    Q_OBJECT

public:
    IssuesDock(MapCanvas& canvas, QWidget* parent = nullptr);
    ~IssuesDock() override;

    /// The open project (null: none); the ledger is read in the background.
    void setSession(ProjectSession* session);
    /// Reads the ledger again (after an import or edit elsewhere).
    void reload();

    IssueLedger& ledger() { return ledger_; }
    IssueFilterBar& filters() const { return *filters_; }
    IssueForm& form() const { return *form_; }
    ThematicPanel& thematic() const { return *thematic_; }
    QTableView& list() const { return *list_; }
    IssueListModel& listModel() const { return *model_; }
    /// Opens the form for reporting a new issue (上报事件); it closes itself.
    NewIssueDialog& showReportForm();
    /// Opens (or raises) the statistics window for the current filter.
    StatisticsWindow& showStatistics();

signals:
    /// The ledger was (re)loaded and the views follow it.
    void ledgerShown();

private:
    void ledgerLoaded(const QString& error);
    void filtersChanged();
    void updateOverlays();
    void showSelected();
    void zoomToIssue(qint64 id);

    MapCanvas& canvas_;
    ProjectSession* session_ = nullptr;
    IssueLedger ledger_;
    IssueFilterBar* filters_;
    QTabWidget* tabs_;
    QTableView* list_;
    IssueListModel* model_;
    QLabel* count_;
    QPushButton* report_ = nullptr;
    IssueForm* form_;
    ThematicPanel* thematic_;
    StatisticsWindow* statistics_ = nullptr;
    std::optional<int64_t> keepShown_;
};

}  // namespace ga::app
