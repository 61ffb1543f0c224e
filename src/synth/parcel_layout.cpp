#include "synth/parcel_layout.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "synth/apportion.h"

namespace ga::synth {
namespace {

constexpr double kVillageMargin = 0.1;

int ceilDiv(int a, int b) { return (a + b - 1) / b; }

UvRect centred(double u, double v, double halfU, double halfV) { return {u - halfU, v - halfV, u + halfU, v + halfV}; }

PlannedBuilding ancillary(const UvRect& uv, std::string name) {
    PlannedBuilding b;
    b.kind = BuildingKind::Ancillary;
    b.uv = uv;
    b.floors = 1;
    b.name = std::move(name);
    b.use = "配套";
    return b;
}

// Floors and layout of an apartment building for `households` homes; grows past the usual height
// when a cell must hold more homes than planned.
PlannedBuilding apartment(BuildingKind kind, int households, int units, int perFloor, int minFloors, int maxFloors) {
    PlannedBuilding b;
    b.kind = kind;
    b.households = households;
    b.units = units;
    b.perFloor = perFloor;
    const int needed = ceilDiv(std::max(households, 1), units * perFloor);
    b.floors = std::clamp(static_cast<int>(std::ceil(needed / 0.9)), minFloors, maxFloors);
    if (b.floors < needed) b.floors = needed;
    b.use = "住宅";
    return b;
}

ParcelLayout highRise(int households, Rng& rng) {
    ParcelLayout out;
    const int n = std::clamp(ceilDiv(households, 130), 1, 9);
    const bool wide = n > 6;
    const int cols = wide ? 3 : 2;
    const double colU[2][3] = {{0.31, 0.69, 0}, {0.25, 0.5, 0.75}};
    const double halfU = wide ? 0.085 : 0.13;
    const double rowV[3] = {0.27, 0.5, 0.73};
    const std::vector<int> share = splitRoughly(households, n, rng);
    static constexpr std::array<double, 3> kUnits = {30, 50, 20};
    static constexpr std::array<double, 3> kPerFloor = {40, 40, 20};
    for (int i = 0; i < n; ++i) {
        int units = static_cast<int>(rng.weighted(kUnits)) + 1;
        int perFloor = static_cast<int>(rng.weighted(kPerFloor)) + 2;
        if (units * perFloor * 33 < share[i]) {
            units = 3;
            perFloor = 4;
        }
        PlannedBuilding b = apartment(BuildingKind::Tower, share[i], units, perFloor, 11, 33);
        b.uv = centred(colU[wide ? 1 : 0][i % cols], rowV[i / cols], halfU - rng.uniform(0, 0.02), 0.065);
        out.buildings.push_back(std::move(b));
    }
    const double gapU = wide ? 0.375 : 0.5;
    out.buildings.push_back(ancillary(centred(gapU, 0.13, 0.025, 0.02), "门卫室"));
    if (rng.chance(0.5)) out.buildings.push_back(ancillary(centred(gapU, 0.385, 0.025, 0.015), "配电室"));
    if (rng.chance(0.3)) out.buildings.push_back(ancillary(centred(gapU, 0.615, 0.025, 0.015), "物业用房"));
    if (rng.chance(0.3)) out.buildings.push_back(ancillary(centred(gapU, 0.86, 0.025, 0.02), "垃圾站"));
    return out;
}

ParcelLayout midRise(int households, Rng& rng) {
    ParcelLayout out;
    const int n = std::clamp(ceilDiv(households, 42), 1, 8);
    const std::vector<int> share = splitRoughly(households, n, rng);
    for (int i = 0; i < n; ++i) {
        int units = rng.between(2, 5);
        if (units * 2 * 7 < share[i]) units = 6;
        PlannedBuilding b = apartment(BuildingKind::Slab, share[i], units, 2, 5, 7);
        const double u = i % 2 == 0 ? 0.3 : 0.7;
        b.uv = centred(u, 0.2 + 0.2 * (i / 2), 0.16 - rng.uniform(0, 0.03), 0.05);
        out.buildings.push_back(std::move(b));
    }
    out.buildings.push_back(ancillary(centred(0.5, 0.125, 0.025, 0.015), "门卫室"));
    out.buildings.push_back(ancillary(centred(0.5, 0.3, 0.025, 0.03), "车棚"));
    if (rng.chance(0.4)) out.buildings.push_back(ancillary(centred(0.5, 0.7, 0.025, 0.03), "配电室"));
    return out;
}

ParcelLayout village(int households, Rng& rng) {
    ParcelLayout out;
    int occupied = households == 0 ? 0 : std::clamp(static_cast<int>(std::lround(households / 1.3)), 1, 49);
    const int k = std::clamp(static_cast<int>(std::ceil(std::sqrt(std::max(occupied, 3) * 1.15))), 2, 7);
    occupied = std::min(occupied, k * k);
    const int empty = std::min(k * k - occupied, std::max(households == 0 ? 3 : 0, static_cast<int>(std::lround(occupied * 0.15))));
    // One household per occupied house, the rest spread at random: some houses are let to many.
    std::vector<int> perHouse(static_cast<size_t>(occupied), 1);
    for (int left = households - occupied; left > 0; --left) ++perHouse[rng.below(static_cast<uint64_t>(occupied))];
    std::vector<int> slots(static_cast<size_t>(occupied + empty), 0);
    std::copy(perHouse.begin(), perHouse.end(), slots.begin());
    for (size_t i = slots.size(); i > 1; --i) std::swap(slots[i - 1], slots[rng.below(i)]);
    const double size = (1 - 2 * kVillageMargin) / k;
    for (size_t s = 0; s < slots.size(); ++s) {
        const int row = static_cast<int>(s) / k, col = static_cast<int>(s) % k;
        PlannedBuilding b;
        b.kind = BuildingKind::House;
        b.households = slots[s];
        b.floors = b.households <= 1 ? rng.between(1, 2) : std::min(6, ceilDiv(b.households, 2) + rng.between(0, 1));
        b.perFloor = b.households == 0 ? 0 : std::max(1, ceilDiv(b.households, b.floors));
        b.row = row;
        b.column = col;
        const double u0 = kVillageMargin + col * size, v0 = kVillageMargin + row * size;
        b.uv = {u0 + size * 0.1, v0 + size * 0.14, u0 + size * rng.uniform(0.8, 0.9), v0 + size * rng.uniform(0.8, 0.9)};
        b.use = "住宅";
        out.buildings.push_back(std::move(b));
    }
    out.laneRows = (static_cast<int>(slots.size()) + k - 1) / k;
    out.houseGrid = k;
    return out;
}

ParcelLayout shops(Rng& rng) {
    ParcelLayout out;
    for (int row = 0; row < 2; ++row) {
        const int m = rng.between(5, 8);
        const double width = 0.8 / m;
        for (int i = 0; i < m; ++i) {
            PlannedBuilding b;
            b.kind = BuildingKind::Shop;
            b.row = row;
            b.column = i;
            b.floors = rng.between(1, 3);
            const double u0 = 0.1 + i * width;
            b.uv = row == 0 ? UvRect{u0 + width * 0.06, 0.11, u0 + width * 0.94, rng.uniform(0.19, 0.23)}
                            : UvRect{u0 + width * 0.06, rng.uniform(0.77, 0.81), u0 + width * 0.94, 0.89};
            b.use = "商业";
            out.buildings.push_back(std::move(b));
        }
    }
    if (rng.chance(0.6)) {
        static constexpr const char* kHalls[] = {"菜市场", "综合楼", "商场", "农贸市场", "商务楼"};
        PlannedBuilding b;
        b.kind = BuildingKind::Hall;
        b.uv = {0.3, 0.35, 0.7, 0.65};
        b.floors = rng.between(2, 6);
        b.name = kHalls[rng.below(std::size(kHalls))];
        b.use = "商业";
        out.buildings.push_back(std::move(b));
    }
    return out;
}

ParcelLayout publicParcel(Rng& rng) {
    ParcelLayout out;
    auto add = [&](const UvRect& uv, int floors, const char* name, const char* use) {
        PlannedBuilding b;
        b.kind = BuildingKind::Public;
        b.uv = uv;
        b.floors = floors;
        b.name = name;
        b.use = use;
        out.buildings.push_back(std::move(b));
    };
    const double r = rng.uniform();
    if (r < 0.4) {
        add({0.15, 0.15, 0.75, 0.3}, rng.between(3, 5), "教学楼", "教育");
        add({0.15, 0.5, 0.4, 0.8}, rng.between(2, 4), "综合楼", "教育");
    } else if (r < 0.6) {
        add({0.25, 0.25, 0.75, 0.6}, rng.between(2, 4), "社区卫生服务站", "医疗");
    } else if (r < 0.8) {
        add({0.2, 0.2, 0.6, 0.45}, rng.between(3, 8), "办公楼", "办公");
        add({0.2, 0.6, 0.5, 0.8}, 2, "活动中心", "办公");
    } else {
        add({0.3, 0.3, 0.7, 0.7}, rng.between(1, 2), "养老驿站", "社区服务");
    }
    return out;
}

ParcelLayout park(Rng& rng) {
    ParcelLayout out;
    out.pond = UvRect{0.3, 0.3, rng.uniform(0.65, 0.8), rng.uniform(0.6, 0.75)};
    PlannedBuilding b;
    b.kind = BuildingKind::Pavilion;
    b.uv = {0.13, 0.13, 0.2, 0.2};
    b.name = "凉亭";
    b.use = "公园配套";
    out.buildings.push_back(b);
    if (rng.chance(0.5)) {
        b.uv = {0.8, 0.8, 0.87, 0.87};
        b.name = "公厕";
        out.buildings.push_back(b);
    }
    return out;
}

}  // namespace

double typicalHouseholds(ParcelKind kind) {
    switch (kind) {
    case ParcelKind::HighRise: return 300;
    case ParcelKind::MidRise: return 150;
    case ParcelKind::Village: return 38;
    case ParcelKind::Shops:
    case ParcelKind::Public:
    case ParcelKind::Park: return 0;
    }
    return 0;
}

double laneV(int row, int houseGrid) {
    return kVillageMargin + (row + 0.06) * (1 - 2 * kVillageMargin) / std::max(houseGrid, 1);
}

std::vector<int> splitRoughly(int total, int parts, Rng& rng) {
    std::vector<double> weights(static_cast<size_t>(std::max(parts, 0)));
    for (double& w : weights) w = rng.uniform(0.8, 1.2);
    return apportion(total, weights);
}

ParcelLayout layoutParcel(ParcelKind kind, int households, Rng& rng) {
    switch (kind) {
    case ParcelKind::HighRise: return highRise(households, rng);
    case ParcelKind::MidRise: return midRise(households, rng);
    case ParcelKind::Village: return village(households, rng);
    case ParcelKind::Shops: return shops(rng);
    case ParcelKind::Public: return publicParcel(rng);
    case ParcelKind::Park: return park(rng);
    }
    return {};
}

}  // namespace ga::synth
