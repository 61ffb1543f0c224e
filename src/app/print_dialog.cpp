#include "app/print_dialog.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QProgressDialog>
#include <QStandardItemModel>
#include <QTimer>

#include "print/print_job.h"
#include "ui_print_dialog.h"

namespace ga::app {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QPageLayout pageLayoutOf(const print::Paper& paper) {
    return QPageLayout(paper.pageSize(), paper.landscape() ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

}  // namespace

Result<std::unique_ptr<PrintDialog>> PrintDialog::create(ProjectSession& session, const render::MapStyle& style,
                                                        const QString& gridCode, QWidget* parent) {
    if (!session.model() || session.model()->grids().size() == 0)
        return fail("the project has no grids to print yet: import grids first");
    auto source = print::PrintSource::load(session.project(), session.model(), style);
    if (!source) return std::unexpected(source.error());
    std::unique_ptr<PrintDialog> d(new PrintDialog(session, std::move(*source), parent));
    if (!gridCode.isEmpty()) d->setGrid(gridCode);
    return d;
}

PrintDialog::PrintDialog(ProjectSession& session, print::PrintSource source, QWidget* parent)
    : QDialog(parent),
      ui_(std::make_unique<Ui::PrintDialog>()),
      session_(session),
      source_(std::move(source)),
      previewPrinter_(QPrinter::ScreenResolution) {
    ui_->setupUi(this);
    const auto& grids = source_.model().grids().features;
    std::vector<const model::Grid*> sorted;
    for (const model::Grid& g : grids) sorted.push_back(&g);
    std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->code < b->code; });
    for (const model::Grid* g : sorted) ui_->gridCombo->addItem(qs(g->code) + QStringLiteral("  ") + qs(g->name), qs(g->code));
    for (const print::CommunityRecord& c : source_.communities())
        ui_->communityCombo->addItem(qs(c.code) + QStringLiteral("  ") + qs(c.name), qs(c.code));
    for (const print::PrintTemplate& t : print::printTemplates())
        ui_->templateCombo->addItem(t.heading, static_cast<int>(t.id));
    for (print::PaperSize p : {print::PaperSize::A4, print::PaperSize::A3, print::PaperSize::A2, print::PaperSize::A1,
                               print::PaperSize::A0})
        ui_->paperCombo->addItem(QString::fromLatin1(print::paperSizeName(p).data(), 2), static_cast<int>(p));
    setPaper(print::PaperSize::A3, print::Orientation::Portrait);

    preview_ = new QPrintPreviewWidget(&previewPrinter_, ui_->previewArea);
    preview_->setViewMode(QPrintPreviewWidget::SinglePageView);
    preview_->setZoomMode(QPrintPreviewWidget::FitInView);
    ui_->previewLayout->addWidget(preview_);
    connect(preview_, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* p) { paintSheets(p, 150); });
    previewTimer_ = new QTimer(this);
    previewTimer_->setSingleShot(true);
    previewTimer_->setInterval(250);
    connect(previewTimer_, &QTimer::timeout, this, [this] { preview_->updatePreview(); });

    // What is printed: its texts start from the sheet's own.
    for (QComboBox* c : {ui_->targetCombo, ui_->gridCombo, ui_->communityCombo, ui_->templateCombo})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            updateControls();
            resetTexts();
            schedulePreview();
        });
    // A template comes on its usual paper; the paper can be changed after.
    connect(ui_->templateCombo, &QComboBox::activated, this, [this] {
        const auto& t = print::templateOf(static_cast<print::TemplateId>(ui_->templateCombo->currentData().toInt()));
        setPaper(t.id == print::TemplateId::Notice ? print::PaperSize::A3 : print::PaperSize::A1, t.orientation);
    });
    connect(ui_->paperCombo, &QComboBox::currentIndexChanged, this, [this] { schedulePreview(); });
    connect(ui_->orientationCombo, &QComboBox::currentIndexChanged, this, [this] { schedulePreview(); });
    for (QCheckBox* c : {ui_->organisationsCheck, ui_->issuesCheck, ui_->heatmapCheck, ui_->coverCheck, ui_->basemapCheck})
        connect(c, &QCheckBox::toggled, this, [this] { schedulePreview(); });
    for (QLineEdit* e : {ui_->titleEdit, ui_->subtitleEdit, ui_->phoneEdit, ui_->dateEdit, ui_->sourceEdit})
        connect(e, &QLineEdit::textEdited, this, [this] { schedulePreview(); });
    connect(ui_->noteEdit, &QPlainTextEdit::textChanged, this, [this] { schedulePreview(); });
    connect(ui_->pdfButton, &QPushButton::clicked, this, [this] { exportWithDialog("PDF (*.pdf)", ".pdf"); });
    connect(ui_->pngButton, &QPushButton::clicked, this, [this] { exportWithDialog("PNG (*.png)", ".png"); });
    connect(ui_->printButton, &QPushButton::clicked, this, &PrintDialog::printWithDialog);
    updateControls();
    resetTexts();
}

