#include "synth/district_writer.h"

#include <fmt/format.h>

#include "store/keyed_rows.h"

namespace ga::synth {

using store::Layer;

namespace {

// Position of `field` in the layer's fields; an error names a field the layer does not have.
Result<size_t> slotOf(Layer layer, std::string_view field) {
    const int i = store::fieldIndex(store::layerDef(layer), field);
    if (i < 0) return fail(fmt::format("layer {} has no field {}", store::layerDef(layer).name, field));
    return static_cast<size_t>(i);
}

}  // namespace

struct DistrictWriter::Slots {
    size_t communityCode, communityName, communityStreet, communityPhone;
    size_t gridCode, gridName, gridCommunity, gridPopulation, gridStart;
    size_t compoundName, compoundCommunity, compoundAliases;
    size_t bCompound, bNumber, bRoad, bDoor, bHouseholds, bFloors, bUnits, bUse, bName;
    size_t roadName, roadClass, waterName, waterKind;
    size_t hId, hAddress, hMembers, hName, hIdNumber, hPhone, hTags;
    size_t iId, iCategory, iSubcategory, iSeverity, iTitle, iDescription, iReported, iReporter, iAddress, iState,
        iLevel, iDeadline, iClosed;
    size_t sName, sRole, sPhone, sGrid;
    size_t oName, oKind, oAddress, oPhone;

