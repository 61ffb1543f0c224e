#pragma once
// What the map of an open project is drawn from, read in one go through its own read-only
// connection, so it can be read on a worker thread while the window stays responsive: the map
// model and the basemaps (a tile service may take a moment to open).
#include <QString>
#include <memory>
#include <string>
#include <vector>

#include "core/error.h"
#include "model/map_model.h"
#include "render/basemap_layer.h"

namespace ga::app {

struct ProjectContent {
    std::shared_ptr<const model::MapModel> model;
    render::BasemapLayers basemaps;            ///< the ones that opened, bottom first
    std::vector<std::string> basemapProblems;  ///< why the others did not
};

/// Reads the map content of the project at `path` (any thread). `progress` is told each layer
/// before it is read.
Result<ProjectContent> readProjectContent(const QString& path, const model::LoadProgress& progress = {});

}  // namespace ga::app
