#pragma once
// Everything the printouts of one project need, read once: the map model and style, the
// communities, household counts per grid, the staff with their photos, the service phone and the
// data sources. The sheets are then put together without touching the project again, so an atlas
// can be drawn on a worker thread.
#include <QDate>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/map_model.h"
#include "print/sheet_content.h"
#include "render/basemap_layer.h"
#include "render/map_style.h"
#include "store/grid_staff.h"
#include "store/project.h"
#include "store/summary.h"

namespace ga::print {

struct CommunityRecord {
    std::string code, name, street, servicePhone;
};

class PrintSource {
public:
    /// Reads the printouts' data from `project` around an already loaded model and style (the
    /// workstation's own).
    static Result<PrintSource> load(store::Project& project, std::shared_ptr<const model::MapModel> model,
                                    render::MapStyle style);
    /// Loads the model and the project's saved style as well.
    static Result<PrintSource> load(store::Project& project);

    const model::MapModel& model() const { return *model_; }
    const std::shared_ptr<const model::MapModel>& sharedModel() const { return model_; }
    const render::MapStyle& style() const { return style_; }
    const std::vector<CommunityRecord>& communities() const { return communities_; }
    /// The project's basemaps, opened for drawing (hidden ones included, as the project keeps them).
    const render::BasemapLayers& basemaps() const { return basemaps_; }
    /// Basemaps that could not be opened (a file moved away), one message each: printed without.
    const std::vector<std::string>& basemapProblems() const { return basemapProblems_; }

    /// The sheet of template `id` (a grid template) for the grid with this code.
    Result<SheetContent> gridSheet(TemplateId id, std::string_view gridCode) const;
    /// The overview sheet of the community with this code (empty: the project's only community).
    Result<SheetContent> communitySheet(std::string_view communityCode) const;
    /// Codes of the grids an atlas prints, ordered by code: those of one community (empty code:
    /// every grid of the project).
    Result<std::vector<std::string>> atlasGrids(std::string_view communityCode) const;

    /// The date printed on the sheets (today unless set).
    void setDate(QDate date) { date_ = date; }

private:
    PrintSource() = default;
    // The community a grid belongs to (its community field holds the code or the name).
    const CommunityRecord* communityOfGrid(const model::Grid& g) const;
    const CommunityRecord* communityByCode(std::string_view code) const;
    // Indexes of the model's grids that belong to `c`, by code.
    std::vector<uint32_t> gridsOf(const CommunityRecord& c) const;
    geo::Box communityExtent(const CommunityRecord* c, const std::vector<uint32_t>& grids) const;
    SheetTexts commonTexts(const CommunityRecord* c) const;

    std::shared_ptr<const model::MapModel> model_;
    render::MapStyle style_;
    std::string projectName_, servicePhone_;
    std::vector<CommunityRecord> communities_;
    std::map<std::string, store::GridCount, std::less<>> counts_;          ///< by grid code
    std::map<std::string, std::vector<store::StaffMember>, std::less<>> staff_;  ///< by grid code, leader first
    std::map<int64_t, QImage> photos_;                                    ///< by staff id
    render::BasemapLayers basemaps_;
    std::vector<std::string> basemapProblems_;
    QDate date_ = QDate::currentDate();
};

}  // namespace ga::print
