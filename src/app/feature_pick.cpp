#include "app/feature_pick.h"

namespace ga::app {
namespace {

// Features of `g` the rectangle touches: a vertex inside it, or the rectangle inside the feature.
template <class Attr>
void inRectangle(const model::FeatureLayer<Attr>& layer, const geo::Box& box, QSet<qint64>& out) {
    const model::FeatureGeometry& g = layer.geometry;
    const geo::Point centre = box.center();
    g.index().visit(box, [&](uint32_t f) {
        const geo::Box& b = g.bounds(f);
        bool hit = b.minx >= box.minx && b.maxx <= box.maxx && b.miny >= box.miny && b.maxy <= box.maxy;
        for (auto [r, end] = g.rings(f); !hit && r < end; ++r)
            for (const model::Vec2f v : g.ring(r))
                if (box.contains(g.toProject(v))) {
                    hit = true;
                    break;
                }
        if (!hit) hit = g.contains(f, centre);
        if (hit) out.insert(layer.features[f].id);
    });
}

}  // namespace

PickedFeatures pickFeatures(const model::MapModel& model, const SelectGesture& gesture) {
    PickedFeatures out;
    if (gesture.rectangle) {
        if (gesture.buildings) inRectangle(model.buildings(), gesture.box, out.buildings);
        else inRectangle(model.grids(), gesture.box, out.grids);
        return out;
    }
    if (gesture.buildings) {
        const double tolerance = gesture.box.width() / 2;
        if (auto b = model.buildingAt(gesture.point, tolerance)) out.buildings.insert(model.buildings().features[*b].id);
    } else if (auto g = model.gridAt(gesture.point)) {
        out.grids.insert(model.grids().features[*g].id);
    }
    return out;
}

}  // namespace ga::app
