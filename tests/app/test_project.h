#pragma once
// A small project built in the test: three grids side by side in one community, buildings with
// numbers (one holding three households with personal data), a named road and grid staff.
#include <QString>
#include <cstdint>

#include "core/error.h"
#include "geo/geometry.h"

namespace ga::app::test {

/// Where the grids lie (EPSG:4549): grid i covers [x0 + 200 i, x0 + 200 (i + 1)] × [y0, y0 + 200].
inline constexpr double kX0 = 500000, kY0 = 3580000, kGridSize = 200;

struct TestProject {
    QString path;
    QString gridCodes[3];
    int64_t gridIds[3] = {};
    int64_t householdBuildingId = 0;  ///< 华荣上海城 12号楼 in grid 2, with three households
    geo::Box gridBox(int i) const { return {kX0 + kGridSize * i, kY0, kX0 + kGridSize * (i + 1), kY0 + kGridSize}; }
    /// The centre of 华荣上海城 12号楼.
    geo::Point householdBuilding() const { return {kX0 + 260, kY0 + 60}; }
};

/// Writes the project to `dir`/`name`.
Result<TestProject> makeTestProject(const QString& dir, const QString& name = QStringLiteral("test.sqlite"));

/// A project with a CRS and no features at all.
Result<QString> makeEmptyProject(const QString& dir);

}  // namespace ga::app::test
