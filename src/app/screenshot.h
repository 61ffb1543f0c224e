#pragma once
// `gridatlas PROJECT --screenshot OUT.png`: the whole window as a user sees it, grabbed once the
// map shows a sharp frame for the requested view, then written as PNG.
#include <QString>
#include <chrono>
#include <optional>

#include "app/main_window.h"

namespace ga::app {

/// Shows `window` at `size`, moves the map to `extent` when given, waits (at most `timeout`) for
/// the first sharp frame of the map and the overview, and saves the window to `path`.
Result<void> saveScreenshot(MainWindow& window, const QString& path, QSize size, const std::optional<geo::Box>& extent,
                            std::chrono::milliseconds timeout = std::chrono::seconds(60));

/// Waits until the canvas shows a sharp frame for its current view; false on timeout.
bool waitForSharpFrame(MapCanvas& canvas, std::chrono::milliseconds timeout);

}  // namespace ga::app
