#include "app/import_dialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

#include "app/translations.h"
#include "io/gdal.h"
#include "io/import_source.h"
#include "io/source_crs.h"
#include "ui_import_dialog.h"

namespace ga::app {
namespace {

constexpr int kPreviewRows = 4;
constexpr int kReportLines = 200;

QString q(const std::string& s) { return QString::fromStdString(s); }

QString outcomeName(io::Outcome o) {
    switch (o) {
        case io::Outcome::Rejected:
            return ImportDialog::tr("拒绝");
        case io::Outcome::Repaired:
            return ImportDialog::tr("修复");
        case io::Outcome::Warning:
            return ImportDialog::tr("提示");
    }
    return {};
}

}  // namespace

ImportDialog::ImportDialog(QString projectPath, std::string operatorName, QWidget* parent)
    : QDialog(parent),
      ui_(std::make_unique<Ui::ImportDialog>()),
      projectPath_(std::move(projectPath)),
      operatorName_(std::move(operatorName)) {
    ui_->setupUi(this);
    for (const store::LayerDef& def : store::allLayers())
        ui_->layerCombo->addItem(layerName(def.layer), static_cast<int>(def.layer));
    ui_->encodingCombo->addItem(tr("自动识别"), QString());
    for (const char* e : {"UTF-8", "GB18030", "GBK"})
        ui_->encodingCombo->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    ui_->mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    ui_->mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    ui_->progress->setVisible(false);
    ui_->report->setVisible(false);
    connect(ui_->browseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(ui_->fileEdit, &QLineEdit::editingFinished, this, &ImportDialog::fileChanged);
    connect(ui_->layerCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::inspect);
    connect(ui_->sheetCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::inspect);
    connect(ui_->encodingCombo, &QComboBox::currentTextChanged, this, &ImportDialog::inspect);
    connect(ui_->importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(ui_->cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(ui_->closeButton, &QPushButton::clicked, this, &ImportDialog::reject);
    updateButtons();
}

ImportDialog::~ImportDialog() {
    // Hiding the dialog on destruction takes the focus from the file box, whose editingFinished
    // would then reach a half-destroyed dialog.
    disconnect(ui_->fileEdit, nullptr, this, nullptr);
}

store::Layer ImportDialog::layer() const { return static_cast<store::Layer>(ui_->layerCombo->currentData().toInt()); }

void ImportDialog::setSource(const QString& file, store::Layer layer) {
    ui_->layerCombo->blockSignals(true);
    ui_->layerCombo->setCurrentIndex(ui_->layerCombo->findData(static_cast<int>(layer)));
    ui_->layerCombo->blockSignals(false);
    ui_->fileEdit->setText(file);
    fileChanged();
}

void ImportDialog::chooseFile() {
    const QString file =
        QFileDialog::getOpenFileName(this, tr("选择要导入的文件"), ui_->fileEdit->text(),
                                     tr("GIS 与表格文件 (*.shp *.gpkg *.geojson *.json *.kml *.dxf *.gml *.fgb *.osm "
                                        "*.pbf *.csv *.xlsx *.xls *.ods);;所有文件 (*)"));
    if (file.isEmpty()) return;
    ui_->fileEdit->setText(file);
    fileChanged();
}

void ImportDialog::fileChanged() {
    // The sheets or layers the file has; "automatic" lets io pick the one that fits.
    ui_->sheetCombo->blockSignals(true);
    ui_->sheetCombo->clear();
    ui_->sheetCombo->addItem(tr("自动选择"), QString());
    const QString file = ui_->fileEdit->text().trimmed();
    if (!file.isEmpty() && QFileInfo::exists(file)) {
        if (auto source = io::VectorSource::open(file.toStdString(), QFileInfo(file).fileName().toStdString())) {
            for (const io::SourceLayer& l : source->layers()) ui_->sheetCombo->addItem(q(l.name), q(l.name));
        }
    }
    ui_->sheetCombo->setEnabled(ui_->sheetCombo->count() > 2);
    ui_->sheetCombo->blockSignals(false);
    inspect();
}

void ImportDialog::inspect() {
    inspected_ = false;
    headers_.clear();
    previewRows_.clear();
    const QString file = ui_->fileEdit->text().trimmed();
    const store::LayerDef& def = store::layerDef(layer());
    targets_.clear();
    required_.clear();
    for (const store::FieldDef& f : def.fields) {
        targets_.emplace_back(f.name);
        required_.push_back(f.required);
    }
    if (def.geometry != store::GeometryKind::None)
        for (const char* c : {"wkt", "x", "y"}) {
            targets_.emplace_back(c);
            required_.push_back(false);
        }
    if (file.isEmpty()) {
        ui_->info->setText(tr("选择一个文件，查看它的列如何对应到图层字段。"));
        fillTable();
        return;
    }
    // Inspect with every field optional, so a file lacking a required column still shows its
    // columns and the user can map one by hand.
    std::vector<store::FieldDef> relaxedFields(def.fields.begin(), def.fields.end());
    for (auto& f : relaxedFields) f.required = false;
    store::LayerDef relaxed = def;
    relaxed.fields = relaxedFields;
    io::SourceChoice choice;
    choice.sheet = ui_->sheetCombo->currentData().toString().toStdString();
    choice.encoding = ui_->encodingCombo->currentData().toString().toStdString();
    if (choice.encoding.empty() && ui_->encodingCombo->currentIndex() < 0)
        choice.encoding = ui_->encodingCombo->currentText().trimmed().toStdString();
    auto source = io::ImportSource::open(file.toStdString(), relaxed, choice);
    if (!source) {
        ui_->info->setText(tr("无法读取：%1").arg(q(source.error().message)));
        fillTable();
        return;
    }
    for (const std::string& h : source->headers()) headers_ << q(h);
    io::Record r;
    for (int i = 0; i < kPreviewRows; ++i) {
        auto more = source->next(r);
        if (!more || !*more) break;
        std::vector<QString> cells;
        for (const auto& c : r.cells) cells.push_back(c ? q(*c) : QString());
        previewRows_.push_back(std::move(cells));
    }
    inspected_ = true;
    const QString count =
        source->featureCount() >= 0 ? QLocale().toString(static_cast<qlonglong>(source->featureCount())) : tr("未知");
    ui_->info->setText(
        tr("格式 %1，%2“%3”，编码 %4（%5），约 %6 行；%7")
            .arg(q(source->driver()))
            .arg(source->layerCount() > 1 ? tr("共 %1 个工作表/图层，读取").arg(source->layerCount()) : tr("读取"))
            .arg(q(source->layerName()), q(source->encoding()), q(source->encodingSource()), count)
            .arg(source->hasLocations() ? tr("含位置。") : tr("不含位置。")));
    fillTable();
    // The automatic mapping io found.
    const io::FieldMapping& m = source->mapping();
    updatingTable_ = true;
    for (size_t row = 0; row < targets_.size(); ++row) {
        int column = -1;
        if (row < m.columns.size())
            column = m.columns[row];
        else if (targets_[row] == "wkt")
            column = m.wkt;
        else if (targets_[row] == "x")
            column = m.x;
        else if (targets_[row] == "y")
            column = m.y;
        auto* combo = static_cast<QComboBox*>(ui_->mappingTable->cellWidget(static_cast<int>(row), 1));
        combo->setCurrentIndex(column + 1);
        updatePreview(static_cast<int>(row));
    }
    updatingTable_ = false;
    updateButtons();
}

void ImportDialog::fillTable() {
    updatingTable_ = true;
    const store::LayerDef& def = store::layerDef(layer());
    ui_->mappingTable->setRowCount(static_cast<int>(targets_.size()));
    for (size_t row = 0; row < targets_.size(); ++row) {
        const int r = static_cast<int>(row);
        QString label = row < def.fields.size() ? fieldLabel(def.fields[row]) : q(targets_[row]);
        if (row >= def.fields.size())
            label = targets_[row] == "wkt" ? tr("几何（WKT）") : targets_[row] == "x" ? tr("X / 经度") : tr("Y / 纬度");
        if (required_[row]) label += QStringLiteral(" *");
        auto* item = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(label, q(targets_[row])));
        item->setFlags(Qt::ItemIsEnabled);
        ui_->mappingTable->setItem(r, 0, item);
        auto* combo = new QComboBox(ui_->mappingTable);
        combo->addItem(tr("（不导入）"));
        combo->addItems(headers_);
        combo->setEnabled(inspected_);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, r] {
            updatePreview(r);
            updateButtons();
        });
        ui_->mappingTable->setCellWidget(r, 1, combo);
        auto* preview = new QTableWidgetItem;
        preview->setFlags(Qt::ItemIsEnabled);
        ui_->mappingTable->setItem(r, 2, preview);
    }
    updatingTable_ = false;
    updateButtons();
}

void ImportDialog::updatePreview(int row) {
    auto* combo = static_cast<QComboBox*>(ui_->mappingTable->cellWidget(row, 1));
    const int column = combo ? combo->currentIndex() - 1 : -1;
    QStringList values;
    if (column >= 0)
        for (const auto& cells : previewRows_)
            values << (static_cast<size_t>(column) < cells.size() ? cells[static_cast<size_t>(column)] : QString());
    QTableWidgetItem* item = ui_->mappingTable->item(row, 2);
    item->setText(values.join(QStringLiteral(" | ")));
    const bool missing = required_[static_cast<size_t>(row)] && column < 0;
    item->setBackground(missing ? QColor(0xFB, 0xE3, 0xE0) : QColor(Qt::transparent));
    if (missing) item->setText(tr("必填字段：请选择源列"));
}

QString ImportDialog::mappedColumn(std::string_view target) const {
    for (size_t row = 0; row < targets_.size(); ++row) {
        if (targets_[row] != target) continue;
        auto* combo = static_cast<QComboBox*>(ui_->mappingTable->cellWidget(static_cast<int>(row), 1));
        return combo && combo->currentIndex() > 0 ? combo->currentText() : QString();
    }
    return {};
}

void ImportDialog::mapColumn(std::string_view target, const QString& column) {
    for (size_t row = 0; row < targets_.size(); ++row) {
        if (targets_[row] != target) continue;
        auto* combo = static_cast<QComboBox*>(ui_->mappingTable->cellWidget(static_cast<int>(row), 1));
        if (combo) combo->setCurrentIndex(column.isEmpty() ? 0 : std::max(0, combo->findText(column)));
    }
}

std::vector<std::string> ImportDialog::overrides() const {
    std::vector<std::string> out;
    for (size_t row = 0; row < targets_.size(); ++row) {
        const QString column = mappedColumn(targets_[row]);
        if (!column.isEmpty()) out.push_back(targets_[row] + "=" + column.toStdString());
    }
    return out;
}

bool ImportDialog::canImport() const {
    if (!inspected_) return false;
    for (size_t row = 0; row < targets_.size(); ++row)
        if (required_[row] && mappedColumn(targets_[row]).isEmpty()) return false;
    return true;
}

void ImportDialog::updateButtons() {
    const bool running = job_ && job_->isRunning();
    ui_->importButton->setEnabled(!running && canImport());
    ui_->cancelButton->setEnabled(running);
    ui_->closeButton->setEnabled(!running);
    ui_->fileEdit->setEnabled(!running);
    ui_->browseButton->setEnabled(!running);
    ui_->layerCombo->setEnabled(!running);
    ui_->mappingTable->setEnabled(!running);
}

void ImportDialog::startImport() {
    if (!canImport() || (job_ && job_->isRunning())) return;
    io::ImportOptions o;
    o.layer = layer();
    o.file = ui_->fileEdit->text().trimmed().toStdString();
    o.fields = overrides();
    o.encoding = ui_->encodingCombo->currentData().toString().toStdString();
    o.sheet = ui_->sheetCombo->currentData().toString().toStdString();
    o.update = ui_->updateCheck->isChecked();
    o.operatorName = operatorName_;
    if (const QString crs = ui_->crsEdit->text().trimmed(); !crs.isEmpty()) {
        auto parsed = io::parseCrsOption(crs.toStdString());
        if (!parsed) {
            ui_->info->setText(tr("源坐标系：%1").arg(q(parsed.error().message)));
            return;
        }
        o.crs = *parsed;
    }
    ui_->report->clear();
    ui_->report->setVisible(false);
    ui_->progress->setVisible(true);
    ui_->progress->setRange(0, 0);
    job_ = std::make_unique<ImportJob>(projectPath_, ImportJob::fileImport(std::move(o)));
    connect(job_.get(), &ImportJob::progressed, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            ui_->progress->setRange(0, 1000);
            ui_->progress->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / total)));
        }
        ui_->progress->setFormat(tr("已读 %1 行").arg(done));
    });
    connect(job_.get(), &ImportJob::finished, this, &ImportDialog::finished);
    job_->start();
    updateButtons();
}

