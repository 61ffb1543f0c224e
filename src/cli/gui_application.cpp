#include "cli/gui_application.h"

#include <unistd.h>

#include <QDir>
#include <QFile>

namespace ga::cli {

namespace {

// Without a login session (cron, CI, a shell over ssh) XDG_RUNTIME_DIR is unset and Qt prints a
// warning on every run; hand it the private directory it would fall back to anyway.
void provideRuntimeDir() {
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) return;
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-%1").arg(getuid());
    if (!QDir().mkpath(dir)) return;
    if (!QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) return;
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

}  // namespace

std::unique_ptr<QGuiApplication> guiApplication() {
    if (QGuiApplication::instance()) return nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    provideRuntimeDir();
    static int argc = 1;
    static char name[] = "gridatlas-cli";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QGuiApplication>(argc, argv);
}

}  // namespace ga::cli
