#pragma once
// New project: file, name, division code, CRS and household range; creates the project file.
#include <QDialog>
#include <memory>

namespace Ui {
class NewProjectDialog;
}

namespace ga::app {

class NewProjectDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewProjectDialog(QWidget* parent = nullptr);
    ~NewProjectDialog() override;

    /// The file created (after the dialog was accepted).
    QString createdPath() const { return created_; }
    /// Fills the form (tests, and a path passed in).
    void setValues(const QString& path, const QString& name, const QString& division, const QString& crs);
    /// Creates the project; false with the message shown.
    bool create();

private:
    std::unique_ptr<Ui::NewProjectDialog> ui_;
    QString created_;
};

}  // namespace ga::app
