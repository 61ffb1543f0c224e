#include "synth/community_builder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>

#include "synth/address_writer.h"
#include "synth/apportion.h"
#include "synth/issue_generator.h"
#include "synth/numerals.h"
#include "synth/parcel_layout.h"
#include "synth/people.h"

namespace ga::synth {
namespace {

constexpr double kHouseholdPointShare = 0.1;  // households captured with a phone location
constexpr double kValidIdShare = 0.995;       // the rest carry a wrong check digit, as registers do

struct Cell {
    int x = 0, y = 0;
    ParcelKind kind = ParcelKind::MidRise;
    int households = 0;
    int group = -1;  // compound group of a residential compound cell
};

struct CompoundGroup {
    CompoundName name;
    std::string oldName;
    bool letters = false;
    bool areas = false;  // phases called A区/B区 rather than 一期/二期
    int cells = 0;
};

std::string phaseName(const CompoundGroup& g, int phase) {
    if (g.cells <= 1) return "";
    if (g.areas) return std::string(1, static_cast<char>('A' + phase)) + "区";
    return chineseNumber(phase + 1) + "期";
}

std::string withoutSuffix(const std::string& name, std::string_view suffix) {
    return name.ends_with(suffix) ? name.substr(0, name.size() - suffix.size()) : name;
}

bool isResidentialCompound(ParcelKind k) { return k == ParcelKind::HighRise || k == ParcelKind::MidRise; }

// Chooses (unit, floor, position) for each household of an apartment building, in that order.
struct Slot {
    int unit, floor, position;
};
std::vector<Slot> occupiedSlots(int units, int floors, int perFloor, int households, Rng& rng) {
    const int total = std::max(units, 1) * floors * perFloor;
    std::vector<int> index(static_cast<size_t>(total));
    for (int i = 0; i < total; ++i) index[static_cast<size_t>(i)] = i;
    const int n = std::min(households, total);
    for (int i = 0; i < n; ++i) std::swap(index[static_cast<size_t>(i)], index[static_cast<size_t>(i) + rng.below(static_cast<uint64_t>(total - i))]);
    index.resize(static_cast<size_t>(n));
    std::sort(index.begin(), index.end());
    std::vector<Slot> out;
    out.reserve(index.size());
    for (int i : index) out.push_back({i / (floors * perFloor) + 1, i / perFloor % floors + 1, i % perFloor + 1});
    return out;
}

class CommunityBuilder {
public:
    CommunityBuilder(const DistrictPlan& plan, size_t index, const RoadNetwork& roads, NamePool& names, uint64_t seed)
        : plan_(plan), community_(plan.communities[index]), lattice_(plan.lattice), roads_(roads), names_(names),
          rng_(streamSeed(seed, 0x636F6D6D, index)) {}

    CommunityFeatures build() {
        out_.code = community_.code;
        out_.name = community_.name;
        out_.street = plan_.streets[community_.street].name;
        out_.servicePhone = landline(rng_);
        out_.area = lattice_.outline(community_.cells);
        shortName_ = withoutSuffix(community_.name, "社区");
        truthBase_.province = plan_.province;
        truthBase_.city = plan_.city;
        truthBase_.county = plan_.county;
        truthBase_.street = out_.street;
        truthBase_.community = community_.name;
        for (size_t g = 0; g < community_.grids.size(); ++g) buildGrid(g);
        return std::move(out_);
    }

private:
    void buildGrid(size_t gi) {
        const GridPlan& plan = community_.grids[gi];
        SynthGrid grid;
        // 12-digit community code + 3-digit sequence (DOMAIN.md); the plan keeps sequences ≤ 999.
        grid.code = fmt::format("{}{:03}", community_.code, gi + 1);
        grid.name = fmt::format("{}第{}网格", community_.name, gi + 1);
        grid.households = plan.households;
        grid.area = lattice_.outline(plan.cells);
        out_.grids.push_back(std::move(grid));

        std::vector<Cell> cells = assignParcels(plan);
        std::vector<CompoundGroup> groups = groupCompounds(cells);
        std::vector<IssueSite> sites;
        const size_t firstHousehold = out_.households.size();
        villageName_.clear();
        laneCount_ = 0;
        std::vector<int> phaseOfGroup(groups.size(), 0);
        for (const Cell& cell : cells) {
            ParcelLayout layout = layoutParcel(cell.kind, cell.households, rng_);
            if (cell.group >= 0) {
                CompoundGroup& g = groups[static_cast<size_t>(cell.group)];
                buildCompound(cell, layout, g, phaseOfGroup[static_cast<size_t>(cell.group)]++, gi, sites);
            } else if (cell.kind == ParcelKind::Village) {
                buildVillage(cell, layout, gi, sites);
            } else {
                buildOther(cell, layout, gi, sites);
            }
            addStreetSites(cell, sites);
        }
        int population = 0;
        for (size_t h = firstHousehold; h < out_.households.size(); ++h) population += out_.households[h].members;
        out_.grids.back().population = population;

        std::vector<std::string> reporters;
        addStaff(gi, reporters);
        generateIssues(sites, plan.issues, gi, reporters, lattice_, "SJ" + community_.code, issueSequence_, rng_,
                       out_.issues);
    }

