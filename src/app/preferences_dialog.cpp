#include "app/preferences_dialog.h"

#include "app/app_settings.h"
#include "ui_preferences_dialog.h"

namespace ga::app {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::PreferencesDialog>()) {
    ui_->setupUi(this);
    const AppSettings settings;
    ui_->languageCombo->setCurrentIndex(settings.language() == QLatin1String("en") ? 1 : 0);
    ui_->operatorEdit->setText(settings.operatorName());
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept() {
    AppSettings settings;
    settings.setLanguage(ui_->languageCombo->currentIndex() == 1 ? QStringLiteral("en") : QStringLiteral("zh"));
    settings.setOperatorName(ui_->operatorEdit->text());
    QDialog::accept();
}

}  // namespace ga::app
