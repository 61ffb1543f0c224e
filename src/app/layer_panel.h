#pragma once
// The layers dock: visibility, draw order, opacity and per-layer style of the map, and the grid
// status legend. Every change is emitted as a whole new MapStyle.
#include <QWidget>
#include <memory>

#include "core/household_range.h"
#include "render/map_style.h"

namespace Ui {
class LayerPanel;
}

namespace ga::app {

class LayerPanel : public QWidget {
    Q_OBJECT

public:
    explicit LayerPanel(QWidget* parent = nullptr);
    ~LayerPanel() override;

    /// Shows `style` (and the project's household range in the legend) without emitting.
    void setStyle(const render::MapStyle& style, const HouseholdRange& range);
    const render::MapStyle& style() const { return style_; }

    /// Switches a layer on or off as the check box does.
    void setLayerVisible(store::Layer layer, bool visible);
    /// Makes `layer` the current row (style button and opacity act on it).
    void selectLayer(store::Layer layer);

signals:
    void styleChanged(const ga::render::MapStyle& style);

private:
    void rebuildList();
    void orderFromList();
    void currentChanged();
    void move(int delta);
    void editStyle();
    std::optional<store::Layer> currentLayer() const;
    void updateLegend();

    std::unique_ptr<Ui::LayerPanel> ui_;
    render::MapStyle style_ = render::MapStyle::defaults();
    HouseholdRange range_;
    bool updating_ = false;
};

/// The label field's name in the UI language ("auto" → 自动（编码、名称、户数）).
QString labelFieldName(const std::string& field);

}  // namespace ga::app