    // Parcel kinds of the grid's cells and the households each residential one holds.
    std::vector<Cell> assignParcels(const GridPlan& plan) {
        std::vector<Cell> cells;
        for (int y = plan.cells.y0; y < plan.cells.y1; ++y)
            for (int x = plan.cells.x0; x < plan.cells.x1; ++x) cells.push_back({x, y});
        const int m = static_cast<int>(cells.size());
        const int nonResidential = std::clamp(
            static_cast<int>(std::lround(m * nonResidentialShare(community_.profile) * rng_.uniform(0.7, 1.3))), 0, m - 1);
        std::vector<size_t> order(cells.size());
        for (size_t i = 0; i < order.size(); ++i) order[i] = i;
        for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng_.below(i)]);
        const std::array<double, 3> mix = residentialMix(community_.profile);
        static constexpr std::array<double, 3> kOther = {55, 30, 15};
        for (size_t k = 0; k < order.size(); ++k) {
            Cell& c = cells[order[k]];
            if (static_cast<int>(k) < nonResidential) {
                c.kind = std::array{ParcelKind::Shops, ParcelKind::Public, ParcelKind::Park}[rng_.weighted(kOther)];
            } else {
                c.kind = kResidentialKinds[rng_.weighted(mix)];
            }
        }
        // Households in proportion to what each kind of parcel holds.
        std::vector<double> weights;
        std::vector<size_t> residential;
        for (size_t i = 0; i < cells.size(); ++i) {
            const double typical = typicalHouseholds(cells[i].kind);
            if (typical == 0) continue;
            weights.push_back(typical * rng_.uniform(0.8, 1.2));
            residential.push_back(i);
        }
        const std::vector<int> shares = apportion(plan.households, weights);
        for (size_t r = 0; r < residential.size(); ++r) cells[residential[r]].households = shares[r];
        return cells;
    }

    // Neighbouring compound cells of the same kind often form one compound in phases (一期, 二期).
    std::vector<CompoundGroup> groupCompounds(std::vector<Cell>& cells) {
        std::vector<CompoundGroup> groups;
        const Cell* previous = nullptr;
        for (Cell& c : cells) {
            if (!isResidentialCompound(c.kind)) continue;
            const bool join = previous && previous->kind == c.kind && previous->y == c.y && previous->x + 1 == c.x &&
                              groups[static_cast<size_t>(previous->group)].cells < 3 && rng_.chance(0.5);
            if (join) {
                c.group = previous->group;
            } else {
                CompoundGroup g;
                g.name = names_.compound();
                if (rng_.chance(0.3)) g.oldName = names_.oldCompoundName(g.name);
                g.letters = c.kind == ParcelKind::HighRise && rng_.chance(0.15);
                g.areas = rng_.chance(0.3);
                c.group = static_cast<int>(groups.size());
                groups.push_back(std::move(g));
            }
            ++groups[static_cast<size_t>(c.group)].cells;
            previous = &c;
        }
        return groups;
    }

    size_t addBuilding(const Cell& cell, const PlannedBuilding& p, size_t grid, SynthBuilding b) {
        b.households = p.households;
        b.floors = p.floors;
        b.units = p.units;
        if (b.use.empty()) b.use = p.use;
        b.grid = grid;
        b.footprint = lattice_.quad(cell.x, cell.y, p.uv);
        out_.buildings.push_back(std::move(b));
        return out_.buildings.size() - 1;
    }

