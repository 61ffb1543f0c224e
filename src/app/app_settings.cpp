#include "app/app_settings.h"

#include <QFileInfo>

namespace ga::app {
namespace {
const QString kLanguage = QStringLiteral("language");
const QString kOperator = QStringLiteral("operator");
const QString kRecent = QStringLiteral("recentProjects");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
}  // namespace

AppSettings::AppSettings() : settings_(QStringLiteral("GridAtlas"), QStringLiteral("GridAtlas")) {}

QString AppSettings::language() const {
    const QString l = settings_.value(kLanguage).toString();
    return l == QLatin1String("en") ? l : QStringLiteral("zh");
}

void AppSettings::setLanguage(const QString& lang) { settings_.setValue(kLanguage, lang); }

QString AppSettings::operatorName() const { return settings_.value(kOperator).toString(); }

void AppSettings::setOperatorName(const QString& name) { settings_.setValue(kOperator, name.trimmed()); }

QStringList AppSettings::recentProjects() const {
    QStringList out;
    for (const QString& p : settings_.value(kRecent).toStringList())
        if (QFileInfo::exists(p)) out << p;
    return out;
}

void AppSettings::addRecentProject(const QString& path) {
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = settings_.value(kRecent).toStringList();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxRecent) list.removeLast();
    settings_.setValue(kRecent, list);
}

QByteArray AppSettings::windowGeometry() const { return settings_.value(kGeometry).toByteArray(); }

QByteArray AppSettings::windowState() const { return settings_.value(kState).toByteArray(); }

void AppSettings::saveWindow(const QByteArray& geometry, const QByteArray& state) {
    settings_.setValue(kGeometry, geometry);
    settings_.setValue(kState, state);
}

}  // namespace ga::app
