#pragma once
// 打印与导出: pick a grid, a community overview or an atlas of grids, a template and paper, adjust
// the texts, see the sheets in a print preview, then export PDF or PNG (off the UI thread, with
// progress and cancel) or print through Qt's print dialog. Everything is drawn by print::
// SheetPainter, the same as `gridatlas-cli print`.
#include <QDialog>
#include <QPrinter>
#include <memory>
#include <optional>
#include <vector>

#include "analysis/issue_table.h"
#include "app/project_session.h"
#include "print/print_request.h"
#include "print/print_source.h"

class QPrintPreviewWidget;
class QTimer;

namespace Ui {
class PrintDialog;
}

namespace ga::app {

class PrintDialog : public QDialog {
    Q_OBJECT

public:
    /// A dialog for `session`'s project drawn in `style`; `gridCode` (may be empty) is preselected.
    /// The error says why the project cannot be printed (it has no grids).
    static Result<std::unique_ptr<PrintDialog>> create(ProjectSession& session, const render::MapStyle& style,
                                                       const QString& gridCode, QWidget* parent = nullptr);
    ~PrintDialog() override;

    /// Chooses what is printed; the other choices keep their values.
    void setTarget(print::Target target);
    void setGrid(const QString& code);
    void setTemplate(print::TemplateId id);
    void setPaper(print::PaperSize size, print::Orientation orientation);
    void setTitle(const QString& title);

    /// The sheets as they would be printed now, the user's texts applied.
    Result<std::vector<print::Sheet>> sheets() const;
    /// Pages the preview shows.
    int previewPages() const;
    /// What is missing (a staff photo, the service phone), as the dialog shows it.
    QString warnings() const;
    /// Writes the sheets to `path` (.pdf or .png) on a worker thread, with a progress dialog the
    /// user can cancel; returns when the run is over.
    Result<print::OutputReport> exportTo(const QString& path);

private:
    PrintDialog(ProjectSession& session, print::PrintSource source, QWidget* parent);
    print::PrintRequest request() const;
    // The painter for the current options (the issue table loaded the first time the heatmap is asked for).
    Result<std::shared_ptr<const print::SheetPainter>> sheetPainter();
    // Fills the texts from the sheet's own when what is printed changes.
    void resetTexts();
    void updateControls();
    void schedulePreview();
    void paintSheets(QPrinter* printer, int dpi);
    void exportWithDialog(const char* filter, const char* suffix);
    void printWithDialog();

    std::unique_ptr<Ui::PrintDialog> ui_;
    ProjectSession& session_;
    print::PrintSource source_;
    QPrinter previewPrinter_;
    QPrintPreviewWidget* preview_ = nullptr;
    QTimer* previewTimer_ = nullptr;
    int previewPages_ = 0;
    std::shared_ptr<const analysis::IssueTable> issues_;
};

}  // namespace ga::app
