#pragma once
// Which grids or buildings a selection click or rectangle takes, as store ids.
#include <QSet>

#include "app/map_tools.h"
#include "model/map_model.h"

namespace ga::app {

struct PickedFeatures {
    QSet<qint64> grids, buildings;
};

/// A click takes the feature under the point (buildings: the nearest within the tolerance);
/// a rectangle takes every feature it touches.
PickedFeatures pickFeatures(const model::MapModel& model, const SelectGesture& gesture);

}  // namespace ga::app