PrintDialog::~PrintDialog() = default;

void PrintDialog::setTarget(print::Target target) { ui_->targetCombo->setCurrentIndex(static_cast<int>(target)); }

void PrintDialog::setGrid(const QString& code) {
    const int i = ui_->gridCombo->findData(code);
    if (i >= 0) ui_->gridCombo->setCurrentIndex(i);
}

void PrintDialog::setTemplate(print::TemplateId id) {
    const int i = ui_->templateCombo->findData(static_cast<int>(id));
    if (i >= 0) ui_->templateCombo->setCurrentIndex(i);
}

void PrintDialog::setPaper(print::PaperSize size, print::Orientation orientation) {
    ui_->paperCombo->setCurrentIndex(ui_->paperCombo->findData(static_cast<int>(size)));
    ui_->orientationCombo->setCurrentIndex(orientation == print::Orientation::Landscape ? 1 : 0);
}

void PrintDialog::setTitle(const QString& title) {
    ui_->titleEdit->setText(title);
    schedulePreview();
}

print::PrintRequest PrintDialog::request() const {
    print::PrintRequest r;
    r.target = static_cast<print::Target>(ui_->targetCombo->currentIndex());
    r.code = (r.target == print::Target::Grid ? ui_->gridCombo : ui_->communityCombo)->currentData().toString().toStdString();
    if (r.target != print::Target::Overview)
        r.templateId = static_cast<print::TemplateId>(ui_->templateCombo->currentData().toInt());
    r.paper = static_cast<print::PaperSize>(ui_->paperCombo->currentData().toInt());
    r.orientation = ui_->orientationCombo->currentIndex() == 1 ? print::Orientation::Landscape : print::Orientation::Portrait;
    r.cover = r.target == print::Target::Atlas && ui_->coverCheck->isChecked();
    r.dpi = ui_->dpiSpin->value();
    r.options.organisations = ui_->organisationsCheck->isChecked();
    r.options.issues = ui_->issuesCheck->isChecked();
    r.options.heatmap = ui_->heatmapCheck->isChecked();
    r.options.basemaps = ui_->basemapCheck->isChecked();
    return r;
}

Result<std::shared_ptr<const print::SheetPainter>> PrintDialog::sheetPainter() {
    const print::PrintOptions options = request().options;
    if (options.heatmap && !issues_) {
        auto table = analysis::IssueTable::load(session_.project(), false);
        if (!table) return std::unexpected(table.error());
        issues_ = std::make_shared<const analysis::IssueTable>(std::move(*table));
    }
    return std::make_shared<const print::SheetPainter>(source_.sharedModel(), source_.style(), options, issues_,
                                                       source_.basemaps());
}

Result<std::vector<print::Sheet>> PrintDialog::sheets() const {
    auto planned = print::planSheets(source_, request());
    if (!planned) return planned;
    const bool single = planned->size() == 1;
    for (print::Sheet& s : *planned) {
        print::SheetTexts& t = s.content.texts;
        // Title and subtitle belong to one sheet; the rest is shared by every page of an atlas.
        if (single) {
            t.title = ui_->titleEdit->text();
            t.subtitle = ui_->subtitleEdit->text();
        }
        t.servicePhone = ui_->phoneEdit->text();
        t.date = ui_->dateEdit->text();
        t.note = ui_->noteEdit->toPlainText();
        t.dataSource = ui_->sourceEdit->text();
    }
    return planned;
}

void PrintDialog::resetTexts() {
    print::PrintRequest r = request();
    r.cover = false;
    auto planned = print::planSheets(source_, r);
    if (!planned || planned->empty()) return;
    const print::SheetTexts& t = planned->front().content.texts;
    const bool single = r.target != print::Target::Atlas;
    ui_->titleEdit->setText(single ? t.title : tr("（每页为各自网格的名称）"));
    ui_->subtitleEdit->setText(single ? t.subtitle : QString());
    ui_->phoneEdit->setText(t.servicePhone);
    ui_->dateEdit->setText(t.date);
    const QSignalBlocker block(ui_->noteEdit);
    ui_->noteEdit->setPlainText(t.note);
    ui_->sourceEdit->setText(t.dataSource);
}

