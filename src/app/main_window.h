#pragma once
// The workstation window: map canvas in the centre; layers, overview, identify and grid table
// docks; menus and toolbars from ui/main_window.ui. It wires the pieces together and holds no
// geometry or SQL of its own.
#include <QActionGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <memory>
#include <optional>
#include <vector>

#include "app/map_selection.h"
#include "app/map_tools.h"
#include "app/plugin_manager.h"
#include "app/project_session.h"
#include "geo/crs.h"
#include "render/map_style.h"
#include "store/feature_search.h"

namespace Ui {
class MainWindow;
}

namespace ga::app {

class MapCanvas;
class BasemapPanel;
class ProjectOpening;
class GridEditing;
class GridTablePanel;
class IdentifyPanel;
class IssuesDock;
class LayerPanel;
class OverviewMap;
class ReviewDock;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const PluginManager& plugins, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens `path` in this window (closing the project open before); the error is for a message box.
    Result<void> openProject(const QString& path);
    void closeProject();
    ProjectSession* session() const { return session_.get(); }

    MapCanvas& canvas() const;
    GridTablePanel& gridTable() const;
    IdentifyPanel& identifyPanel() const;
    LayerPanel& layerPanel() const;
    OverviewMap& overview() const;
    BasemapPanel& basemapPanel() const { return *basemaps_; }
    ReviewDock& reviewDock() const { return *review_; }
    GridEditing& gridEditing() const { return *editing_; }
    IssuesDock& issuesDock() const { return *issues_; }
    MapSelection& selection() { return selection_; }
    QLineEdit& searchBox() { return *search_; }

    /// Identifies what lies at map point `p` and shows it in the identify dock.
    void identifyAt(geo::Point p, double toleranceMetres);
    /// Finds features matching `text` (grid code or name, compound + building number, road).
    std::vector<store::SearchHit> search(const QString& text);
    /// Zooms to a search hit and selects it (grids and buildings).
    void goTo(const store::SearchHit& hit);
    /// Zooms to the grid with store id `gridId` and selects it.
    void zoomToGrid(qint64 gridId);
    /// Activates a tool by its action (pan, identify, select, ...).
    void activateTool(QAction* action);
    QAction* action(const char* objectName) const;
    /// Puts a map tool behind a checkable action (the grid-editing tools): it joins the tool group.
    void addMapTool(QAction* action, plugin::MapTool* tool);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setupStatusBar();
    void setupTools();
    void setupPluginActions();
    void connectUi();
    void updateActions();
    void updateTitle();
    void updateRecentMenu();
    void updateScaleDisplay();
    void showCursor(geo::Point p);
    void selectionChanged();
    void styleChanged(const render::MapStyle& style);
    void modelChanged();
    void zoomToSelection();
    void runSearch();
    void editGrid();
    void editBuilding();
    void editStaff(const QString& gridCode);
    void newProject();
    void openProjectDialog();
    void openAndReport(const QString& path);
    void importData();
    void importWithPlugin(plugin::ImporterPlugin* importer);
    void afterImport();
    void showPlugins();
    void showPreferences();
    void showAbout();
    std::optional<qint64> singleSelectedGrid() const;
    QString gridCodeOf(qint64 gridId) const;

    std::unique_ptr<Ui::MainWindow> ui_;
    const PluginManager& plugins_;
    std::unique_ptr<ProjectSession> session_;
    render::MapStyle style_ = render::MapStyle::defaults();
    MapSelection selection_;
    QHash<qint64, uint32_t> gridIndex_, buildingIndex_;  ///< store id → model index
    std::optional<geo::Transformer> toLonLat_;

    QActionGroup* toolGroup_ = nullptr;
    std::unique_ptr<PanTool> panTool_;
    std::unique_ptr<IdentifyTool> identifyTool_;
    std::unique_ptr<SelectTool> selectTool_, selectRectTool_;
    std::unique_ptr<MeasureTool> measureDistanceTool_, measureAreaTool_;
    std::vector<std::unique_ptr<plugin::MapTool>> pluginTools_;
    QHash<QAction*, plugin::MapTool*> toolOf_;

    QLineEdit* search_ = nullptr;
    ReviewDock* review_ = nullptr;
    QLabel* coordinates_ = nullptr;
    QLabel* readOnly_ = nullptr;
    QComboBox* scale_ = nullptr;
    BasemapPanel* basemaps_ = nullptr;
    ProjectOpening* opening_ = nullptr;  ///< reads a project's map off the UI thread, showing the progress
    GridEditing* editing_ = nullptr;
    IssuesDock* issues_ = nullptr;
};

}  // namespace ga::app
