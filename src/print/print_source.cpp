#include "print/print_source.h"

#include <algorithm>
#include <fmt/format.h>

#include "render/map_renderer.h"
#include "store/basemap_settings.h"
#include "store/layer_reader.h"
#include "store/staff_photos.h"

namespace ga::print {
namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

Result<std::vector<CommunityRecord>> readCommunities(store::Project& project) {
    auto reader = store::LayerReader::create(project, store::Layer::Communities, store::Masking::Masked);
    if (!reader) return std::unexpected(reader.error());
    const auto& columns = reader->columns();
    auto column = [&](std::string_view name) {
        return static_cast<size_t>(std::find(columns.begin(), columns.end(), name) - columns.begin());
    };
    const size_t code = column("code"), name = column("name"), street = column("street"), phone = column("service_phone");
    std::vector<CommunityRecord> out;
    store::ReadRow row;
    for (;;) {
        auto more = reader->next(row);
        if (!more) return std::unexpected(more.error());
        if (!*more) break;
        auto value = [&](size_t i) { return i < row.values.size() ? row.values[i].value_or("") : std::string(); };
        out.push_back({value(code), value(name), value(street), value(phone)});
    }
    return out;
}

QString dateText(QDate d) { return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()); }

}  // namespace

Result<PrintSource> PrintSource::load(store::Project& project) {
    auto model = model::MapModel::load(project);
    if (!model) return std::unexpected(model.error());
    auto style = render::loadMapStyle(project);
    if (!style) return std::unexpected(style.error());
    return load(project, std::make_shared<const model::MapModel>(std::move(*model)), std::move(*style));
}

Result<PrintSource> PrintSource::load(store::Project& project, std::shared_ptr<const model::MapModel> model,
                                      render::MapStyle style) {
    PrintSource s;
    s.model_ = std::move(model);
    s.style_ = std::move(style);
    s.projectName_ = project.settings().name;
    s.servicePhone_ = project.settings().servicePhone;
    auto communities = readCommunities(project);
    if (!communities) return std::unexpected(communities.error());
    s.communities_ = std::move(*communities);
    auto basemaps = store::loadBasemaps(project);
    if (!basemaps) return std::unexpected(basemaps.error());
    s.basemaps_ = render::openBasemaps(*basemaps, project.settings().srid, s.basemapProblems_);
    auto counts = store::gridCounts(project);
    if (!counts) return std::unexpected(counts.error());
    for (store::GridCount& c : *counts) s.counts_.emplace(c.code, std::move(c));
    auto staff = store::allStaff(project);
    if (!staff) return std::unexpected(staff.error());
    for (store::StaffMember& m : *staff)
        if (!m.grid.empty()) s.staff_[m.grid].push_back(std::move(m));
    auto photos = store::staffPhotos(project);
    if (!photos) return std::unexpected(photos.error());
    for (const auto& [id, bytes] : *photos) {
        // A photo that cannot be read is printed as a placeholder, with a warning (see gridSheet).
        QImage image = QImage::fromData(bytes.data(), static_cast<int>(bytes.size()));
        if (!image.isNull()) s.photos_.emplace(id, std::move(image));
    }
    return s;
}

const CommunityRecord* PrintSource::communityByCode(std::string_view code) const {
    for (const CommunityRecord& c : communities_)
        if (c.code == code) return &c;
    return nullptr;
}

const CommunityRecord* PrintSource::communityOfGrid(const model::Grid& g) const {
    for (const CommunityRecord& c : communities_)
        if (!g.community.empty() && (c.code == g.community || c.name == g.community)) return &c;
    // Grid codes begin with their community's 12-digit division code.
    for (const CommunityRecord& c : communities_)
        if (!c.code.empty() && g.code.starts_with(c.code)) return &c;
    return nullptr;
}

std::vector<uint32_t> PrintSource::gridsOf(const CommunityRecord& c) const {
    std::vector<uint32_t> out;
    const auto& grids = model_->grids().features;
    for (uint32_t i = 0; i < grids.size(); ++i)
        if (communityOfGrid(grids[i]) == &c) out.push_back(i);
    std::sort(out.begin(), out.end(), [&](uint32_t a, uint32_t b) { return grids[a].code < grids[b].code; });
    return out;
}

geo::Box PrintSource::communityExtent(const CommunityRecord* c, const std::vector<uint32_t>& grids) const {
    geo::Box box;
    if (c) {
        const auto& l = model_->communities();
        for (uint32_t i = 0; i < l.size(); ++i)
            if (l.features[i].code == c->code) box.expand(l.geometry.bounds(i));
    }
    for (uint32_t g : grids) box.expand(model_->gridExtent(g));
    return box.isEmpty() ? model_->fullExtent() : box;
}

SheetTexts PrintSource::commonTexts(const CommunityRecord* c) const {
    SheetTexts t;
    t.servicePhone = qs(!servicePhone_.empty() ? servicePhone_ : c ? c->servicePhone : std::string());
    t.date = dateText(date_);
    t.note = QStringLiteral("本图为示意图，网格边界仅用于网格化服务管理，不作为权属界线依据。");
    QStringList sources;
    sources << QStringLiteral("%1网格化管理数据").arg(qs(c ? c->name : projectName_));
    const QString attribution = render::attributionText(*model_, style_);
    if (!attribution.isEmpty()) sources << attribution;
    t.dataSource = QStringLiteral("数据来源：") + sources.join(QStringLiteral("；"));
    return t;
}

