#include "synth/district_plan.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "synth/apportion.h"
#include "synth/rng.h"
#include "synth/treemap.h"

namespace ga::synth {
namespace {

// The real street offices of 海淀区 (国家统计局 2023, 110108); later streets get invented codes.
struct RealStreet {
    const char* code;
    const char* name;
};
constexpr RealStreet kHaidianStreets[] = {
    {"110108001", "万寿路街道"}, {"110108002", "永定路街道"}, {"110108003", "羊坊店街道"}, {"110108004", "甘家口街道"},
    {"110108005", "八里庄街道"}, {"110108006", "紫竹院街道"}, {"110108007", "北下关街道"}, {"110108008", "北太平庄街道"},
    {"110108010", "学院路街道"}, {"110108011", "中关村街道"}, {"110108012", "海淀街道"},   {"110108013", "青龙桥街道"},
    {"110108014", "清华园街道"}, {"110108015", "燕园街道"},   {"110108016", "香山街道"},   {"110108017", "清河街道"},
    {"110108018", "花园路街道"}, {"110108019", "西三旗街道"}, {"110108020", "马连洼街道"}, {"110108021", "田村路街道"},
    {"110108022", "上地街道"},   {"110108023", "万柳地区"},   {"110108024", "东升地区"},   {"110108025", "曙光街道"},
    {"110108026", "温泉地区"},   {"110108027", "四季青地区"}, {"110108028", "西北旺地区"}, {"110108029", "苏家坨地区"},
    {"110108030", "上庄地区"},
};
constexpr size_t kRealStreets = std::size(kHaidianStreets);

constexpr double kCellSize = 90;    // metres
constexpr double kJitter = 12;      // metres, < kCellSize / 4 keeps every cell convex
constexpr int kMaxGridsPerCommunity = 999;

// Household targets of the grids: most within 300–500, some under and some over.
std::vector<int> gridTargets(long long households, Rng& rng) {
    std::vector<int> out;
    long long left = households;
    while (left > 0) {
        const double r = rng.uniform();
        int t = r < 0.84 ? rng.between(310, 495) : r < 0.93 ? rng.between(120, 295) : rng.between(505, 880);
        if (left - t < 120) t = static_cast<int>(left);
        if (t > 880 && !out.empty()) {
            // The remainder would make an absurd grid: give what is too much to the previous one.
            out.back() += static_cast<int>(left) - 495;
            t = 495;
        }
        out.push_back(t);
        left -= t;
    }
    return out;
}

int cellsFor(int households, Profile p) {
    const double residential = households / householdsPerResidentialCell(p);
    return std::max(2, static_cast<int>(std::lround(residential / (1 - nonResidentialShare(p)))));
}

}  // namespace

int CommunityPlan::households() const {
    int n = 0;
    for (const GridPlan& g : grids) n += g.households;
    return n;
}

std::array<double, 3> residentialMix(Profile p) {
    switch (p) {
    case Profile::HighRise: return {0.55, 0.35, 0.10};
    case Profile::MidRise: return {0.15, 0.70, 0.15};
    case Profile::Village: return {0.0, 0.15, 0.85};
    }
    return {0.15, 0.70, 0.15};
}

double householdsPerResidentialCell(Profile p) {
    const std::array<double, 3> mix = residentialMix(p);
    double sum = 0;
    for (size_t k = 0; k < mix.size(); ++k) sum += mix[k] * typicalHouseholds(kResidentialKinds[k]);
    return sum;
}

double nonResidentialShare(Profile p) {
    switch (p) {
    case Profile::HighRise: return 0.22;
    case Profile::MidRise: return 0.2;
    case Profile::Village: return 0.14;
    }
    return 0.2;
}

Result<DistrictPlan> planDistrict(long long households, uint64_t seed, geo::Point origin, NamePool& names) {
    if (households < 1 || households > 40'000'000)
        return fail(fmt::format("--households {}: give between 1 and 40000000", households));
    Rng rng(streamSeed(seed, 0x706C616E));  // "plan"
    DistrictPlan plan;
    plan.households = households;

    // Grids → communities → streets, by count.
    const std::vector<int> targets = gridTargets(households, rng);
    std::vector<std::vector<int>> communityGrids;
    for (size_t i = 0; i < targets.size();) {
        const size_t remaining = targets.size() - i;
        size_t n = static_cast<size_t>(rng.between(6, 13));
        if (n + 3 > remaining) n = std::min<size_t>(remaining, kMaxGridsPerCommunity);
        communityGrids.emplace_back(targets.begin() + static_cast<long>(i), targets.begin() + static_cast<long>(i + n));
        i += n;
    }
    std::vector<size_t> streetSizes;
    for (size_t i = 0; i < communityGrids.size();) {
        const size_t remaining = communityGrids.size() - i;
        size_t n = static_cast<size_t>(rng.between(7, 12));
        if (n + 3 > remaining) n = remaining;
        streetSizes.push_back(n);
        i += n;
    }
    if (streetSizes.size() > 899) return fail("too many households for one district (more than 899 streets)");

    for (const RealStreet& s : kHaidianStreets) names.reserve(s.name);
    for (size_t s = 0; s < streetSizes.size(); ++s) {
        StreetPlan street;
        if (s < kRealStreets) {
            street.code = kHaidianStreets[s].code;
            street.name = kHaidianStreets[s].name;
        } else {
            street.code = fmt::format("{}{:03}", plan.countyCode, 100 + (s - kRealStreets));
            street.name = names.street();
        }
        plan.streets.push_back(std::move(street));
    }
    size_t next = 0;
    for (size_t s = 0; s < streetSizes.size(); ++s)
        for (size_t k = 0; k < streetSizes[s]; ++k, ++next) {
            CommunityPlan c;
            c.street = s;
            c.code = fmt::format("{}{:03}", plan.streets[s].code, k + 1);
            c.name = names.community();
            const double r = rng.uniform();
            c.profile = r < 0.25 ? Profile::HighRise : r < 0.6 ? Profile::MidRise : Profile::Village;
            for (int t : communityGrids[next]) c.grids.push_back({t, 0, {}});
            plan.communities.push_back(std::move(c));
        }

    // Issues: about one for every two households, more where a community or grid is busier.
    std::vector<double> activity;
    for (const CommunityPlan& c : plan.communities) {
        const double communityActivity = rng.uniform(0.5, 1.6);
        for (const GridPlan& g : c.grids) activity.push_back(g.households * communityActivity * rng.uniform(0.6, 1.5));
    }
    plan.issues = (households + 1) / 2;
    const std::vector<int> issues = apportion(plan.issues, activity);
    size_t gi = 0;
    for (CommunityPlan& c : plan.communities)
        for (GridPlan& g : c.grids) g.issues = issues[gi++];

    // Cells: each grid gets room for its households; the district is a near-square of them.
    std::vector<std::vector<double>> gridCells;
    std::vector<double> communityCells, streetCells(plan.streets.size(), 0.0);
    long long totalCells = 0;
    for (const CommunityPlan& c : plan.communities) {
        std::vector<double> cells;
        double sum = 0;
        for (const GridPlan& g : c.grids) {
            cells.push_back(cellsFor(g.households, c.profile));
            sum += cells.back();
        }
        gridCells.push_back(std::move(cells));
        communityCells.push_back(sum);
        streetCells[c.street] += sum;
        totalCells += static_cast<long long>(sum);
    }
    const int rows = std::max(1, static_cast<int>(std::lround(std::sqrt(totalCells / 1.3))));
    const int columns = static_cast<int>((totalCells + rows - 1) / rows);
    plan.lattice = Lattice(origin, kCellSize, kJitter, columns, rows, streamSeed(seed, 0x6C617474));  // "latt"

    auto streetRects = treemap({0, 0, columns, rows}, streetCells);
    if (!streetRects) return std::unexpected(streetRects.error());
    size_t c0 = 0;
    for (size_t s = 0; s < plan.streets.size(); ++s) {
        plan.streets[s].cells = (*streetRects)[s];
        const std::span<const double> weights(communityCells.data() + c0, streetSizes[s]);
        auto communityRects = treemap(plan.streets[s].cells, weights);
        if (!communityRects) return std::unexpected(communityRects.error());
        for (size_t k = 0; k < streetSizes[s]; ++k) {
            CommunityPlan& c = plan.communities[c0 + k];
            c.cells = (*communityRects)[k];
            auto gridRects = treemap(c.cells, gridCells[c0 + k]);
            if (!gridRects) return std::unexpected(gridRects.error());
            for (size_t g = 0; g < c.grids.size(); ++g) c.grids[g].cells = (*gridRects)[g];
            // Grid codes run west → east, north → south.
            std::stable_sort(c.grids.begin(), c.grids.end(), [](const GridPlan& a, const GridPlan& b) {
                return a.cells.y0 != b.cells.y0 ? a.cells.y0 < b.cells.y0 : a.cells.x0 < b.cells.x0;
            });
        }
        c0 += streetSizes[s];
    }
    return plan;
}

}  // namespace ga::synth
