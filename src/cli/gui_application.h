#pragma once
// QFont and text drawing need a QGuiApplication; the CLI has no display, so it draws offscreen
// unless the caller chose a platform.
#include <QGuiApplication>
#include <memory>

namespace ga::cli {

/// A QGuiApplication for drawing commands (render, print, heatmap); null when one exists already.
std::unique_ptr<QGuiApplication> guiApplication();

}  // namespace ga::cli