void PrintDialog::updateControls() {
    const auto target = static_cast<print::Target>(ui_->targetCombo->currentIndex());
    ui_->gridCombo->setEnabled(target == print::Target::Grid);
    ui_->communityCombo->setEnabled(target != print::Target::Grid);
    ui_->coverCheck->setEnabled(target == print::Target::Atlas);
    ui_->basemapCheck->setEnabled(!source_.basemaps().empty());
    ui_->titleEdit->setEnabled(target != print::Target::Atlas);
    ui_->subtitleEdit->setEnabled(target != print::Target::Atlas);
    // The overview has its own template; grids and atlases choose between the grid templates.
    const QSignalBlocker block(ui_->templateCombo);
    for (int i = 0; i < ui_->templateCombo->count(); ++i) {
        const auto& t = print::templateOf(static_cast<print::TemplateId>(ui_->templateCombo->itemData(i).toInt()));
        const bool fits = (t.subject == print::Subject::Community) == (target == print::Target::Overview);
        qobject_cast<QStandardItemModel*>(ui_->templateCombo->model())->item(i)->setEnabled(fits);
        if (!fits && ui_->templateCombo->currentIndex() == i)
            ui_->templateCombo->setCurrentIndex(target == print::Target::Overview ? 2 : 1);
    }
    if (target == print::Target::Overview) ui_->templateCombo->setCurrentIndex(2);
}

void PrintDialog::schedulePreview() { previewTimer_->start(); }

int PrintDialog::previewPages() const { return previewPages_; }

QString PrintDialog::warnings() const { return ui_->warningLabel->text(); }

void PrintDialog::paintSheets(QPrinter* printer, int dpi) {
    auto planned = sheets();
    previewPages_ = 0;
    if (!planned) {
        ui_->warningLabel->setText(qs(planned.error().message));
        return;
    }
    // What the sheets lack, in the UI's language (the library's warnings are for the log).
    QStringList warnings;
    for (const print::Sheet& s : *planned) {
        if (!s.content.grid) continue;
        const QString grid = qs(s.content.code);
        if (s.content.staff.empty()) warnings << tr("%1：未登记网格员，服务团队一栏为空").arg(grid);
        for (const print::StaffCard& c : s.content.staff)
            if (c.photo.isNull()) warnings << tr("%1：%2（%3）没有照片，打印照片占位图").arg(grid, c.name, c.role);
    }
    if (planned->front().content.texts.servicePhone.isEmpty())
        warnings << tr("未设置服务电话（首选项或 gridatlas-cli config --service-phone）");
    ui_->warningLabel->setText(warnings.join(QLatin1Char('\n')));

    auto painter = sheetPainter();
    if (!painter) {
        ui_->warningLabel->setText(qs(painter.error().message));
        return;
    }
    printer->setFullPage(true);
    printer->setPageLayout(pageLayoutOf(planned->front().paper));
    QPainter p;
    if (!p.begin(printer)) return;
    for (size_t i = 0; i < planned->size(); ++i) {
        if (i > 0) printer->newPage();  // every sheet of a run is on the same paper
        auto drawn = (*painter)->draw(p, (*planned)[i], printer->resolution() / 25.4, dpi);
        if (!drawn) ui_->warningLabel->setText(qs(drawn.error().message));
        ++previewPages_;
    }
    p.end();
}

Result<print::OutputReport> PrintDialog::exportTo(const QString& path) {
    auto planned = sheets();
    if (!planned) return std::unexpected(planned.error());
    auto painter = sheetPainter();
    if (!painter) return std::unexpected(painter.error());
    print::PrintJob job(std::move(*planned), *painter, path.toStdString(), request().dpi);
    QProgressDialog progress(tr("正在导出 %1 …").arg(QDir::toNativeSeparators(path)), tr("取消"), 0,
                             static_cast<int>(job.pages()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    connect(&job, &print::PrintJob::progressed, &progress, &QProgressDialog::setValue);
    connect(&job, &print::PrintJob::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &job, &print::PrintJob::cancel);
    job.start();
    if (!job.isFinished()) loop.exec();
    job.wait();
    return job.result();
}

void PrintDialog::exportWithDialog(const char* filter, const char* suffix) {
    const auto r = request();
    QString name = qs(r.target == print::Target::Grid ? r.code : r.code.empty() ? std::string("atlas") : r.code);
    if (r.target == print::Target::Overview) name += QStringLiteral("-overview");
    const QString path = QFileDialog::getSaveFileName(this, tr("导出"), QDir::home().filePath(name + QLatin1String(suffix)),
                                                      QString::fromLatin1(filter));
    if (path.isEmpty()) return;
    auto done = exportTo(path);
    if (!done) {
        QMessageBox::warning(this, tr("导出失败"), qs(done.error().message));
        return;
    }
    if (done->cancelled) return;
    QMessageBox::information(this, tr("导出完成"),
                             tr("已写入 %n 个文件，共 %1 页。", nullptr, static_cast<int>(done->files.size())).arg(done->pages));
}

void PrintDialog::printWithDialog() {
    auto planned = sheets();
    if (!planned) return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(pageLayoutOf(planned->front().paper));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("打印"));
    if (dialog.exec() != QDialog::Accepted) return;
    paintSheets(&printer, std::min(printer.resolution(), 600));
}

}  // namespace ga::app
