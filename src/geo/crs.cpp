#include "geo/crs.h"

#include <proj.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>
#include <fmt/format.h>

namespace ga::geo {
namespace {

// One PROJ context per thread, as PROJ requires.
PJ_CONTEXT* context() {
    struct Ctx {
        // Errors reach the user through our messages; PROJ's own stderr logging would only add noise.
        PJ_CONTEXT* c = [] {
            PJ_CONTEXT* ctx = proj_context_create();
            proj_log_level(ctx, PJ_LOG_NONE);
            return ctx;
        }();
        ~Ctx() { proj_context_destroy(c); }
    };
    thread_local Ctx ctx;
    return ctx.c;
}

struct PjDeleter {
    void operator()(PJ* p) const { proj_destroy(p); }
};
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

std::string lastProjError() { return proj_context_errno_string(context(), proj_context_errno(context())); }

}  // namespace

Result<int> parseEpsg(std::string_view text) {
    std::string_view digits = text;
    if (digits.size() > 5 && (digits.substr(0, 5) == "EPSG:" || digits.substr(0, 5) == "epsg:")) digits.remove_prefix(5);
    int code = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), code);
    if (ec != std::errc{} || ptr != digits.data() + digits.size() || code <= 0)
        return fail(fmt::format("'{}' is not a CRS code; write EPSG:N, e.g. EPSG:4549", text));
    return code;
}

Result<void> requireMetricProjectCrs(int epsg) {
    PjPtr crs(proj_create(context(), fmt::format("EPSG:{}", epsg).c_str()));
    if (!crs) return fail(fmt::format("EPSG:{} is not a CRS PROJ knows", epsg));
    const PJ_TYPE t = proj_get_type(crs.get());
    if (t != PJ_TYPE_PROJECTED_CRS)
        return fail(fmt::format("EPSG:{} is not a projected CRS; the project CRS must be metric "
                                "(e.g. a CGCS2000 Gauss–Krüger zone such as EPSG:4549)",
                                epsg));
    PjPtr cs(proj_crs_get_coordinate_system(context(), crs.get()));
    double factor = 0;
    const char* unit = nullptr;
    if (!cs || !proj_cs_get_axis_info(context(), cs.get(), 0, nullptr, nullptr, nullptr, &factor, &unit, nullptr,
                                      nullptr) ||
        std::abs(factor - 1.0) > 1e-9)
        return fail(fmt::format("EPSG:{} is not in metres; the project CRS must be metric", epsg));
    return {};
}

int cgcs2000GaussKrugerEpsg(double longitude) {
    const int cm = static_cast<int>(std::lround(longitude / 3.0)) * 3;
    const int clamped = std::clamp(cm, 75, 135);
    return 4534 + (clamped - 75) / 3;
}

struct Transformer::Impl {
    std::vector<PjPtr> ops;  ///< applied in order
};

Transformer::Transformer(Transformer&&) noexcept = default;
Transformer& Transformer::operator=(Transformer&&) noexcept = default;
Transformer::~Transformer() = default;

namespace {

double semiMajorAxis(PJ* crs) {
    PjPtr ellipsoid(proj_get_ellipsoid(context(), crs));
    double a = 0;
    if (ellipsoid) proj_ellipsoid_get_parameters(context(), ellipsoid.get(), &a, nullptr, nullptr, nullptr);
    return a;
}

// WGS 84, CGCS2000 and ITRF realisations share a = 6378137 m and differ by well under a metre, so
// PROJ's "ballpark" null shift between them is exact enough. Across ellipsoids (Beijing 1954 on
// Krassowsky, Xian 1980 on IAG-75) a ballpark shift is tens of metres off and is refused.
bool ballparkIsAcceptable(PJ* src, PJ* dst) {
    const double a = semiMajorAxis(src), b = semiMajorAxis(dst);
    return a > 0 && std::abs(a - 6378137.0) < 0.5 && std::abs(b - 6378137.0) < 0.5;
}

// The best operation between two CRSs, normalised to x = easting/longitude; ballpark ones only
// where ballparkIsAcceptable().
Result<PjPtr> bestOperation(PJ* src, PJ* dst, std::string_view sourceName, int targetEpsg) {
    PJ_CONTEXT* ctx = context();
    PJ_OPERATION_FACTORY_CONTEXT* factory = proj_create_operation_factory_context(ctx, nullptr);
    proj_operation_factory_context_set_spatial_criterion(ctx, factory, PROJ_SPATIAL_CRITERION_PARTIAL_INTERSECTION);
    proj_operation_factory_context_set_grid_availability_use(ctx, factory,
                                                             PROJ_GRID_AVAILABILITY_DISCARD_OPERATION_IF_MISSING_GRID);
    PJ_OBJ_LIST* ops = proj_create_operations(ctx, src, dst, factory);
    proj_operation_factory_context_destroy(factory);
    const int count = ops ? proj_list_get_count(ops) : 0;
    PjPtr chosen;
    for (int i = 0; i < count && !chosen; ++i) {
        PjPtr op(proj_list_get(ctx, ops, i));
        if (op && !proj_coordoperation_has_ballpark_transformation(ctx, op.get())) chosen = std::move(op);
    }
    if (!chosen && count > 0 && ballparkIsAcceptable(src, dst)) chosen.reset(proj_list_get(ctx, ops, 0));
    if (ops) proj_list_destroy(ops);
    if (!chosen) {
        if (count > 0)
            return fail(fmt::format("PROJ knows only a ballpark transformation (tens of metres off) from '{}' to "
                                    "EPSG:{}; give the datum shift with --towgs84 dx,dy,dz[,rx,ry,rz,s] or "
                                    "georeference with control points",
                                    sourceName, targetEpsg));
        return fail(fmt::format("no transformation from '{}' to EPSG:{}", sourceName, targetEpsg));
    }
    PjPtr norm(proj_normalize_for_visualization(ctx, chosen.get()));
    return norm ? std::move(norm) : std::move(chosen);
}

}  // namespace

