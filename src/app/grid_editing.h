#pragma once
// Grid editing in the workstation: the edit workspace of the open project (loaded on first use),
// the editing tools and actions (split line, boundary drag, move buildings, merge, suggested
// split, a new grid, retire; buildings added, reshaped and deleted), the Problems and History docks, and every committed edit on the session's undo
// stack. The geometry work is the edit library's; this wires it to the window.
#include <QAction>
#include <QObject>
#include <memory>
#include <optional>

#include "edit/edit_plan.h"
#include "edit/workspace.h"

namespace ga::app {

class MainWindow;
class ProjectSession;
class SplitTool;
class VertexTool;
class MoveBuildingsTool;
class CreateGridTool;
class AddBuildingTool;
class ReshapeBuildingTool;
class ProblemsDock;
class HistoryDock;

class GridEditing : public QObject {
    Q_OBJECT

public:
    /// Adds the grid-editing menu, toolbar, tools and docks to `window`.
    explicit GridEditing(MainWindow& window);
    ~GridEditing() override;

    /// The project now open (null: none); the workspace is loaded when an edit first needs it.
    void setSession(ProjectSession* session);
    ProjectSession* session() const { return session_; }

    /// The edit workspace of the open project (loaded now if need be); null without a writable
    /// project or when it cannot be read (the status bar says why).
    edit::Workspace* workspace();

    /// Commits `plan` as one undoable step named `text`; shows the error and returns false when
    /// it is refused. Warnings go to the status bar.
    bool commit(const edit::EditPlan& plan, const QString& text);
    /// Undoes edit `editId` (an undo-stack step); returns the undo entry's id, 0 on failure.
    int64_t undo(int64_t editId);

    /// Shows a refused edit's message.
    void refuse(const QString& title, const QString& message);

    SplitTool& splitTool() const { return *splitTool_; }
    VertexTool& vertexTool() const { return *vertexTool_; }
    MoveBuildingsTool& moveBuildingsTool() const { return *moveTool_; }
    CreateGridTool& createGridTool() const { return *createGridTool_; }
    AddBuildingTool& addBuildingTool() const { return *addBuildingTool_; }
    ReshapeBuildingTool& reshapeBuildingTool() const { return *reshapeBuildingTool_; }
    ProblemsDock& problems() const { return *problems_; }
    HistoryDock& history() const { return *history_; }
    QAction* action(const char* objectName) const;

    /// Merges the selected grids (asks which code, name and staff stay).
    void mergeSelected();
    /// Proposes a split of the selected grid in the split tool, ready to adjust and accept.
    void suggestSplitOfSelected();
    /// Selects the best merge partner of the selected grid and asks how to merge them.
    void suggestMergeOfSelected();
    /// Retires the selected grid into the neighbour chosen (default: the longest shared boundary).
    void retireSelected();
    /// Deletes the selected buildings (after asking, with the households that go back to the
    /// geocoding review queue); one undo step.
    void deleteSelectedBuildings();
    /// Runs every rule and shows the Problems dock.
    void validateNow();
    /// Shows the History dock in front.
    void showHistory();

signals:
    /// Grids, buildings or links changed (an edit, an undo, a roll-back).
    void changed();

private:
    /// Brings the map, docks and workspace up to date after `changes` were committed (nullopt:
    /// unknown, everything is read again).
    void afterChange(const std::optional<store::ChangeSet>& changes);
    /// After a roll-back that wrote the undo entries `undone`.
    void rolledBack(const std::vector<int64_t>& undone);
    void updateActions();
    std::optional<QString> singleSelectedGridCode() const;

    MainWindow& window_;
    ProjectSession* session_ = nullptr;
    std::optional<edit::Workspace> workspace_;
    bool stale_ = true;
    bool ownEdit_ = false;
    std::unique_ptr<SplitTool> splitTool_;
    std::unique_ptr<VertexTool> vertexTool_;
    std::unique_ptr<MoveBuildingsTool> moveTool_;
    std::unique_ptr<CreateGridTool> createGridTool_;
    std::unique_ptr<AddBuildingTool> addBuildingTool_;
    std::unique_ptr<ReshapeBuildingTool> reshapeBuildingTool_;
    ProblemsDock* problems_ = nullptr;
    HistoryDock* history_ = nullptr;
    QAction* split_ = nullptr;
    QAction* reshape_ = nullptr;
    QAction* moveBuildings_ = nullptr;
    QAction* merge_ = nullptr;
    QAction* suggest_ = nullptr;
    QAction* suggestMerge_ = nullptr;
    QAction* retire_ = nullptr;
    QAction* createGrid_ = nullptr;
    QAction* addBuilding_ = nullptr;
    QAction* reshapeBuilding_ = nullptr;
    QAction* deleteBuildings_ = nullptr;
    QAction* validate_ = nullptr;
};

}  // namespace ga::app
