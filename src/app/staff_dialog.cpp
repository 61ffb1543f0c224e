#include "app/staff_dialog.h"

#include <QBuffer>
#include <QFile>
#include <QFileDialog>
#include <QImageReader>
#include <QPushButton>

#include "app/attribute_edit_command.h"
#include "store/attribute_edits.h"
#include "store/grid_staff.h"
#include "ui_staff_dialog.h"

namespace ga::app {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
// Photos are kept small: a grid's wall map shows them at a few centimetres.
constexpr int kPhotoMaxSide = 600;
constexpr qint64 kPhotoKeepBytes = 512 * 1024;

int field(std::string_view name) { return store::fieldIndex(store::layerDef(store::Layer::Staff), name); }

}  // namespace

StaffDialog::StaffDialog(ProjectSession& session, const QString& gridCode, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::StaffDialog>()), session_(session), gridCode_(gridCode) {
    ui_->setupUi(this);
    setWindowTitle(tr("网格员：%1").arg(gridCode));
    const bool readOnly = session_.isReadOnly();
    ui_->heading->setText(readOnly ? tr("项目以只读方式打开，不能修改。")
                                   : tr("网格 %1 的网格长与网格员").arg(gridCode));
    ui_->addButton->setEnabled(!readOnly);
    ui_->buttons->button(QDialogButtonBox::Save)->setEnabled(!readOnly);
    ui_->choosePhotoButton->setEnabled(!readOnly);
    ui_->clearPhotoButton->setEnabled(!readOnly);
    connect(ui_->staffList, &QListWidget::currentRowChanged, this, &StaffDialog::selectRow);
    connect(ui_->addButton, &QPushButton::clicked, this, &StaffDialog::startNew);
    connect(ui_->buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &StaffDialog::save);
    connect(ui_->choosePhotoButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("选择照片"), QString(), tr("图片 (*.jpg *.jpeg *.png *.bmp)"));
        if (!path.isEmpty()) setPhotoFromFile(path);
    });
    connect(ui_->clearPhotoButton, &QPushButton::clicked, this, [this] {
        photo_.reset();
        showPhoto();
    });
    reloadList(std::nullopt);
}

StaffDialog::~StaffDialog() = default;

int StaffDialog::staffCount() const { return ui_->staffList->count(); }

void StaffDialog::reloadList(std::optional<int64_t> select) {
    ui_->staffList->blockSignals(true);
    ui_->staffList->clear();
    auto staff = store::staffOfGrid(session_.project(), gridCode_.toStdString());
    if (!staff) ui_->message->setText(QString::fromStdString(staff.error().message));
    int selectRowIndex = 0;
    for (const store::StaffMember& m : staff ? *staff : std::vector<store::StaffMember>{}) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1（%2）").arg(QString::fromStdString(m.name), QString::fromStdString(m.role)),
            ui_->staffList);
        item->setData(kIdRole, QVariant::fromValue<qint64>(m.id));
        if (select && m.id == *select) selectRowIndex = ui_->staffList->count() - 1;
    }
    ui_->staffList->blockSignals(false);
    if (ui_->staffList->count() > 0) {
        ui_->staffList->setCurrentRow(selectRowIndex);
        selectRow(selectRowIndex);
    } else {
        startNew();
    }
}

void StaffDialog::selectRow(int row) {
    if (row < 0 || row >= ui_->staffList->count()) return;
    const int64_t id = ui_->staffList->item(row)->data(kIdRole).toLongLong();
    auto a = store::readAttributes(session_.project(), store::Layer::Staff, id);
    if (!a) {
        ui_->message->setText(QString::fromStdString(a.error().message));
        return;
    }
    auto text = [&](std::string_view f) {
        const auto& v = a->values[static_cast<size_t>(field(f))];
        return v ? QString::fromStdString(*v) : QString();
    };
    current_ = id;
    setFields(text("name"), text("role"), text("phone"));
    photo_ = a->values[static_cast<size_t>(field("photo"))];
    showPhoto();
    ui_->message->clear();
}

void StaffDialog::startNew() {
    current_.reset();
    ui_->staffList->clearSelection();
    // Roles are data (the leader is found by 网格长 in the role), not UI text.
    setFields({}, QStringLiteral("专职网格员"), {});
    photo_.reset();
    showPhoto();
    ui_->nameEdit->setFocus();
}

void StaffDialog::setFields(const QString& name, const QString& role, const QString& phone) {
    ui_->nameEdit->setText(name);
    ui_->roleCombo->setCurrentText(role);
    ui_->phoneEdit->setText(phone);
}

bool StaffDialog::setPhotoFromFile(const QString& path) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        ui_->message->setText(tr("无法读取图片 %1：%2").arg(path, reader.errorString()));
        return false;
    }
    QFile file(path);
    if (file.size() <= kPhotoKeepBytes && std::max(image.width(), image.height()) <= kPhotoMaxSide &&
        file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.readAll();
        photo_ = bytes.toStdString();
    } else {
        const QImage small = image.scaled(kPhotoMaxSide, kPhotoMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        small.save(&buffer, "JPEG", 88);
        photo_ = bytes.toStdString();
    }
    ui_->message->clear();
    showPhoto();
    return true;
}

void StaffDialog::showPhoto() {
    QPixmap pixmap;
    if (photo_) pixmap.loadFromData(reinterpret_cast<const uchar*>(photo_->data()), static_cast<uint>(photo_->size()));
    if (pixmap.isNull()) {
        ui_->photo->setPixmap({});
        ui_->photo->setText(photo_ ? tr("照片无法显示") : tr("无照片"));
    } else {
        ui_->photo->setPixmap(pixmap.scaled(ui_->photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
}

bool StaffDialog::save() {
    store::FeatureAttributes row{store::Layer::Staff, current_.value_or(0), {}};
    row.values.resize(store::layerDef(store::Layer::Staff).fields.size());
    auto text = [](const QString& s) {
        const QString t = s.trimmed();
        return t.isEmpty() ? std::nullopt : std::optional<std::string>(t.toStdString());
    };
    row.values[static_cast<size_t>(field("name"))] = text(ui_->nameEdit->text());
    row.values[static_cast<size_t>(field("role"))] = text(ui_->roleCombo->currentText());
    row.values[static_cast<size_t>(field("phone"))] = text(ui_->phoneEdit->text());
    row.values[static_cast<size_t>(field("grid"))] = gridCode_.toStdString();
    row.values[static_cast<size_t>(field("photo"))] = photo_;
    std::optional<int64_t> saved;
    if (current_) {
        auto r = saveAndRecord(session_, row, tr("修改网格员"));
        if (!r) {
            ui_->message->setText(QString::fromStdString(r.error().message));
            return false;
        }
        saved = current_;
    } else {
        auto id = store::insertAttributes(session_.project(), row, session_.operatorName());
        if (!id) {
            ui_->message->setText(QString::fromStdString(id.error().message));
            return false;
        }
        saved = *id;
        if (auto r = session_.afterEdit(store::Layer::Staff); !r)
            ui_->message->setText(QString::fromStdString(r.error().message));
    }
    reloadList(saved);
    return true;
}

}  // namespace ga::app