    void buildCompound(const Cell& cell, const ParcelLayout& layout, const CompoundGroup& g, int phase, size_t grid,
                       std::vector<IssueSite>& sites) {
        const std::string phaseText = phaseName(g, phase);
        const std::string compound = g.name.full() + phaseText;
        out_.compounds.push_back({compound, g.oldName.empty() ? "" : g.oldName + phaseText,
                                  lattice_.quad(cell.x, cell.y, {0.07, 0.07, 0.93, 0.93})});
        const Frontage gate = roads_.frontages(cell.x, cell.y).front();
        const std::string door = std::to_string(gate.door(0));
        int number = 0;
        for (const PlannedBuilding& p : layout.buildings) {
            SynthBuilding b;
            b.compound = compound;
            b.road = *gate.road;
            b.door = door + "号";
            if (p.kind == BuildingKind::Ancillary) {
                b.name = p.name;
                sites.push_back({compound + p.name, b.road + b.door + compound, cell.x, cell.y, p.uv, 0.5, false});
                addBuilding(cell, p, grid, std::move(b));
                continue;
            }
            b.number = g.letters ? std::string(1, static_cast<char>('A' + number)) : std::to_string(number + 1);
            ++number;
            const std::string place = compound + b.number + (g.letters ? "座" : "号楼");
            const size_t index = addBuilding(cell, p, grid, std::move(b));
            sites.push_back({place, place, cell.x, cell.y, p.uv, p.households + 1.0, false});

            AddressTruth truth = truthBase_;
            truth.road = *gate.road;
            truth.door = door;
            truth.compound = g.name.full();
            truth.phase = phaseText;
            if (!g.oldName.empty()) truth.oldNames.push_back(g.oldName);
            truth.building = out_.buildings[index].number;
            for (const Slot& s : occupiedSlots(p.units, p.floors, p.perFloor, p.households, rng_)) {
                truth.unit = p.units > 1 || rng_.chance(0.5) ? s.unit : 0;
                truth.floor = s.floor;
                truth.room = fmt::format("{}{:02}", s.floor, s.position);
                addHousehold(truth, cell, p, index);
            }
        }
    }

    void buildVillage(const Cell& cell, const ParcelLayout& layout, size_t grid, std::vector<IssueSite>& sites) {
        if (villageName_.empty()) villageName_ = names_.village();
        const std::string base = withoutSuffix(villageName_, "村");
        std::vector<std::string> lanes;
        for (int r = 0; r < layout.laneRows; ++r) {
            lanes.push_back(base + chineseNumber(laneCount_ + r + 1) + "巷");
            const double v = laneV(r, layout.houseGrid);
            out_.lanes.push_back({lanes.back(), "巷道", lattice_.segment(cell.x, cell.y, 0.1, v, 0.9, v)});
        }
        laneCount_ += layout.laneRows;
        for (const PlannedBuilding& p : layout.buildings) {
            SynthBuilding b;
            b.road = lanes[static_cast<size_t>(p.row)];
            b.door = std::to_string(p.column + 1) + "号";
            const std::string place = b.road + b.door;
            const size_t index = addBuilding(cell, p, grid, std::move(b));
            sites.push_back({place, place, cell.x, cell.y, p.uv, p.households + 1.0, false});
            AddressTruth truth = truthBase_;
            truth.road = lanes[static_cast<size_t>(p.row)];
            truth.door = std::to_string(p.column + 1);
            if (p.households == 1) {
                addHousehold(truth, cell, p, index);
                continue;
            }
            for (const Slot& s : occupiedSlots(1, p.floors, p.perFloor, p.households, rng_)) {
                truth.floor = s.floor;
                truth.room = fmt::format("{}{:02}", s.floor, s.position);
                addHousehold(truth, cell, p, index);
            }
        }
    }

    // Shops, public buildings and parks: no households.
    void buildOther(const Cell& cell, const ParcelLayout& layout, size_t grid, std::vector<IssueSite>& sites) {
        const std::vector<Frontage> fronts = roads_.frontages(cell.x, cell.y);
        auto frontFor = [&](Side preferred) -> const Frontage& {
            for (const Frontage& f : fronts)
                if (f.side == preferred) return f;
            return fronts.front();
        };
        for (const PlannedBuilding& p : layout.buildings) {
            SynthBuilding b;
            const Frontage& f = frontFor(p.row == 0 ? Side::North : Side::South);
            b.road = *f.road;
            int door = f.door(p.kind == BuildingKind::Shop ? p.column : p.kind == BuildingKind::Hall ? 9 : 0);
            b.door = std::to_string(door) + "号";
            double weight = 2;
            switch (p.kind) {
            case BuildingKind::Shop:
                b.name = NamePool::shop(rng_);
                weight = 3;
                break;
            case BuildingKind::Public:
                b.name = officePlaced_ ? shortName_ + p.name : community_.name + "居民委员会";
                if (!officePlaced_) b.use = "办公";
                officePlaced_ = true;
                break;
            case BuildingKind::Pavilion: b.name = shortName_ + "公园" + p.name; break;
            default: b.name = shortName_ + p.name; break;
            }
            sites.push_back({b.name, b.road + b.door, cell.x, cell.y, p.uv, weight, false});
            if (p.kind != BuildingKind::Pavilion) addOrganisation(cell, p, b);
            addBuilding(cell, p, grid, std::move(b));
        }
        if (layout.pond) {
            const UvRect& r = *layout.pond;
            std::vector<geo::Point> ring;
            for (int k = 0; k < 24; ++k) {
                const double t = -2 * 3.141592653589793 * k / 24;
                ring.push_back(lattice_.map(cell.x, cell.y, (r.u0 + r.u1) / 2 + (r.u1 - r.u0) / 2 * std::cos(t),
                                            (r.v0 + r.v1) / 2 + (r.v1 - r.v0) / 2 * std::sin(t)));
            }
            const std::vector<std::vector<geo::Point>> rings{ring};
            out_.ponds.push_back({shortName_ + "公园湖", "湖泊", geo::Geometry::polygon(rings)});
        }
    }

