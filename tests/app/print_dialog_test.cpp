// 打印与导出: the dialog previews what it will print, applies the user's texts, and exports PDF and
// PNG through a print job; the main window opens it for the selected grid.
#include <QCheckBox>
#include <QFileInfo>
#include <QPrintPreviewWidget>
#include <QSpinBox>
#include <QTemporaryDir>

#include "app/print_dialog.h"
#include "app/project_session.h"
#include "app_test.h"
#include "render/map_style.h"
#include "test_project.h"

using namespace ga;
using namespace ga::app;
using namespace ga::app::test;

class PrintDialogTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    TestProject project_;
    std::unique_ptr<ProjectSession> session_;
    std::unique_ptr<PrintDialog> dialog_;

    // Waits for the preview to be drawn again after a change.
    int pagesAfterChange() {
        auto* preview = dialog_->findChild<QPrintPreviewWidget*>();
        QSignalSpy painted(preview, &QPrintPreviewWidget::paintRequested);
        if (!painted.wait(5000)) return -1;
        QCoreApplication::processEvents();
        return dialog_->previewPages();
    }

private slots:
    void initTestCase() {
        auto p = makeTestProject(dir_.path());
        QVERIFY2(p, p ? "" : p.error().message.c_str());
        project_ = *p;
        auto s = ProjectSession::open(project_.path);
        QVERIFY2(s, s ? "" : s.error().message.c_str());
        session_ = std::move(*s);
        auto d = PrintDialog::create(*session_, render::MapStyle::defaults(), project_.gridCodes[1]);
        QVERIFY2(d, d ? "" : d.error().message.c_str());
        dialog_ = std::move(*d);
        dialog_->show();
    }

    void cleanupTestCase() {
        dialog_.reset();
        session_.reset();
    }

    void previewsTheChosenGrid() {
        auto sheets = dialog_->sheets();
        QVERIFY(sheets);
        QCOMPARE(sheets->size(), size_t(1));
        QCOMPARE(QString::fromStdString(sheets->front().content.code), project_.gridCodes[1]);
        dialog_->setPaper(print::PaperSize::A4, print::Orientation::Portrait);
        QCOMPARE(pagesAfterChange(), 1);
        // The test project's staff have no photos: the dialog says so, in Chinese.
        QVERIFY2(dialog_->warnings().contains(QStringLiteral("没有照片")), qPrintable(dialog_->warnings()));
    }

    void theUsersTitleIsPrinted() {
        dialog_->setTitle(QStringLiteral("华荣网格责任区"));
        auto sheets = dialog_->sheets();
        QVERIFY(sheets);
        QCOMPARE(sheets->front().content.texts.title, QStringLiteral("华荣网格责任区"));
    }

    void anAtlasPreviewsOnePagePerGridAndItsCover() {
        dialog_->setTarget(print::Target::Atlas);
        QCOMPARE(pagesAfterChange(), 3);
        dialog_->findChild<QCheckBox*>(QStringLiteral("coverCheck"))->setChecked(true);
        QCOMPARE(pagesAfterChange(), 4);
        dialog_->findChild<QCheckBox*>(QStringLiteral("coverCheck"))->setChecked(false);
        // Each page keeps its own grid's title.
        auto sheets = dialog_->sheets();
        QVERIFY(sheets);
        QVERIFY(sheets->front().content.texts.title != sheets->back().content.texts.title);
    }

    void exportsPdfAndPngs() {
        dialog_->setTarget(print::Target::Atlas);
        dialog_->setPaper(print::PaperSize::A4, print::Orientation::Portrait);
        auto pdf = dialog_->exportTo(dir_.filePath(QStringLiteral("atlas.pdf")));
        QVERIFY2(pdf, pdf ? "" : pdf.error().message.c_str());
        QCOMPARE(pdf->pages, size_t(3));
        QVERIFY(QFileInfo(dir_.filePath(QStringLiteral("atlas.pdf"))).size() > 10000);
        dialog_->findChild<QSpinBox*>(QStringLiteral("dpiSpin"))->setValue(50);
        auto png = dialog_->exportTo(dir_.filePath(QStringLiteral("atlas.png")));
        QVERIFY2(png, png ? "" : png.error().message.c_str());
        QCOMPARE(png->files.size(), size_t(3));
        QVERIFY(QFileInfo::exists(dir_.filePath(QStringLiteral("atlas-%1.png").arg(project_.gridCodes[2]))));
    }

    void theOverviewUsesItsOwnTemplate() {
        dialog_->setTarget(print::Target::Overview);
        auto sheets = dialog_->sheets();
        QVERIFY2(sheets, sheets ? "" : sheets.error().message.c_str());
        QCOMPARE(sheets->front().content.templateId, print::TemplateId::Overview);
        QCOMPARE(sheets->front().content.grids.size(), size_t(3));
    }
};

GA_APP_TEST_MAIN(PrintDialogTest)
#include "print_dialog_test.moc"
