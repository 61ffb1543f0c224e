#include "app/identify_panel.h"

#include <QHeaderView>

#include "ui_identify_panel.h"

namespace ga::app {

IdentifyPanel::IdentifyPanel(QWidget* parent) : QWidget(parent), ui_(std::make_unique<Ui::IdentifyPanel>()) {
    ui_->setupUi(this);
    ui_->tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(ui_->editGridButton, &QPushButton::clicked, this, [this] {
        if (result_.gridId) emit editGridRequested(*result_.gridId);
    });
    connect(ui_->editBuildingButton, &QPushButton::clicked, this, [this] {
        if (result_.buildingId) emit editBuildingRequested(*result_.buildingId);
    });
    connect(ui_->staffButton, &QPushButton::clicked, this, [this] {
        if (!result_.gridCode.isEmpty()) emit staffRequested(result_.gridCode);
    });
    updateButtons();
}

IdentifyPanel::~IdentifyPanel() = default;

void IdentifyPanel::showResult(const IdentifyResult& result) {
    result_ = result;
    ui_->tree->clear();
    ui_->hint->setText(result.isEmpty() ? tr("此处没有楼栋或网格") : tr("识别结果"));
    for (const IdentifySection& s : result.sections) {
        auto* top = new QTreeWidgetItem(ui_->tree, {s.title});
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const IdentifyRow& r : s.rows) new QTreeWidgetItem(top, {r.label, r.value});
    }
    ui_->tree->expandAll();
    updateButtons();
}

void IdentifyPanel::clear() { showResult({}); }

void IdentifyPanel::setEditable(bool editable) {
    editable_ = editable;
    updateButtons();
}

void IdentifyPanel::updateButtons() {
    ui_->editGridButton->setEnabled(result_.gridId.has_value());
    ui_->editBuildingButton->setEnabled(result_.buildingId.has_value());
    ui_->staffButton->setEnabled(!result_.gridCode.isEmpty());
    const QString view = editable_ ? QString() : tr("（只读）");
    ui_->editGridButton->setToolTip(view);
    ui_->editBuildingButton->setToolTip(view);
}

}  // namespace ga::app
