#pragma once
// Preferences: UI language (after a restart) and the operator named in the edit log.
#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace ga::app {

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    /// Writes the choices to the settings.
    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> ui_;
};

}  // namespace ga::app
