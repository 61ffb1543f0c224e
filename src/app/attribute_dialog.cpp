#include "app/attribute_dialog.h"

#include <QIntValidator>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

#include "app/attribute_edit_command.h"
#include "app/translations.h"
#include "ui_attribute_dialog.h"

namespace ga::app {

Result<std::unique_ptr<AttributeDialog>> AttributeDialog::create(ProjectSession& session, store::Layer layer,
                                                                 int64_t id, QWidget* parent) {
    auto values = store::readAttributes(session.project(), layer, id);
    if (!values) return std::unexpected(values.error());
    return std::unique_ptr<AttributeDialog>(new AttributeDialog(session, std::move(*values), parent));
}

AttributeDialog::AttributeDialog(ProjectSession& session, store::FeatureAttributes values, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::AttributeDialog>()), session_(session), values_(std::move(values)) {
    ui_->setupUi(this);
    const store::LayerDef& def = store::layerDef(values_.layer);
    setWindowTitle(tr("%1属性").arg(layerName(values_.layer)));
    const bool readOnly = session_.isReadOnly();
    ui_->heading->setText(readOnly ? tr("项目以只读方式打开，不能修改。")
                                   : tr("修改后保存；每次保存记入编辑日志，可撤销。"));
    editors_.assign(def.fields.size(), nullptr);
    for (size_t i = 0; i < def.fields.size(); ++i) {
        const store::FieldDef& f = def.fields[i];
        if (f.personal || f.type == store::FieldType::Blob) continue;
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromUtf8(f.name.data(), static_cast<qsizetype>(f.name.size())));
        edit->setText(values_.values[i] ? QString::fromStdString(*values_.values[i]) : QString());
        if (f.type == store::FieldType::Integer) edit->setValidator(new QIntValidator(0, 2'000'000'000, edit));
        if (f.type == store::FieldType::Date) {
            edit->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), edit));
        }
        // The key (grid code) changes only through split and merge.
        const bool key = f.name == def.key;
        edit->setReadOnly(readOnly || key);
        if (key) edit->setToolTip(tr("编码只随网格拆分、合并而改变"));
        QString label = fieldLabel(f);
        if (f.required) label += QStringLiteral(" *");
        ui_->form->addRow(label, edit);
        editors_[i] = edit;
    }
    QPushButton* saveButton = ui_->buttons->button(QDialogButtonBox::Save);
    saveButton->setEnabled(!readOnly);
    connect(saveButton, &QPushButton::clicked, this, &AttributeDialog::save);
}

AttributeDialog::~AttributeDialog() = default;

QLineEdit* AttributeDialog::editor(std::string_view field) const {
    const int i = store::fieldIndex(store::layerDef(values_.layer), field);
    return i < 0 ? nullptr : editors_[static_cast<size_t>(i)];
}

bool AttributeDialog::save() {
    store::FeatureAttributes after = values_;
    for (size_t i = 0; i < editors_.size(); ++i) {
        if (!editors_[i]) continue;
        const QString text = editors_[i]->text().trimmed();
        after.values[i] = text.isEmpty() ? std::nullopt : std::optional<std::string>(text.toStdString());
    }
    auto r = saveAndRecord(session_, after, tr("修改%1属性").arg(layerName(values_.layer)));
    if (!r) {
        ui_->message->setText(QString::fromStdString(r.error().message));
        return false;
    }
    accept();
    return true;
}

}  // namespace ga::app