Result<SheetContent> PrintSource::gridSheet(TemplateId id, std::string_view gridCode) const {
    if (templateOf(id).subject != Subject::Grid)
        return fail(fmt::format("template '{}' prints a community, not a grid", templateOf(id).name));
    const auto index = model_->gridByCode(gridCode);
    if (!index) return fail(fmt::format("grid {} is not in the project (or has no geometry)", gridCode));
    const model::Grid& g = model_->grids().features[*index];
    const CommunityRecord* c = communityOfGrid(g);

    SheetContent s;
    s.templateId = id;
    s.code = g.code;
    s.grid = *index;
    s.communityGrids = c ? gridsOf(*c) : std::vector<uint32_t>{*index};
    s.mapExtent = model_->gridExtent(*index);
    s.communityExtent = communityExtent(c, s.communityGrids);
    s.texts = commonTexts(c);
    const QString community = qs(c ? c->name : g.community);
    QString title = qs(g.name.empty() ? g.code : g.name);
    if (!community.isEmpty() && !title.startsWith(community)) title = community + title;
    s.texts.title = title;
    QStringList where;
    if (c && !c->street.empty()) where << qs(c->street);
    if (!community.isEmpty()) where << community;
    s.texts.subtitle = QStringLiteral("网格编码 %1").arg(qs(g.code));
    if (!where.isEmpty()) s.texts.subtitle += QStringLiteral("　｜　") + where.join(QStringLiteral(" "));

    s.totals.grids = 1;
    if (const auto it = counts_.find(g.code); it != counts_.end()) {
        s.totals.households = it->second.households;
        s.totals.population = it->second.population;
        s.totals.buildings = it->second.buildings;
        s.totals.areaM2 = it->second.areaM2;
    } else {
        s.totals.households = g.households;
        s.totals.population = g.population;
    }
    if (const auto it = staff_.find(g.code); it != staff_.end()) {
        for (const store::StaffMember& m : it->second) {
            StaffCard card{qs(m.name), qs(m.role), qs(m.phone), {}};
            if (const auto p = photos_.find(m.id); p != photos_.end()) card.photo = p->second;
            else
                s.warnings.push_back(fmt::format("grid {}: {} ({}) has {}; a placeholder is printed", g.code, m.name,
                                                 m.role.empty() ? "staff" : m.role,
                                                 m.hasPhoto ? "a photo that cannot be read" : "no photo"));
            s.staff.push_back(std::move(card));
        }
    }
    if (s.staff.empty()) s.warnings.push_back(fmt::format("grid {}: no staff recorded; the staff panel is empty", g.code));
    return s;
}

Result<SheetContent> PrintSource::communitySheet(std::string_view communityCode) const {
    const CommunityRecord* c = nullptr;
    if (communityCode.empty()) {
        if (communities_.size() != 1)
            return fail(fmt::format("the project has {} communities: give --community CODE", communities_.size()));
        c = &communities_.front();
    } else if (!(c = communityByCode(communityCode))) {
        return fail(fmt::format("community {} is not in the project", communityCode));
    }
    SheetContent s;
    s.templateId = TemplateId::Overview;
    s.code = c->code;
    s.communityGrids = gridsOf(*c);
    s.communityExtent = communityExtent(c, s.communityGrids);
    s.mapExtent = s.communityExtent;
    s.texts = commonTexts(c);
    s.texts.title = qs(c->name) + QStringLiteral("网格总图");
    QStringList where;
    if (!c->street.empty()) where << qs(c->street) + QStringLiteral(" ") + qs(c->name);
    where << QStringLiteral("社区代码 %1").arg(qs(c->code));
    where << QStringLiteral("共 %1 个网格").arg(s.communityGrids.size());
    s.texts.subtitle = where.join(QStringLiteral("　｜　"));
    const auto& grids = model_->grids().features;
    for (uint32_t i : s.communityGrids) {
        const model::Grid& g = grids[i];
        GridFacts f{qs(g.code), qs(g.name), {}, {}, g.households, g.population};
        if (const auto it = counts_.find(g.code); it != counts_.end()) {
            f.households = it->second.households;
            f.population = it->second.population;
            s.totals.buildings += it->second.buildings;
            s.totals.areaM2 += it->second.areaM2;
        }
        if (const auto it = staff_.find(g.code); it != staff_.end() && !it->second.empty()) {
            f.leader = qs(it->second.front().name);
            f.leaderPhone = qs(it->second.front().phone);
        } else {
            s.warnings.push_back(fmt::format("grid {}: no staff recorded; its leader is left blank", g.code));
        }
        s.totals.households += f.households;
        s.totals.population += f.population;
        s.grids.push_back(std::move(f));
    }
    s.totals.grids = static_cast<long long>(s.grids.size());
    return s;
}

Result<std::vector<std::string>> PrintSource::atlasGrids(std::string_view communityCode) const {
    std::vector<std::string> out;
    if (communityCode.empty()) {
        for (const model::Grid& g : model_->grids().features) out.push_back(g.code);
        std::sort(out.begin(), out.end());
    } else {
        const CommunityRecord* c = communityByCode(communityCode);
        if (!c) return fail(fmt::format("community {} is not in the project", communityCode));
        for (uint32_t i : gridsOf(*c)) out.push_back(model_->grids().features[i].code);
    }
    if (out.empty()) return fail("no grids to print: the project has no grids with geometry");
    return out;
}

}  // namespace ga::print
