#include "app/feature_pick.h"

#include <algorithm>

namespace ga::app {
namespace {

// Liang–Barsky: does segment a–b meet the box?
bool segmentMeetsBox(geo::Point a, geo::Point b, const geo::Box& box) {
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x - box.minx, box.maxx - a.x, a.y - box.miny, box.maxy - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    return true;
}

// Features the rectangle touches: an edge meets it, or the rectangle lies inside the feature.
template <class Attr>
void inRectangle(const model::FeatureLayer<Attr>& layer, const geo::Box& box, QSet<qint64>& out) {
    const model::FeatureGeometry& g = layer.geometry;
    const geo::Point centre = box.center();
    g.index().visit(box, [&](uint32_t f) {
        const geo::Box& b = g.bounds(f);
        bool hit = b.minx >= box.minx && b.maxx <= box.maxx && b.miny >= box.miny && b.maxy <= box.maxy;
        for (auto [r, end] = g.rings(f); !hit && r < end; ++r) {
            const auto ring = g.ring(r);
            for (size_t i = 0; i < ring.size() && !hit; ++i) {
                const geo::Point a = g.toProject(ring[i]);
                hit = box.contains(a) || (i + 1 < ring.size() && segmentMeetsBox(a, g.toProject(ring[i + 1]), box));
            }
        }
        if (!hit) hit = g.contains(f, centre);
        if (hit) out.insert(layer.features[f].id);
    });
}

}  // namespace

PickedFeatures pickFeatures(const model::MapModel& model, const SelectGesture& gesture) {
    PickedFeatures out;
    if (gesture.rectangle) {
        if (gesture.buildings)
            inRectangle(model.buildings(), gesture.box, out.buildings);
        else
            inRectangle(model.grids(), gesture.box, out.grids);
        return out;
    }
    if (gesture.buildings) {
        const double tolerance = gesture.box.width() / 2;
        if (auto b = model.buildingAt(gesture.point, tolerance))
            out.buildings.insert(model.buildings().features[*b].id);
    } else if (auto g = model.gridAt(gesture.point)) {
        out.grids.insert(model.grids().features[*g].id);
    }
    return out;
}

}  // namespace ga::app
