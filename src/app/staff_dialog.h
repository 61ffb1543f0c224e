#pragma once
// The staff of one grid: pick a person to edit name, role, work phone and photo (chosen from a
// file), or add a new one. Each save is one store transaction with an edit-log entry.
#include <QDialog>
#include <memory>
#include <optional>

#include "app/project_session.h"

namespace Ui {
class StaffDialog;
}

namespace ga::app {

class StaffDialog : public QDialog {
    Q_OBJECT

public:
    StaffDialog(ProjectSession& session, const QString& gridCode, QWidget* parent = nullptr);
    ~StaffDialog() override;

    /// Number of staff listed.
    int staffCount() const;
    /// Shows staff member `row` of the list in the form.
    void selectRow(int row);
    /// Starts a new staff member in the form.
    void startNew();
    /// Reads a photo file into the form (large photos are scaled down); false with a message
    /// when it is not an image.
    bool setPhotoFromFile(const QString& path);
    /// Fills the text fields of the form.
    void setFields(const QString& name, const QString& role, const QString& phone);
    /// Saves the form; false with the message shown.
    bool save();

private:
    void reloadList(std::optional<int64_t> select);
    void showPhoto();

    std::unique_ptr<Ui::StaffDialog> ui_;
    ProjectSession& session_;
    QString gridCode_;
    std::optional<int64_t> current_;  ///< store id of the staff member in the form; none: a new one
    std::optional<std::string> photo_;
};

}  // namespace ga::app