    static Result<std::unique_ptr<Slots>> resolve() {
        auto s = std::make_unique<Slots>();
        Error error;
        bool ok = true;
        auto set = [&](size_t& out, Layer layer, std::string_view field) {
            auto i = slotOf(layer, field);
            if (!i) {
                if (ok) error = i.error();
                ok = false;
                return;
            }
            out = *i;
        };
        set(s->communityCode, Layer::Communities, "code");
        set(s->communityName, Layer::Communities, "name");
        set(s->communityStreet, Layer::Communities, "street");
        set(s->communityPhone, Layer::Communities, "service_phone");
        set(s->gridCode, Layer::Grids, "code");
        set(s->gridName, Layer::Grids, "name");
        set(s->gridCommunity, Layer::Grids, "community");
        set(s->gridPopulation, Layer::Grids, "population");
        set(s->gridStart, Layer::Grids, "start_date");
        set(s->compoundName, Layer::Compounds, "name");
        set(s->compoundCommunity, Layer::Compounds, "community");
        set(s->compoundAliases, Layer::Compounds, "aliases");
        set(s->bCompound, Layer::Buildings, "compound");
        set(s->bNumber, Layer::Buildings, "number");
        set(s->bRoad, Layer::Buildings, "road");
        set(s->bDoor, Layer::Buildings, "door");
        set(s->bHouseholds, Layer::Buildings, "households");
        set(s->bFloors, Layer::Buildings, "floors");
        set(s->bUnits, Layer::Buildings, "units");
        set(s->bUse, Layer::Buildings, "use");
        set(s->bName, Layer::Buildings, "name");
        set(s->roadName, Layer::Roads, "name");
        set(s->roadClass, Layer::Roads, "class");
        set(s->waterName, Layer::Water, "name");
        set(s->waterKind, Layer::Water, "kind");
        set(s->hId, Layer::Households, "household_id");
        set(s->hAddress, Layer::Households, "address");
        set(s->hMembers, Layer::Households, "members");
        set(s->hName, Layer::Households, "name");
        set(s->hIdNumber, Layer::Households, "id_number");
        set(s->hPhone, Layer::Households, "phone");
        set(s->hTags, Layer::Households, "tags");
        set(s->iId, Layer::Issues, "issue_id");
        set(s->iCategory, Layer::Issues, "category");
        set(s->iSubcategory, Layer::Issues, "subcategory");
        set(s->iSeverity, Layer::Issues, "severity");
        set(s->iTitle, Layer::Issues, "title");
        set(s->iDescription, Layer::Issues, "description");
        set(s->iReported, Layer::Issues, "reported_at");
        set(s->iReporter, Layer::Issues, "reporter");
        set(s->iAddress, Layer::Issues, "address");
        set(s->iState, Layer::Issues, "state");
        set(s->iLevel, Layer::Issues, "level");
        set(s->iDeadline, Layer::Issues, "deadline");
        set(s->iClosed, Layer::Issues, "closed_at");
        set(s->sName, Layer::Staff, "name");
        set(s->sRole, Layer::Staff, "role");
        set(s->sPhone, Layer::Staff, "phone");
        set(s->sGrid, Layer::Staff, "grid");
        set(s->oName, Layer::Organisations, "name");
        set(s->oKind, Layer::Organisations, "kind");
        set(s->oAddress, Layer::Organisations, "address");
        set(s->oPhone, Layer::Organisations, "phone");
        if (!ok) return std::unexpected(error);
        return s;
    }
};

namespace {

// Fills a reused Row: values sized for the layer, all NULL until set.
class RowFill {
public:
    RowFill(store::Row& row, Layer layer) : row_(row) {
        row_.values.resize(store::layerDef(layer).fields.size());
        for (auto& v : row_.values) v.reset();
        row_.geometry.reset();
    }
    RowFill& text(size_t slot, const std::string& value) {
        if (value.empty()) row_.values[slot].reset();
        else row_.values[slot] = value;
        return *this;
    }
    RowFill& number(size_t slot, long long value) {
        row_.values[slot] = std::to_string(value);
        return *this;
    }
    RowFill& geometry(const geo::Geometry& g) {
        row_.geometry = g;
        return *this;
    }
    RowFill& source(std::string s) {
        row_.source = std::move(s);
        return *this;
    }

private:
    store::Row& row_;
};

}  // namespace

DistrictWriter::DistrictWriter(store::Project& project, std::unique_ptr<Slots> slots, store::LayerWriter communities, store::LayerWriter grids,
                               store::LayerWriter compounds, store::LayerWriter buildings, store::LayerWriter roads,
                               store::LayerWriter water, store::LayerWriter households, store::LayerWriter issues,
                               store::LayerWriter staff, store::LayerWriter organisations,
                               store::GridLinkWriter buildingGrids, store::GridLinkWriter issueGrids)
    : project_(&project), slots_(std::move(slots)), communities_(std::move(communities)), grids_(std::move(grids)),
      compounds_(std::move(compounds)), buildings_(std::move(buildings)), roads_(std::move(roads)),
      water_(std::move(water)), households_(std::move(households)), issues_(std::move(issues)),
      staff_(std::move(staff)), organisations_(std::move(organisations)), buildingGrids_(std::move(buildingGrids)), issueGrids_(std::move(issueGrids)) {}

DistrictWriter::DistrictWriter(DistrictWriter&&) noexcept = default;
DistrictWriter& DistrictWriter::operator=(DistrictWriter&&) noexcept = default;
DistrictWriter::~DistrictWriter() = default;

Result<DistrictWriter> DistrictWriter::create(store::Project& project) {
    auto slots = Slots::resolve();
    if (!slots) return std::unexpected(slots.error());
    std::vector<store::LayerWriter> writers;
    for (Layer l : {Layer::Communities, Layer::Grids, Layer::Compounds, Layer::Buildings, Layer::Roads, Layer::Water,
                    Layer::Households, Layer::Issues, Layer::Staff, Layer::Organisations}) {
        auto w = store::LayerWriter::create(project, l, store::WriteMode::Insert);
        if (!w) return std::unexpected(w.error());
        writers.push_back(std::move(*w));
    }
    auto buildingGrids = store::GridLinkWriter::create(project, Layer::Buildings);
    if (!buildingGrids) return std::unexpected(buildingGrids.error());
    auto issueGrids = store::GridLinkWriter::create(project, Layer::Issues);
    if (!issueGrids) return std::unexpected(issueGrids.error());
    return DistrictWriter(project, std::move(*slots), std::move(writers[0]), std::move(writers[1]), std::move(writers[2]),
                          std::move(writers[3]), std::move(writers[4]), std::move(writers[5]), std::move(writers[6]),
                          std::move(writers[7]), std::move(writers[8]), std::move(writers[9]), std::move(*buildingGrids),
                          std::move(*issueGrids));
}

Result<void> DistrictWriter::writeRoads(std::span<const SynthRoad> roads) {
    for (const SynthRoad& r : roads) {
        RowFill(row_, Layer::Roads).text(slots_->roadName, r.name).text(slots_->roadClass, r.roadClass).geometry(r.line).source(r.name);
        if (auto id = roads_.write(row_); !id) return std::unexpected(id.error());
    }
    return {};
}

Result<void> DistrictWriter::writeWater(std::span<const SynthWater> water) {
    for (const SynthWater& w : water) {
        RowFill(row_, Layer::Water).text(slots_->waterName, w.name).text(slots_->waterKind, w.kind).geometry(w.area).source(w.name);
        if (auto id = water_.write(row_); !id) return std::unexpected(id.error());
    }
    return {};
}

Result<void> DistrictWriter::writeCommunityRows(const CommunityFeatures& c) {
    const Slots& s = *slots_;
    RowFill(row_, Layer::Communities)
        .text(s.communityCode, c.code)
        .text(s.communityName, c.name)
        .text(s.communityStreet, c.street)
        .text(s.communityPhone, c.servicePhone)
        .geometry(c.area)
        .source(c.code);
    if (auto id = communities_.write(row_); !id) return std::unexpected(id.error());
    std::vector<std::string> codes;
    for (const SynthGrid& g : c.grids) {
        codes.push_back(g.code);
        RowFill(row_, Layer::Grids)
            .text(s.gridCode, g.code)
            .text(s.gridName, g.name)
            .text(s.gridCommunity, c.code)
            .number(s.gridPopulation, g.population)
            .text(s.gridStart, "2023-01-01")
            .geometry(g.area)
            .source(g.code);
        if (auto id = grids_.write(row_); !id) return std::unexpected(id.error());
    }
    // Codes once issued are never given out again (grid_codes).
    if (auto r = store::recordIssuedGridCodes(*project_, codes); !r) return r;
    for (const SynthCompound& k : c.compounds) {
        RowFill(row_, Layer::Compounds)
            .text(s.compoundName, k.name)
            .text(s.compoundCommunity, c.code)
            .text(s.compoundAliases, k.aliases)
            .geometry(k.area)
            .source(k.name);
        if (auto id = compounds_.write(row_); !id) return std::unexpected(id.error());
    }
    for (const SynthWater& w : c.ponds)
        if (auto r = writeWater(std::span(&w, 1)); !r) return r;
    return writeRoads(c.lanes);
}

Result<std::vector<int64_t>> DistrictWriter::writeBuildings(const CommunityFeatures& c) {
    const Slots& s = *slots_;
    std::vector<int64_t> ids;
    ids.reserve(c.buildings.size());
    for (const SynthBuilding& b : c.buildings) {
        RowFill fill(row_, Layer::Buildings);
        fill.text(s.bCompound, b.compound)
            .text(s.bNumber, b.number)
            .text(s.bRoad, b.road)
            .text(s.bDoor, b.door)
            .number(s.bHouseholds, b.households)
            .number(s.bFloors, b.floors)
            .text(s.bUse, b.use)
            .text(s.bName, b.name)
            .geometry(b.footprint)
            .source(c.code);
        if (b.units > 0) fill.number(s.bUnits, b.units);
        auto id = buildings_.write(row_);
        if (!id) return std::unexpected(id.error());
        if (auto r = buildingGrids_.set(*id, c.grids[b.grid].code); !r) return std::unexpected(r.error());
        ids.push_back(*id);
    }
    return ids;
}

Result<int64_t> DistrictWriter::writeHousehold(const SynthHousehold& h) {
    const Slots& s = *slots_;
    RowFill fill(row_, Layer::Households);
    fill.text(s.hId, h.householdId)
        .text(s.hAddress, h.address)
        .number(s.hMembers, h.members)
        .text(s.hName, h.name)
        .text(s.hIdNumber, h.idNumber)
        .text(s.hPhone, h.phone)
        .text(s.hTags, h.tags)
        .source(h.householdId);
    if (h.location) fill.geometry(geo::Geometry::point(*h.location));
    return households_.write(row_);
}

Result<void> DistrictWriter::writeIssuesStaffAndOrganisations(const CommunityFeatures& c) {
    const Slots& s = *slots_;
    for (const SynthIssue& i : c.issues) {
        RowFill(row_, Layer::Issues)
            .text(s.iId, i.issueId)
            .text(s.iCategory, i.category)
            .text(s.iSubcategory, i.subcategory)
            .text(s.iSeverity, i.severity)
            .text(s.iTitle, i.title)
            .text(s.iDescription, i.description)
            .text(s.iReported, i.reportedAt)
            .text(s.iReporter, i.reporter)
            .text(s.iAddress, i.address)
            .text(s.iState, i.state)
            .text(s.iLevel, i.level)
            .text(s.iDeadline, i.deadline)
            .text(s.iClosed, i.closedAt)
            .geometry(geo::Geometry::point(i.location))
            .source(i.issueId);
        auto id = issues_.write(row_);
        if (!id) return std::unexpected(id.error());
        if (auto r = issueGrids_.set(*id, c.grids[i.grid].code); !r) return r;
    }
    for (const SynthStaff& st : c.staff) {
        RowFill(row_, Layer::Staff)
            .text(s.sName, st.name)
            .text(s.sRole, st.role)
            .text(s.sPhone, st.phone)
            .text(s.sGrid, c.grids[st.grid].code)
            .source(st.name);
        if (auto id = staff_.write(row_); !id) return std::unexpected(id.error());
    }
    for (const SynthOrganisation& o : c.organisations) {
        RowFill(row_, Layer::Organisations)
            .text(s.oName, o.name)
            .text(s.oKind, o.kind)
            .text(s.oAddress, o.address)
            .text(s.oPhone, o.phone)
            .geometry(geo::Geometry::point(o.location))
            .source(o.name);
        if (auto id = organisations_.write(row_); !id) return std::unexpected(id.error());
    }
    return {};
}

}  // namespace ga::synth
