#pragma once
// File → Import: the same io import as `gridatlas-cli import`, with the source inspected first
// (sheet, encoding, header row, how its columns map to the layer's fields, the first rows), then
// run off the UI thread with a progress bar and cancel.
#include <QDialog>
#include <memory>
#include <vector>

#include "app/import_job.h"
#include "store/layers.h"

namespace Ui {
class ImportDialog;
}

namespace ga::app {

class ImportDialog : public QDialog {
    Q_OBJECT

public:
    ImportDialog(QString projectPath, std::string operatorName, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// Chooses the file and target layer and inspects the file (as the form does).
    void setSource(const QString& file, store::Layer layer);
    /// The source column mapped to `target` ("" when none).
    QString mappedColumn(std::string_view target) const;
    /// Maps `target` to source column `column` ("" unmaps).
    void mapColumn(std::string_view target, const QString& column);
    /// True when the file was read and every required field has a column.
    bool canImport() const;
    /// Starts the import; finished() follows.
    void startImport();
    void cancelImport();
    ImportJob* job() const { return job_.get(); }

signals:
    /// An import finished (also when it failed or was cancelled).
    void importFinished(const ga::app::ImportOutcome& outcome);

protected:
    void reject() override;

private:
    void chooseFile();
    void fileChanged();
    void inspect();
    void fillTable();
    void updatePreview(int row);
    void updateButtons();
    void finished(const ImportOutcome& outcome);
    store::Layer layer() const;
    std::vector<std::string> overrides() const;

    std::unique_ptr<Ui::ImportDialog> ui_;
    QString projectPath_;
    std::string operatorName_;
    std::unique_ptr<ImportJob> job_;
    // The inspected source.
    bool inspected_ = false;
    QStringList headers_;
    std::vector<std::vector<QString>> previewRows_;  ///< first rows, one string per source column
    std::vector<std::string> targets_;               ///< table rows: field names, then wkt/x/y
    std::vector<bool> required_;
    bool updatingTable_ = false;
};

}  // namespace ga::app