void ImportDialog::cancelImport() {
    if (job_) job_->cancel();
}

void ImportDialog::reject() {
    if (job_ && job_->isRunning()) return;  // cancel first; the project must not be left mid-import
    QDialog::reject();
}

void ImportDialog::finished(const ImportOutcome& outcome) {
    ui_->progress->setRange(0, 1);
    ui_->progress->setValue(outcome.ok ? 1 : 0);
    ui_->progress->setFormat(outcome.ok ? tr("完成") : outcome.cancelled ? tr("已取消") : tr("失败"));
    QStringList lines;
    if (outcome.ok) {
        const io::ImportSummary& s = outcome.summary;
        lines << tr("读取 %1 行：新增 %2，更新 %3，修复 %4，拒绝 %5。")
                     .arg(s.read)
                     .arg(s.inserted)
                     .arg(s.updated)
                     .arg(s.repaired)
                     .arg(s.rejected);
        if (!s.crs.empty()) lines << tr("坐标：%1").arg(q(s.crs));
        if (s.projectSridChosen) lines << tr("项目坐标系定为 EPSG:%1").arg(s.projectSridChosen);
    } else {
        lines << outcome.message;
    }
    int shown = 0;
    for (const io::Problem& p : outcome.report.problems()) {
        if (++shown > kReportLines) {
            lines << tr("……共 %1 条").arg(outcome.report.problems().size());
            break;
        }
        lines << QStringLiteral("%1  %2 %3 %4 %5")
                     .arg(outcomeName(p.outcome), q(p.place), q(p.field), q(std::string(io::reasonId(p.reason))),
                          q(p.detail));
    }
    ui_->report->setPlainText(lines.join(QLatin1Char('\n')));
    ui_->report->setVisible(true);
    updateButtons();
    emit importFinished(outcome);
}

}  // namespace ga::app