    // Every shop is an individual business, every public building an organisation.
    void addOrganisation(const Cell& cell, const PlannedBuilding& p, const SynthBuilding& b) {
        SynthOrganisation o;
        o.name = b.name;
        o.address = b.road + b.door;
        const std::string& use = b.use.empty() ? p.use : b.use;
        if (p.kind == BuildingKind::Shop || p.kind == BuildingKind::Hall) o.kind = "个体工商户";
        else if (use == "教育") o.kind = "学校";
        else if (use == "医疗") o.kind = "医疗机构";
        else o.kind = "机关事业单位";
        o.phone = o.kind == "个体工商户" ? mobilePhone(rng_) : landline(rng_);
        o.location = lattice_.map(cell.x, cell.y, (p.uv.u0 + p.uv.u1) / 2, (p.uv.v0 + p.uv.v1) / 2);
        out_.organisations.push_back(std::move(o));
    }

    // Stretches of road along the cell: where street lamps break and rubbish piles up.
    void addStreetSites(const Cell& cell, std::vector<IssueSite>& sites) {
        for (const Frontage& f : roads_.frontages(cell.x, cell.y)) {
            UvRect uv;
            switch (f.side) {
            case Side::North: uv = {0.1, 0.01, 0.9, 0.05}; break;
            case Side::South: uv = {0.1, 0.95, 0.9, 0.99}; break;
            case Side::West: uv = {0.01, 0.1, 0.05, 0.9}; break;
            case Side::East: uv = {0.95, 0.1, 0.99, 0.9}; break;
            }
            const std::string place = fmt::format("{}{}号附近", *f.road, f.door(0));
            sites.push_back({place, place, cell.x, cell.y, uv, 4, true});
        }
    }

    void addHousehold(const AddressTruth& truth, const Cell& cell, const PlannedBuilding& p, size_t building) {
        SynthHousehold h;
        h.householdId = fmt::format("{}{:05}", community_.code, ++householdSequence_);
        const AddressForm form = randomAddressForm(rng_);
        AddressSample sample = writeAddress(truth, form, rng_);
        h.address = std::move(sample.text);
        h.form = std::move(sample.form);
        h.truth = truth;
        h.name = personName(rng_);
        h.idNumber = idNumber(rng_, 1935, 2004, rng_.chance(kValidIdShare));
        const double r = rng_.uniform();
        h.phone = r < 0.93 ? mobilePhone(rng_) : r < 0.97 ? landline(rng_) : "";
        h.members = householdMembers(rng_);
        h.tags = householdTags(rng_);
        h.building = building;
        if (rng_.chance(kHouseholdPointShare))
            h.location = lattice_.map(cell.x, cell.y, rng_.uniform(p.uv.u0, p.uv.u1), rng_.uniform(p.uv.v0, p.uv.v1));
        out_.households.push_back(std::move(h));
    }

    void addStaff(size_t grid, std::vector<std::string>& reporters) {
        auto add = [&](const char* role) {
            SynthStaff s{personName(rng_), role, mobilePhone(rng_), grid};
            reporters.push_back(s.name);
            out_.staff.push_back(std::move(s));
        };
        add("网格长");
        if (rng_.chance(0.6)) add("专职网格员");
        for (int k = rng_.between(1, 2); k > 0; --k) add("兼职网格员");
    }

    const DistrictPlan& plan_;
    const CommunityPlan& community_;
    const Lattice& lattice_;
    const RoadNetwork& roads_;
    NamePool& names_;
    Rng rng_;
    CommunityFeatures out_;
    AddressTruth truthBase_;
    std::string shortName_;
    std::string villageName_;
    int laneCount_ = 0;
    int householdSequence_ = 0;
    int issueSequence_ = 0;
    bool officePlaced_ = false;
};

}  // namespace

CommunityFeatures buildCommunity(const DistrictPlan& plan, size_t index, const RoadNetwork& roads, NamePool& names,
                                 uint64_t seed) {
    return CommunityBuilder(plan, index, roads, names, seed).build();
}

}  // namespace ga::synth
