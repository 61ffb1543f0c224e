#pragma once
// The ledger's charts (QCustomPlot): issues by category, the monthly trend by category, closure
// rate per grid and the grids with most issues. Hovering shows the value under the mouse; each
// chart exports as PNG.
#include <QString>

#include "analysis/statistics.h"

class QCustomPlot;

namespace ga::app {

/// Bars of issues per category.
void plotCategories(QCustomPlot& plot, const analysis::Statistics& byCategory);
/// One line per category over the months.
void plotMonthlyTrend(QCustomPlot& plot, const analysis::MonthlyTrend& trend);
/// Closure rate (%) per grid, lowest first (the grids needing attention on the left).
void plotClosureRates(QCustomPlot& plot, const analysis::Statistics& byGrid);
/// The `count` grids with most issues, most first.
void plotTopGrids(QCustomPlot& plot, const analysis::Statistics& byGrid, int count = 15);
/// Shows the value of the bar or point under the mouse as a tooltip.
void enableHoverValues(QCustomPlot& plot);

}  // namespace ga::app
