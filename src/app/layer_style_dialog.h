#pragma once
// Edits one layer's style: fill, stroke colour and width, labels and the label field.
#include <QDialog>
#include <memory>

#include "render/map_style.h"

namespace Ui {
class LayerStyleDialog;
}
class QPushButton;

namespace ga::app {

class LayerStyleDialog : public QDialog {
    Q_OBJECT

public:
    LayerStyleDialog(store::Layer layer, const render::LayerStyle& style, QWidget* parent = nullptr);
    ~LayerStyleDialog() override;

    /// The style as edited.
    render::LayerStyle style() const;

private:
    void display(const render::LayerStyle& s);
    void pickColour(QColor& colour, QPushButton* button);

    std::unique_ptr<Ui::LayerStyleDialog> ui_;
    store::Layer layer_;
    render::LayerStyle style_;
};

}  // namespace ga::app
