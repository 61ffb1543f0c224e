#include "app/project_content.h"

#include "store/basemap_settings.h"

namespace ga::app {

Result<ProjectContent> readProjectContent(const QString& path, const model::LoadProgress& progress) {
    auto project = store::Project::open(path.toStdString(), true);
    if (!project) return std::unexpected(project.error());
    auto model = model::MapModel::load(*project, progress);
    if (!model) return std::unexpected(model.error());
    auto basemaps = store::loadBasemaps(*project);
    if (!basemaps) return std::unexpected(basemaps.error());
    ProjectContent content;
    content.model = std::make_shared<const model::MapModel>(std::move(*model));
    content.basemaps = render::openBasemaps(*basemaps, project->settings().srid, content.basemapProblems);
    return content;
}

}  // namespace ga::app
