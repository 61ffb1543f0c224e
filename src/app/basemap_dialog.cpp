#include "app/basemap_dialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace ga::app {
namespace {

// What the worker thread hands back; shared, so the dialog may close before the worker ends.
struct Check {
    Result<std::unique_ptr<io::BasemapSource>> opened = fail("not checked");
};

}  // namespace

QString BasemapDialog::tiandituExample() {
    return QStringLiteral(
        "http://t0.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=img&STYLE=default"
        "&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=");
}

BasemapDialog::BasemapDialog(int srid, QWidget* parent) : QDialog(parent), srid_(srid) {
    setObjectName(QStringLiteral("basemapDialog"));
    setWindowTitle(tr("添加底图"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);

    fileChoice_ = new QRadioButton(tr("本地影像文件（GeoTIFF 正射影像、MBTiles 等）"), this);
    serviceChoice_ = new QRadioButton(tr("瓦片服务（XYZ 模板或 WMTS，如内网天地图）"), this);
    auto* choice = new QButtonGroup(this);
    choice->addButton(fileChoice_);
    choice->addButton(serviceChoice_);
    fileChoice_->setChecked(true);

    file_ = new QLineEdit(this);
    file_->setObjectName(QStringLiteral("basemapFile"));
    auto* browse = new QPushButton(tr("浏览…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file_);
    fileRow->addWidget(browse);

    url_ = new QLineEdit(this);
    url_->setObjectName(QStringLiteral("basemapUrl"));
    url_->setPlaceholderText(QStringLiteral("http://…/{z}/{x}/{y}.png"));
    url_->setToolTip(
        tr("XYZ 瓦片地址模板，用 {z}、{x}、{y}（TMS 用 {-y}）表示级别、列、行；"
           "或 WMTS 服务的 GetCapabilities 地址"));
    auto* example = new QPushButton(tr("天地图示例"), this);
    example->setToolTip(tr("填入天地图影像（球面墨卡托）的地址模板；tk= 后填写本单位的密钥"));
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(url_);
    urlRow->addWidget(example);

    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("basemapName"));
    attribution_ = new QLineEdit(this);
    attribution_->setPlaceholderText(tr("如 © 天地图、© 某某县自然资源局"));
    opacity_ = new QSpinBox(this);
    opacity_->setRange(0, 100);
    opacity_->setValue(100);
    opacity_->setSuffix(QStringLiteral("%"));

    auto* form = new QFormLayout;
    form->addRow(fileChoice_);
    form->addRow(fileRow);
    form->addRow(serviceChoice_);
    form->addRow(urlRow);
    form->addRow(tr("名称"), name_);
    form->addRow(tr("版权注记"), attribution_);
    form->addRow(tr("不透明度"), opacity_);
    layout->addLayout(form);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("basemapStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(status_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons_);

    connect(buttons_, &QDialogButtonBox::accepted, this, &BasemapDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("选择底图影像"), file_->text(),
            tr("栅格影像 (*.tif *.tiff *.mbtiles *.gpkg *.jpg *.jpeg *.png *.jp2 *.img *.vrt);;所有文件 (*)"));
        if (!path.isEmpty()) setSource(path);
    });
    connect(example, &QPushButton::clicked, this, [this] { setSource(tiandituExample()); });
    connect(file_, &QLineEdit::textEdited, this, [this] {
        fileChoice_->setChecked(true);
        sourceChanged();
    });
    connect(url_, &QLineEdit::textEdited, this, [this] {
        serviceChoice_->setChecked(true);
        sourceChanged();
    });
    connect(fileChoice_, &QRadioButton::toggled, this, &BasemapDialog::sourceChanged);
    connect(name_, &QLineEdit::textEdited, this, [this] { nameEdited_ = true; });
    connect(attribution_, &QLineEdit::textEdited, this, [this] { attributionEdited_ = true; });
    sourceChanged();
}

BasemapDialog::~BasemapDialog() = default;

void BasemapDialog::setSource(const QString& pathOrUrl) {
    const bool url = io::isBasemapUrl(pathOrUrl.toStdString());
    (url ? url_ : file_)->setText(pathOrUrl);
    (url ? serviceChoice_ : fileChoice_)->setChecked(true);
    sourceChanged();
}

QString BasemapDialog::sourceText() const { return (fileChoice_->isChecked() ? file_ : url_)->text().trimmed(); }

void BasemapDialog::sourceChanged() {
    file_->setEnabled(fileChoice_->isChecked());
    url_->setEnabled(serviceChoice_->isChecked());
    const std::string source = sourceText().toStdString();
    if (!nameEdited_)
        name_->setText(source.empty() ? QString() : QString::fromStdString(io::suggestedBasemapName(source)));
    if (!attributionEdited_) attribution_->setText(QString::fromStdString(io::knownAttribution(source)));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!source.empty() && !checking_);
    showProblem({});
}

void BasemapDialog::showProblem(const QString& text) {
    problem_ = text;
    status_->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    status_->setText(text);
}

store::BasemapSetting BasemapDialog::setting() const {
    store::BasemapSetting s;
    s.source = source_ ? source_->source() : sourceText().toStdString();
    s.name = name_->text().trimmed().toStdString();
    s.attribution = attribution_->text().trimmed().toStdString();
    s.opacity = opacity_->value() / 100.0;
    return s;
}

void BasemapDialog::accept() {
    if (checking_) return;
    QString source = sourceText();
    if (source.isEmpty()) return;
    if (name_->text().trimmed().isEmpty()) {
        showProblem(tr("请给底图起个名称"));
        return;
    }
    // A file is kept by its absolute path, so the project finds it from anywhere.
    if (fileChoice_->isChecked()) source = QFileInfo(source).absoluteFilePath();
    checking_ = true;
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
    status_->setStyleSheet({});
    status_->setText(tr("正在打开 %1…").arg(source));
    // Opening a tile service may wait on the network: never on the UI thread. The worker owns
    // its result, so closing the dialog meanwhile is safe; the thread deletes itself.
    auto check = std::make_shared<Check>();
    const std::string path = source.toStdString();
    const int srid = srid_;
    QThread* worker = QThread::create([check, path, srid] {
        auto opened = io::BasemapSource::open(path, srid);
        if (opened) {
            if (auto probe = (*opened)->probe(); !probe) opened = std::unexpected(probe.error());
        }
        check->opened = std::move(opened);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, check] {
        checking_ = false;
        buttons_->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!check->opened) {
            showProblem(tr("无法添加底图：%1").arg(QString::fromStdString(check->opened.error().message)));
            return;
        }
        source_ = std::shared_ptr<const io::BasemapSource>(std::move(*check->opened));
        showProblem({});
        QDialog::accept();
    });
    worker->start();
}

}  // namespace ga::app
