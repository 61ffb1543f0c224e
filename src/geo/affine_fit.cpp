#include "geo/affine_fit.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace ga::geo {
namespace {

// Solves the 3×3 system m·x = r by Cramer's rule; false when m is (nearly) singular.
bool solve3(const double m[3][3], const double r[3], double x[3]) {
    auto det = [](const double k[3][3]) {
        return k[0][0] * (k[1][1] * k[2][2] - k[1][2] * k[2][1]) - k[0][1] * (k[1][0] * k[2][2] - k[1][2] * k[2][0]) +
               k[0][2] * (k[1][0] * k[2][1] - k[1][1] * k[2][0]);
    };
    const double d = det(m);
    if (std::abs(d) < 1e-12) return false;
    for (int col = 0; col < 3; ++col) {
        double k[3][3];
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j) k[i][j] = j == col ? r[i] : m[i][j];
        x[col] = det(k) / d;
    }
    return true;
}

}  // namespace

Result<AffineFit> fitAffine(std::span<const Point> source, std::span<const Point> target) {
    if (source.size() != target.size())
        return fail(fmt::format("{} source points but {} target points", source.size(), target.size()));
    if (source.size() < 3)
        return fail(fmt::format("an affine fit needs at least 3 control points; {} given", source.size()));
    // Centre the source points so the normal equations stay well conditioned for large coordinates.
    Point mean{};
    for (const Point& p : source) mean.x += p.x / source.size(), mean.y += p.y / source.size();
    double m[3][3] = {};
    double rx[3] = {}, ry[3] = {};
    double extent = 0;
    for (size_t i = 0; i < source.size(); ++i) {
        const double u[3] = {source[i].x - mean.x, source[i].y - mean.y, 1};
        extent = std::max({extent, std::abs(u[0]), std::abs(u[1])});
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 3; ++c) m[r][c] += u[r] * u[c];
            rx[r] += u[r] * target[i].x;
            ry[r] += u[r] * target[i].y;
        }
    }
    // Collinear points leave the normal matrix singular relative to their spread.
    const double spread = m[0][0] * m[1][1] - m[0][1] * m[0][1];
    if (extent == 0 || spread <= 1e-9 * extent * extent * extent * extent * source.size() * source.size())
        return fail("the control points lie on one line; an affine fit needs points spread over the area");
    double px[3], py[3];
    if (!solve3(m, rx, px) || !solve3(m, ry, py))
        return fail("the control points lie on one line; an affine fit needs points spread over the area");
    AffineFit fit;
    fit.transform = {px[0], px[1], px[2] - px[0] * mean.x - px[1] * mean.y,
                     py[0], py[1], py[2] - py[0] * mean.x - py[1] * mean.y};
    double sum = 0;
    for (size_t i = 0; i < source.size(); ++i) {
        const Point q = fit.transform.apply(source[i]);
        const double r = std::hypot(q.x - target[i].x, q.y - target[i].y);
        fit.residuals.push_back(r);
        fit.maxResidual = std::max(fit.maxResidual, r);
        sum += r * r;
    }
    fit.rms = std::sqrt(sum / source.size());
    return fit;
}

}  // namespace ga::geo
