#include "model/feature_geometry.h"

#include <algorithm>
#include <cmath>

#include "geo/hilbert.h"

namespace ga::model {
namespace {

ShapeKind kindOf(geo::GeomType t) {
    if (geo::isPolygonal(t)) return ShapeKind::Polygon;
    if (geo::isLineal(t)) return ShapeKind::Line;
    return ShapeKind::Point;
}

double segmentDistance2(double px, double py, double ax, double ay, double bx, double by) {
    const double dx = bx - ax, dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = ax + t * dx - px, ey = ay + t * dy - py;
    return ex * ex + ey * ey;
}

}  // namespace

FeatureGeometry::Arrays& FeatureGeometry::own() {
    if (a_.use_count() > 1) a_ = std::make_shared<Arrays>(*a_);
    return *a_;
}

void FeatureGeometry::add(const geo::Geometry& g) {
    Arrays& a = own();
    a.kinds.push_back(kindOf(g.type));
    geo::Box box;
    for (size_t r = 0; r < g.ringCount(); ++r) {
        const auto ring = g.ring(r);
        if (ring.empty()) continue;
        for (const geo::Point& p : ring) {
            a.points.push_back(toLocal(p));
            box.expand(p);
        }
        a.ringEnds.push_back(static_cast<uint32_t>(a.points.size()));
    }
    a.featureEnds.push_back(static_cast<uint32_t>(a.ringEnds.size()));
    a.boxes.push_back(box);
    a.extent.expand(box);
}

void FeatureGeometry::addFrom(const FeatureGeometry& from, size_t feature) {
    Arrays& a = own();
    const auto [first, last] = from.rings(feature);
    for (uint32_t r = first; r < last; ++r) {
        const auto pts = from.ring(r);
        a.points.insert(a.points.end(), pts.begin(), pts.end());
        a.ringEnds.push_back(static_cast<uint32_t>(a.points.size()));
    }
    a.featureEnds.push_back(static_cast<uint32_t>(a.ringEnds.size()));
    a.kinds.push_back(from.kind(feature));
    a.boxes.push_back(from.bounds(feature));
    a.extent.expand(from.bounds(feature));
}

std::vector<uint32_t> FeatureGeometry::sortSpatially() {
    std::vector<uint32_t> order = geo::hilbertOrder(a_->boxes);
    FeatureGeometry sorted(origin_);
    Arrays& s = *sorted.a_;
    s.points.reserve(a_->points.size());
    s.ringEnds.reserve(a_->ringEnds.size());
    s.featureEnds.reserve(a_->featureEnds.size());
    s.kinds.reserve(a_->kinds.size());
    s.boxes.reserve(a_->boxes.size());
    for (uint32_t old : order) sorted.addFrom(*this, old);
    *this = std::move(sorted);
    return order;
}

void FeatureGeometry::buildIndex() {
    Arrays& a = own();
    a.index = geo::SpatialIndex(a.boxes);
}

bool FeatureGeometry::contains(size_t feature, geo::Point p) const {
    if (a_->kinds[feature] != ShapeKind::Polygon || !a_->boxes[feature].contains(p)) return false;
    const double x = p.x - origin_.x, y = p.y - origin_.y;
    bool inside = false;
    const auto [first, last] = rings(feature);
    for (uint32_t r = first; r < last; ++r) {
        const auto pts = ring(r);
        for (size_t i = 0, j = pts.size() - 1; i < pts.size(); j = i++) {
            const double yi = pts[i].y, yj = pts[j].y;
            if ((yi > y) != (yj > y)) {
                const double xi = pts[i].x, xj = pts[j].x;
                if (x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
            }
        }
    }
    return inside;
}

double FeatureGeometry::distance(size_t feature, geo::Point p) const {
    if (contains(feature, p)) return 0;
    const double x = p.x - origin_.x, y = p.y - origin_.y;
    double best = std::numeric_limits<double>::infinity();
    const auto [first, last] = rings(feature);
    for (uint32_t r = first; r < last; ++r) {
        const auto pts = ring(r);
        if (pts.size() == 1) {
            best = std::min(best, segmentDistance2(x, y, pts[0].x, pts[0].y, pts[0].x, pts[0].y));
            continue;
        }
        for (size_t i = 1; i < pts.size(); ++i)
            best = std::min(best, segmentDistance2(x, y, pts[i - 1].x, pts[i - 1].y, pts[i].x, pts[i].y));
    }
    return std::sqrt(best);
}

std::vector<uint32_t> FeatureGeometry::candidatesAt(geo::Point p, double tolerance) const {
    std::vector<uint32_t> out;
    a_->index.query({p.x - tolerance, p.y - tolerance, p.x + tolerance, p.y + tolerance}, out);
    return out;
}

}  // namespace ga::model
