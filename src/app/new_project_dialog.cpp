#include "app/new_project_dialog.h"

#include <QFileDialog>
#include <QPushButton>

#include "app/app_settings.h"
#include "geo/crs.h"
#include "store/project.h"
#include "ui_new_project_dialog.h"

namespace ga::app {

NewProjectDialog::NewProjectDialog(QWidget* parent) : QDialog(parent), ui_(std::make_unique<Ui::NewProjectDialog>()) {
    ui_->setupUi(this);
    connect(ui_->browseButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("新建项目"), ui_->fileEdit->text(), tr("网格图谱项目 (*.sqlite)"));
        if (!path.isEmpty())
            ui_->fileEdit->setText(path.endsWith(QLatin1String(".sqlite")) ? path : path + QStringLiteral(".sqlite"));
    });
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::create);
}

NewProjectDialog::~NewProjectDialog() = default;

void NewProjectDialog::setValues(const QString& path, const QString& name, const QString& division,
                                 const QString& crs) {
    ui_->fileEdit->setText(path);
    ui_->nameEdit->setText(name);
    ui_->divisionEdit->setText(division);
    ui_->crsEdit->setText(crs);
}

bool NewProjectDialog::create() {
    const QString path = ui_->fileEdit->text().trimmed();
    if (path.isEmpty()) {
        ui_->message->setText(tr("请选择项目文件的位置。"));
        return false;
    }
    store::ProjectSettings s;
    s.name = ui_->nameEdit->text().trimmed().toStdString();
    s.division = ui_->divisionEdit->text().trimmed().toStdString();
    s.range = {ui_->minSpin->value(), ui_->maxSpin->value()};
    s.operatorName = AppSettings().operatorName().toStdString();
    if (s.range.min > s.range.max) {
        ui_->message->setText(tr("户数下限不能大于上限。"));
        return false;
    }
    const QString crs = ui_->crsEdit->text().trimmed();
    if (!crs.isEmpty()) {
        auto epsg = geo::parseEpsg(crs.toStdString());
        if (!epsg) {
            ui_->message->setText(QString::fromStdString(epsg.error().message));
            return false;
        }
        if (auto metric = geo::requireMetricProjectCrs(*epsg); !metric) {
            ui_->message->setText(QString::fromStdString(metric.error().message));
            return false;
        }
        s.srid = *epsg;
    }
    auto project = store::Project::create(path.toStdString(), s);
    if (!project) {
        ui_->message->setText(QString::fromStdString(project.error().message));
        return false;
    }
    created_ = path;
    accept();
    return true;
}

}  // namespace ga::app