Result<Transformer> Transformer::create(std::string_view source, int targetEpsg, std::string_view towgs84) {
    PJ_CONTEXT* ctx = context();
    std::string src(source);
    PjPtr srcCrs(proj_create(ctx, src.c_str()));
    if (!srcCrs) return fail(fmt::format("unknown CRS '{}': {}", source, lastProjError()));
    PjPtr dstCrs(proj_create(ctx, fmt::format("EPSG:{}", targetEpsg).c_str()));
    if (!dstCrs) return fail(fmt::format("unknown target CRS EPSG:{}", targetEpsg));

    Transformer t;
    t.impl_ = std::make_unique<Impl>();
    if (!towgs84.empty()) {
        // The user's Helmert parameters take the source to WGS 84; from there PROJ has a real operation.
        const char* projStr = proj_as_proj_string(ctx, srcCrs.get(), PJ_PROJ_5, nullptr);
        if (!projStr) return fail(fmt::format("CRS '{}' cannot take --towgs84 parameters", source));
        std::string s = projStr;
        if (auto pos = s.find(" +towgs84="); pos != std::string::npos) s.erase(pos, s.find(' ', pos + 1) - pos);
        if (auto pos = s.find(" +type=crs"); pos != std::string::npos) s.erase(pos, 10);
        s += fmt::format(" +towgs84={} +type=crs", towgs84);
        PjPtr bound(proj_create(ctx, s.c_str()));
        PjPtr wgs84(proj_create(ctx, "EPSG:4326"));
        if (!bound) return fail(fmt::format("--towgs84 '{}' is not 3 or 7 comma-separated numbers", towgs84));
        auto toWgs84 = bestOperation(bound.get(), wgs84.get(), source, 4326);
        if (!toWgs84) return std::unexpected(toWgs84.error());
        t.impl_->ops.push_back(std::move(*toWgs84));
        srcCrs = std::move(wgs84);
    }
    if (proj_is_equivalent_to(srcCrs.get(), dstCrs.get(), PJ_COMP_EQUIVALENT)) {
        t.identity_ = t.impl_->ops.empty();
        return t;
    }
    auto op = bestOperation(srcCrs.get(), dstCrs.get(), source, targetEpsg);
    if (!op) return std::unexpected(op.error());
    t.impl_->ops.push_back(std::move(*op));
    return t;
}

Result<Point> Transformer::apply(Point p) const {
    if (identity_) return p;
    PJ_COORD c = proj_coord(p.x, p.y, 0, 0);
    for (const auto& op : impl_->ops) c = proj_trans(op.get(), PJ_FWD, c);
    if (!std::isfinite(c.xy.x) || !std::isfinite(c.xy.y) || c.xy.x == HUGE_VAL)
        return fail(fmt::format("point ({}, {}) cannot be transformed", p.x, p.y));
    return Point{c.xy.x, c.xy.y};
}

Result<void> Transformer::apply(Geometry& g) const {
    if (identity_ || g.points.empty()) return {};
    const size_t n = g.points.size();
    const size_t stride = sizeof(Point);
    for (const auto& op : impl_->ops)
        proj_trans_generic(op.get(), PJ_FWD, &g.points[0].x, stride, n, &g.points[0].y, stride, n, nullptr, 0, 0,
                           nullptr, 0, 0);
    for (const Point& p : g.points)
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || p.x == HUGE_VAL)
            return fail("a coordinate cannot be transformed into the project CRS (outside the CRS's area?)");
    return {};
}

}  // namespace ga::geo
