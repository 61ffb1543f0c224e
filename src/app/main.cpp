// gridatlas: the workstation. `gridatlas [PROJECT.sqlite] [--screenshot OUT.png] [--size WxH]
// [--extent xmin,ymin,xmax,ymax] [--lang zh|en]`.
#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <cstdio>

#include "app/app_options.h"
#include "app/app_settings.h"
#include "app/main_window.h"
#include "app/plugin_manager.h"
#include "app/screenshot.h"
#include "app/translations.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GridAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("GridAtlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDATLAS_VERSION));
    using namespace ga::app;

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::printf("%s\n", qPrintable(usage()));
        return 0;
    }
    auto options = parseAppOptions(args);
    if (!options) {
        std::fprintf(stderr, "gridatlas: %s\n%s\n", options.error().message.c_str(), qPrintable(usage()));
        return 2;
    }
    const QString language = options->language.isEmpty() ? AppSettings().language() : options->language;
    if (!installTranslators(app, language))
        std::fprintf(stderr, "gridatlas: the English translation is missing; showing Chinese\n");
    QLocale::setDefault(language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                        : QLocale(QLocale::Chinese, QLocale::China));

    PluginManager plugins;
    plugins.loadFrom(PluginManager::defaultDirectories());
    MainWindow window(plugins);
    const bool screenshot = !options->screenshot.isEmpty();
    if (!screenshot) {
        // The window first, then the project: a district takes seconds to read, and the window
        // answers and shows the progress meanwhile.
        const AppSettings settings;
        if (!settings.windowGeometry().isEmpty()) window.restoreGeometry(settings.windowGeometry());
        if (!settings.windowState().isEmpty()) window.restoreState(settings.windowState());
        if (options->sizeGiven) window.resize(options->size);
        window.show();
    }

    if (!options->project.isEmpty()) {
        if (auto r = window.openProject(options->project); !r) {
            if (screenshot) {
                std::fprintf(stderr, "gridatlas: %s\n", r.error().message.c_str());
                return 2;
            }
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "无法打开项目"),
                                  QString::fromStdString(r.error().message));
        } else if (window.session()->isReadOnly()) {
            if (screenshot)
                std::fprintf(stderr, "gridatlas: %s\n", qPrintable(window.session()->readOnlyReason()));
            else
                QMessageBox::warning(nullptr, QCoreApplication::translate("main", "只读打开"),
                                     window.session()->readOnlyReason());
        }
    }

    if (screenshot) {
        if (auto r = saveScreenshot(window, options->screenshot, options->size, options->extent); !r) {
            std::fprintf(stderr, "gridatlas: %s\n", r.error().message.c_str());
            return 2;
        }
        return 0;
    }

    if (options->extent) window.canvas().zoomToBox(*options->extent, 0);
    return QApplication::exec();
}
