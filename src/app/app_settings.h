#pragma once
// The workstation's preferences and memory between sessions (QSettings): language, operator,
// recent projects, window geometry and dock layout.
#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace ga::app {

class AppSettings {
public:
    static constexpr int kMaxRecent = 8;

    AppSettings();

    /// "zh" (default) or "en".
    QString language() const;
    void setLanguage(const QString& lang);
    /// The operator named in the edit log ("" = the project's, else the OS user).
    QString operatorName() const;
    void setOperatorName(const QString& name);

    /// Most recent first, existing files only.
    QStringList recentProjects() const;
    /// Moves `path` to the front of the recent list.
    void addRecentProject(const QString& path);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void saveWindow(const QByteArray& geometry, const QByteArray& state);

private:
    QSettings settings_;
};

}  // namespace ga::app
