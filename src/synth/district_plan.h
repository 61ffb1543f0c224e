#pragma once
// The plan of a synthetic district before any building exists: how many households each grid
// gets, how grids group into communities and communities into streets, and which rectangle of
// lattice cells each of them covers. Household targets add up to exactly the requested total.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "synth/lattice.h"
#include "synth/name_pool.h"
#include "synth/parcel_layout.h"

namespace ga::synth {

/// What a community mostly consists of; sets the mix of parcels and so the buildings per household.
enum class Profile { HighRise, MidRise, Village };

struct GridPlan {
    int households = 0;
    int issues = 0;
    CellRect cells;
};

struct CommunityPlan {
    size_t street = 0;  ///< index into DistrictPlan::streets
    std::string code;   ///< 12 digits
    std::string name;
    Profile profile = Profile::MidRise;
    CellRect cells;
    std::vector<GridPlan> grids;  ///< numbered west → east, north → south
    int households() const;
};

struct StreetPlan {
    std::string code;  ///< 9 digits
    std::string name;
    CellRect cells;
};

struct DistrictPlan {
    std::string province = "北京市", city = "北京市", county = "海淀区", countyCode = "110108";
    Lattice lattice;
    std::vector<StreetPlan> streets;
    std::vector<CommunityPlan> communities;
    long long households = 0;
    long long issues = 0;
};

/// Shares of high-rise, mid-rise and village parcels among a community's residential cells.
std::array<double, 3> residentialMix(Profile p);
/// The residential parcel kinds in the order of residentialMix.
inline constexpr std::array<ParcelKind, 3> kResidentialKinds = {ParcelKind::HighRise, ParcelKind::MidRise,
                                                                ParcelKind::Village};
/// Households a residential cell of a community holds on average (from its mix).
double householdsPerResidentialCell(Profile p);
/// Share of a community's cells without homes (shops, public buildings, parks).
double nonResidentialShare(Profile p);

/// Plans a district of exactly `households` households (1 … 40,000,000) with about half as many
/// issues, its north-west corner near `origin` (project CRS metres). Names come from `names`.
Result<DistrictPlan> planDistrict(long long households, uint64_t seed, geo::Point origin, NamePool& names);

}  // namespace ga::synth
