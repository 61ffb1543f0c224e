#include "app/translations.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace ga::app {
namespace {

QString& currentLanguage() {
    static QString language = QStringLiteral("zh");
    return language;
}

// "household_id" → "Household id".
QString prettyEnglish(std::string_view name) {
    QString s = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

}  // namespace

bool installTranslators(QCoreApplication& app, const QString& language) {
    const bool english = language == QLatin1String("en");
    currentLanguage() = english ? QStringLiteral("en") : QStringLiteral("zh");
    // Qt's own strings (OK/Cancel, file dialogs) follow the UI language.
    auto* qt = new QTranslator(&app);
    if (qt->load(english ? QStringLiteral("qtbase_en") : QStringLiteral("qtbase_zh_CN"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (!english) return true;
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/gridatlas_en.qm"))) return false;
    QCoreApplication::installTranslator(own);
    return true;
}

QString uiLanguage() { return currentLanguage(); }

QString layerName(store::Layer layer) {
    const store::LayerDef& def = store::layerDef(layer);
    if (uiLanguage() == QLatin1String("en")) return prettyEnglish(def.name);
    return QString::fromUtf8(def.label.data(), static_cast<qsizetype>(def.label.size()));
}

QString fieldLabel(const store::FieldDef& field) {
    if (uiLanguage() == QLatin1String("en")) return prettyEnglish(field.name);
    return QString::fromUtf8(field.label.data(), static_cast<qsizetype>(field.label.size()));
}

}  // namespace ga::app
