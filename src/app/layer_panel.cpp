#include "app/layer_panel.h"

#include <QListWidgetItem>

#include "app/layer_style_dialog.h"
#include "app/translations.h"
#include "ui_layer_panel.h"

namespace ga::app {
namespace {
constexpr int kLayerRole = Qt::UserRole + 1;
}

QString labelFieldName(const std::string& field) {
    if (field == "auto") return LayerPanel::tr("自动（编码、名称、户数）");
    if (field == "code") return LayerPanel::tr("编码");
    if (field == "name") return LayerPanel::tr("名称");
    if (field == "households") return LayerPanel::tr("户数");
    if (field == "number") return LayerPanel::tr("楼栋号");
    if (field == "kind") return LayerPanel::tr("类型");
    if (field == "category") return LayerPanel::tr("类别");
    if (field == "state") return LayerPanel::tr("状态");
    if (field == "severity") return LayerPanel::tr("等级");
    return QString::fromStdString(field);
}

LayerPanel::LayerPanel(QWidget* parent) : QWidget(parent), ui_(std::make_unique<Ui::LayerPanel>()) {
    ui_->setupUi(this);
    connect(ui_->layerList, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (updating_) return;
        const auto layer = static_cast<store::Layer>(item->data(kLayerRole).toInt());
        style_.layer(layer).visible = item->checkState() == Qt::Checked;
        emit styleChanged(style_);
    });
    // Drag and drop reorders the rows; the model's rowsMoved tells us when.
    connect(ui_->layerList->model(), &QAbstractItemModel::rowsMoved, this, &LayerPanel::orderFromList);
    connect(ui_->layerList, &QListWidget::currentRowChanged, this, &LayerPanel::currentChanged);
    connect(ui_->upButton, &QToolButton::clicked, this, [this] { move(-1); });
    connect(ui_->downButton, &QToolButton::clicked, this, [this] { move(1); });
    connect(ui_->styleButton, &QPushButton::clicked, this, &LayerPanel::editStyle);
    connect(ui_->layerList, &QListWidget::itemDoubleClicked, this, &LayerPanel::editStyle);
    connect(ui_->opacitySlider, &QSlider::valueChanged, this, [this](int v) {
        ui_->opacityValue->setText(QStringLiteral("%1%").arg(v));
        const auto layer = currentLayer();
        if (updating_ || !layer) return;
        style_.layer(*layer).opacity = v / 100.0;
        emit styleChanged(style_);
    });
    rebuildList();
}

LayerPanel::~LayerPanel() = default;

void LayerPanel::setStyle(const render::MapStyle& style, const HouseholdRange& range) {
    style_ = style;
    range_ = range;
    rebuildList();
}

void LayerPanel::setLayerVisible(store::Layer layer, bool visible) {
    for (int r = 0; r < ui_->layerList->count(); ++r) {
        QListWidgetItem* item = ui_->layerList->item(r);
        if (item->data(kLayerRole).toInt() == static_cast<int>(layer))
            item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
    }
}

void LayerPanel::selectLayer(store::Layer layer) {
    for (int r = 0; r < ui_->layerList->count(); ++r)
        if (ui_->layerList->item(r)->data(kLayerRole).toInt() == static_cast<int>(layer))
            ui_->layerList->setCurrentRow(r);
}

void LayerPanel::rebuildList() {
    updating_ = true;
    const auto current = currentLayer();
    ui_->layerList->clear();
    // The list shows the top layer first; style_.order runs bottom to top.
    for (auto it = style_.order.rbegin(); it != style_.order.rend(); ++it) {
        auto* item = new QListWidgetItem(layerName(*it), ui_->layerList);
        item->setData(kLayerRole, static_cast<int>(*it));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(style_.layer(*it).visible ? Qt::Checked : Qt::Unchecked);
    }
    updating_ = false;
    // The grids are what operators restyle most: they are the current row to begin with.
    selectLayer(current.value_or(store::Layer::Grids));
    if (!ui_->layerList->currentItem() && ui_->layerList->count() > 0) ui_->layerList->setCurrentRow(0);
    currentChanged();
    updateLegend();
}

void LayerPanel::orderFromList() {
    std::vector<store::Layer> order;
    for (int r = ui_->layerList->count() - 1; r >= 0; --r)
        order.push_back(static_cast<store::Layer>(ui_->layerList->item(r)->data(kLayerRole).toInt()));
    if (order == style_.order) return;
    style_.order = std::move(order);
    emit styleChanged(style_);
}

std::optional<store::Layer> LayerPanel::currentLayer() const {
    const QListWidgetItem* item = ui_->layerList->currentItem();
    if (!item) return std::nullopt;
    return static_cast<store::Layer>(item->data(kLayerRole).toInt());
}

void LayerPanel::currentChanged() {
    const auto layer = currentLayer();
    ui_->styleButton->setEnabled(layer.has_value());
    ui_->opacitySlider->setEnabled(layer.has_value());
    ui_->upButton->setEnabled(layer && ui_->layerList->currentRow() > 0);
    ui_->downButton->setEnabled(layer && ui_->layerList->currentRow() < ui_->layerList->count() - 1);
    if (!layer) return;
    const bool was = updating_;
    updating_ = true;
    ui_->opacitySlider->setValue(static_cast<int>(std::lround(style_.layer(*layer).opacity * 100)));
    updating_ = was;
}

void LayerPanel::move(int delta) {
    const int row = ui_->layerList->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= ui_->layerList->count()) return;
    updating_ = true;
    QListWidgetItem* item = ui_->layerList->takeItem(row);
    ui_->layerList->insertItem(to, item);
    ui_->layerList->setCurrentRow(to);
    updating_ = false;
    orderFromList();
    currentChanged();
}

void LayerPanel::editStyle() {
    const auto layer = currentLayer();
    if (!layer) return;
    LayerStyleDialog dialog(*layer, style_.layer(*layer), this);
    if (dialog.exec() != QDialog::Accepted) return;
    style_.layer(*layer) = dialog.style();
    emit styleChanged(style_);
}

void LayerPanel::updateLegend() {
    auto swatch = [](const QColor& c) {
        return QStringLiteral("<span style=\"background-color:%1;color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>")
            .arg(c.name());
    };
    ui_->legend->setText(
        tr("<b>网格户数</b><br>%1 户数不足（少于 %2 户）<br>%3 户数达标（%2–%4 户）<br>%5 户数超标（多于 %4 户）")
            .arg(swatch(style_.statusColour(RangeStatus::Under)))
            .arg(range_.min)
            .arg(swatch(style_.statusColour(RangeStatus::In)))
            .arg(range_.max)
            .arg(swatch(style_.statusColour(RangeStatus::Over))));
}

}  // namespace ga::app
