#include "app/layer_style_dialog.h"

#include <QColorDialog>
#include <QPushButton>

#include "app/layer_panel.h"
#include "app/translations.h"
#include "ui_layer_style_dialog.h"

namespace ga::app {
namespace {

void paintSwatch(QPushButton* button, const QColor& c) {
    button->setText(c.isValid() ? c.name() : LayerStyleDialog::tr("无"));
    button->setStyleSheet(
        c.isValid() ? QStringLiteral("QPushButton { background-color: %1; color: %2; }")
                          .arg(c.name(), c.lightness() > 140 ? QStringLiteral("black") : QStringLiteral("white"))
                    : QString());
}

}  // namespace

LayerStyleDialog::LayerStyleDialog(store::Layer layer, const render::LayerStyle& style, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::LayerStyleDialog>()), layer_(layer), style_(style) {
    ui_->setupUi(this);
    setWindowTitle(tr("图层样式：%1").arg(layerName(layer)));
    for (const std::string& f : render::labelFields(layer))
        ui_->fieldCombo->addItem(labelFieldName(f), QString::fromStdString(f));
    // Grid fills come from the household status, not from one colour.
    const bool statusFilled = layer == store::Layer::Grids;
    ui_->fillButton->setEnabled(!statusFilled);
    if (statusFilled) ui_->fillButton->setToolTip(tr("网格按户数状态着色"));
    connect(ui_->fillButton, &QPushButton::clicked, this, [this] { pickColour(style_.fill, ui_->fillButton); });
    connect(ui_->strokeButton, &QPushButton::clicked, this, [this] { pickColour(style_.stroke, ui_->strokeButton); });
    connect(ui_->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const render::LayerStyle defaults = render::MapStyle::defaults().layer(layer_);
        const bool visible = style_.visible;
        const double opacity = style_.opacity;
        style_ = defaults;
        style_.visible = visible;
        style_.opacity = opacity;
        display(style_);
    });
    display(style_);
}

LayerStyleDialog::~LayerStyleDialog() = default;

void LayerStyleDialog::display(const render::LayerStyle& s) {
    paintSwatch(ui_->fillButton, s.fill);
    paintSwatch(ui_->strokeButton, s.stroke);
    ui_->widthSpin->setValue(s.strokeWidth);
    ui_->labelsCheck->setChecked(s.labels);
    const int i = ui_->fieldCombo->findData(QString::fromStdString(s.labelField));
    ui_->fieldCombo->setCurrentIndex(i < 0 ? 0 : i);
    ui_->fieldCombo->setEnabled(ui_->fieldCombo->count() > 0);
    ui_->labelsCheck->setEnabled(ui_->fieldCombo->count() > 0);
}

void LayerStyleDialog::pickColour(QColor& colour, QPushButton* button) {
    const QColor c = QColorDialog::getColor(colour.isValid() ? colour : QColor(Qt::gray), this, tr("选择颜色"),
                                            QColorDialog::ShowAlphaChannel);
    if (!c.isValid()) return;
    colour = c;
    paintSwatch(button, c);
}

render::LayerStyle LayerStyleDialog::style() const {
    render::LayerStyle s = style_;
    s.strokeWidth = ui_->widthSpin->value();
    s.labels = ui_->labelsCheck->isChecked();
    if (ui_->fieldCombo->count() > 0) s.labelField = ui_->fieldCombo->currentData().toString().toStdString();
    return s;
}

}  // namespace ga::app
