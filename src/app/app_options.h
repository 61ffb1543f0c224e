#pragma once
// The command line of `gridatlas`: PROJECT [--screenshot OUT.png] [--size WxH]
// [--extent xmin,ymin,xmax,ymax] [--lang zh|en].
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/error.h"
#include "geo/geometry.h"

namespace ga::app {

struct AppOptions {
    QString project;                 ///< empty: start without a project
    QString screenshot;              ///< write the window to this PNG and exit
    QSize size{1600, 1000};          ///< window size for --screenshot
    std::optional<geo::Box> extent;  ///< initial view in project coordinates
    QString language;                ///< "zh" or "en"; empty: the saved preference
    bool sizeGiven = false;
};

/// Parses the arguments (without the program name); the error says which argument is wrong.
Result<AppOptions> parseAppOptions(const QStringList& args);

/// Usage text for --help and errors.
QString usage();

}  // namespace ga::app
