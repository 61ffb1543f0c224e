#include "geo/china_offset.h"

#include <cmath>
#include <numbers>

namespace ga::geo {
namespace {

using std::numbers::pi;

// Constants of the published GCJ-02 algorithm: the Krasovsky 1940 ellipsoid.
constexpr double kA = 6378245.0;
constexpr double kEe = 0.00669342162296594323;
// BD-09 works in "x_pi" radians.
constexpr double kXPi = pi * 3000.0 / 180.0;
// Iterative inverses stop once a step moves the point by less than this (degrees).
constexpr double kTolerance = 1e-10;
constexpr int kMaxIterations = 30;

double offsetLat(double x, double y) {
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * pi) + 40.0 * std::sin(y / 3.0 * pi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * pi) + 320.0 * std::sin(y * pi / 30.0)) * 2.0 / 3.0;
    return r;
}

double offsetLon(double x, double y) {
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * pi) + 40.0 * std::sin(x / 3.0 * pi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * pi) + 300.0 * std::sin(x / 30.0 * pi)) * 2.0 / 3.0;
    return r;
}

// Inverts `forward` near `target` by fixed-point iteration: the offsets change slowly with
// position, so each step gains about three digits.
template <class Forward>
Point invert(Point target, Point start, Forward forward) {
    Point p = start;
    for (int i = 0; i < kMaxIterations; ++i) {
        const Point f = forward(p);
        const double dx = f.x - target.x, dy = f.y - target.y;
        p.x -= dx;
        p.y -= dy;
        if (std::abs(dx) < kTolerance && std::abs(dy) < kTolerance) break;
    }
    return p;
}

}  // namespace

bool isInsideChina(Point lonlat) {
    return lonlat.x >= 72.004 && lonlat.x <= 137.8347 && lonlat.y >= 0.8293 && lonlat.y <= 55.8271;
}

Point wgs84ToGcj02(Point lonlat) {
    if (!isInsideChina(lonlat)) return lonlat;
    const double dLat0 = offsetLat(lonlat.x - 105.0, lonlat.y - 35.0);
    const double dLon0 = offsetLon(lonlat.x - 105.0, lonlat.y - 35.0);
    const double radLat = lonlat.y / 180.0 * pi;
    const double s = std::sin(radLat);
    const double magic = 1 - kEe * s * s;
    const double sqrtMagic = std::sqrt(magic);
    const double dLat = (dLat0 * 180.0) / ((kA * (1 - kEe)) / (magic * sqrtMagic) * pi);
    const double dLon = (dLon0 * 180.0) / (kA / sqrtMagic * std::cos(radLat) * pi);
    return {lonlat.x + dLon, lonlat.y + dLat};
}

Point gcj02ToWgs84(Point lonlat) {
    if (!isInsideChina(lonlat)) return lonlat;
    return invert(lonlat, lonlat, wgs84ToGcj02);
}

Point gcj02ToBd09(Point lonlat) {
    const double x = lonlat.x, y = lonlat.y;
    const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * kXPi);
    const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * kXPi);
    return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

Point bd09ToGcj02(Point lonlat) {
    // Baidu's closed form is only approximately inverse (errors near 4e-7 degrees, 5 cm); it is a good
    // starting point for the exact iteration on the forward formula.
    const double x = lonlat.x - 0.0065, y = lonlat.y - 0.006;
    const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * kXPi);
    const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * kXPi);
    return invert(lonlat, Point{z * std::cos(theta), z * std::sin(theta)}, gcj02ToBd09);
}

Point bd09ToWgs84(Point lonlat) { return gcj02ToWgs84(bd09ToGcj02(lonlat)); }

Point wgs84ToBd09(Point lonlat) { return gcj02ToBd09(wgs84ToGcj02(lonlat)); }

void convertToWgs84(Geometry& g, ChinaOffset from) {
    for (Point& p : g.points) p = from == ChinaOffset::Gcj02 ? gcj02ToWgs84(p) : bd09ToWgs84(p);
}

}  // namespace ga::geo
