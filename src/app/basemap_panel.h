#pragma once
// The basemaps in the layers dock, under the map's layers: each listed with its visibility,
// opacity and order (top first, as the layers above), 添加底图… and 移除. Every change is saved
// with the project (store::saveBasemaps) and handed to the canvas as new layers that keep the
// tiles already drawn.
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QSlider>
#include <QToolButton>
#include <map>

#include "app/project_session.h"
#include "render/basemap_layer.h"

namespace ga::app {

class BasemapPanel : public QWidget {
    Q_OBJECT

public:
    explicit BasemapPanel(QWidget* parent = nullptr);
    ~BasemapPanel() override;

    /// Puts a new panel under the widget `dock` shows (the layer panel) and returns it.
    static BasemapPanel* installUnder(QDockWidget& dock);

    /// Shows the basemaps of `session` (null: none) and emits layersChanged().
    void setSession(ProjectSession* session);

    /// Adds an opened basemap on top of the others and saves it; the error names the problem.
    Result<void> addBasemap(const store::BasemapSetting& setting, std::shared_ptr<const io::BasemapSource> source);
    /// Removes the basemap called `name` from the project.
    Result<void> removeBasemap(const std::string& name);
    /// Shows or hides a basemap, as its check box does.
    void setBasemapVisible(const std::string& name, bool visible);
    /// Sets a basemap's opacity (0–1), as the slider does.
    void setBasemapOpacity(const std::string& name, double opacity);

    /// The project's basemaps, bottom first, those that could not be opened included.
    const std::vector<store::BasemapSetting>& settings() const { return settings_; }
    /// The basemaps drawn, bottom first.
    render::BasemapLayers layers() const;

public slots:
    /// Asks for a basemap with BasemapDialog and adds it.
    void showAddDialog();

signals:
    /// The drawn basemaps changed (added, removed, shown, hidden, reordered, another opacity).
    void layersChanged(const ga::render::BasemapLayers& layers);
    /// A line for the status bar.
    void message(const QString& text);

private:
    void rebuildList();
    void changed();
    void move(int delta);
    void currentChanged();
    std::optional<size_t> currentIndex() const;
    store::BasemapSetting* find(const std::string& name);

    ProjectSession* session_ = nullptr;
    std::vector<store::BasemapSetting> settings_;                                ///< bottom first
    std::map<std::string, std::shared_ptr<const render::BasemapLayer>> opened_;  ///< by name
    std::map<std::string, std::string> problems_;  ///< why a basemap is not drawn, by name
    QListWidget* list_ = nullptr;
    QSlider* opacity_ = nullptr;
    QLabel* opacityValue_ = nullptr;
    QToolButton* up_ = nullptr;
    QToolButton* down_ = nullptr;
    QToolButton* add_ = nullptr;
    QToolButton* remove_ = nullptr;
    bool updating_ = false;
};

}  // namespace ga::app
