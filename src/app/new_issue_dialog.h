#pragma once
// 上报事件: a new issue entered from the workstation — category, severity, title, description,
// address, and its place picked on the map (or found from the address when none is picked).
// ledger::reportIssue checks and stores it; a refusal is shown and the form stays open.
#include <QDialog>
#include <optional>

#include "core/error.h"
#include "geo/geometry.h"
#include "plugin_api/map_tool.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ga::app {

class MapCanvas;
class ProjectSession;

class NewIssueDialog : public QDialog {
    Q_OBJECT

public:
    NewIssueDialog(ProjectSession& session, MapCanvas& canvas, QWidget* parent = nullptr);
    ~NewIssueDialog() override;

    /// Stores the issue; on success the dialog is accepted and reported() emitted.
    Result<qint64> report();
    /// report(), a refusal shown in a message box (the OK button).
    void submit();
    /// Sets the issue's place (what a click on the map does while picking).
    void setLocation(geo::Point p);

    QComboBox& categoryBox() const { return *category_; }
    QLineEdit& titleEdit() const { return *title_; }
    QLineEdit& addressEdit() const { return *address_; }

signals:
    /// The issue was stored: its row id.
    void reported(qint64 id);

private:
    void startPicking();

    ProjectSession& session_;
    MapCanvas& canvas_;
    QComboBox* category_;
    QLineEdit* subcategory_;
    QComboBox* severity_;
    QLineEdit* title_;
    QPlainTextEdit* description_;
    QLineEdit* address_;
    QLineEdit* reporter_;
    QDateTimeEdit* reportedAt_;
    QLabel* place_;
    std::optional<geo::Point> location_;
    std::unique_ptr<plugin::MapTool> pick_;
    plugin::MapTool* previousTool_ = nullptr;
};

}  // namespace ga::app
